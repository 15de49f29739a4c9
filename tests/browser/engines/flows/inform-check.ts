import { expect } from 'vitest';
import type { EnginePage } from '../support/engine';
import { focus, LOCALES, waitForHydration, waitUntil } from '../support/flow-helpers';
import type { Flow } from '../support/suite';

const EXPECTED = {
	en: { yes: 'Yes: by your figures you must verify', no: 'No: by your figures you have not reached the thresholds' },
	zh: { yes: '是：按您的数字，您需要验证', no: '否：按您的数字，您没有达到门槛' },
};

/** Types both totals by keyboard into empty fields and returns the result heading once it names `wanted`. */
async function enterTotals(page: EnginePage, sales: string, revenue: string, wanted: string): Promise<string> {
	for (const [field, value] of [['#inform-total-sales', sales], ['#inform-total-revenue', revenue]] as const) {
		await focus(page, field);
		await page.type(value);
		await waitUntil(page, (shown) => shown === value, (selector: string) => document.querySelector<HTMLInputElement>(selector)?.value, field);
	}
	return waitUntil(page, (heading) => heading.includes(wanted), () => document.querySelector('#inform-result-heading')?.textContent ?? '');
}

export const flows: Flow[] = LOCALES.map(
	(locale): Flow => ({
		name: `the INFORM check (${locale}): totals of 200 sales and $5,000 must verify; 199 sales do not`,
		async run(page, site) {
			await page.goto(site.at(`/${locale}/inform-check/`));
			await waitForHydration(page);
			await waitUntil(page, (found) => found, () => document.querySelector('input[name="inform-mode"]') !== null);
			const expected = EXPECTED[locale];

			await focus(page, 'input[name="inform-mode"][value="totals"]');
			await page.press('Space');
			await waitUntil(page, (shown) => shown, () => document.querySelector('#inform-total-sales') !== null);

			expect(await enterTotals(page, '200', '5,000', expected.yes)).not.toContain(expected.no);

			await focus(page, '.inform-check-actions button');
			await page.press('Enter');
			await waitUntil(page, (cleared) => cleared, () => document.querySelector<HTMLInputElement>('#inform-total-sales')?.value === '' && !document.querySelector('#inform-result-heading'));

			expect(await enterTotals(page, '199', '5000', expected.no)).not.toContain(expected.yes);
		},
	}),
);
