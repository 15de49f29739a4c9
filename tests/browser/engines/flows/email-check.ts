import { expect } from 'vitest';
import type { EnginePage } from '../support/engine';
import { focus, LOCALES, waitForHydration, waitUntil } from '../support/flow-helpers';
import type { Flow } from '../support/suite';

const EXPECTED = {
	en: { notAmazon: 'Treat this e-mail as not from Amazon', swapped: 'It imitates Amazon with swapped characters', amazon: 'Every domain found is Amazon’s' },
	zh: { notAmazon: '请把这封邮件当作不是亚马逊发的', swapped: '它用换掉的字符冒充亚马逊', amazon: '找到的域名都是亚马逊的' },
};

/** Types `text` into the empty box, presses Check, and returns the result heading and each host found with its class. */
async function check(page: EnginePage, text: string) {
	await focus(page, '#email-check-input');
	await page.type(text);
	await waitUntil(page, (shown) => shown === text, () => document.querySelector<HTMLTextAreaElement>('#email-check-input')?.value);
	await focus(page, '.email-check button[type="submit"]');
	await page.press('Enter');
	return waitUntil(
		page,
		(report) => report.heading !== '',
		() => ({
			heading: document.querySelector('#email-check-result-heading')?.textContent ?? '',
			hosts: [...document.querySelectorAll('.email-check-report li:has(.email-check-host)')].map((item) => ({ host: item.querySelector('.email-check-host')?.textContent, kind: item.className, text: item.textContent ?? '' })),
		}),
	);
}

export const flows: Flow[] = LOCALES.map(
	(locale): Flow => ({
		name: `the e-mail check (${locale}): a typed look-alike sender is flagged, Amazon's own sender is recognised`,
		async run(page, site) {
			await page.goto(site.at(`/${locale}/email-check/`));
			await waitForHydration(page);
			await waitUntil(page, (found) => found, () => document.querySelector('#email-check-input') !== null);
			const expected = EXPECTED[locale];

			const phishing = await check(page, 'From: Amazon <support@amaz0n-seller.com>');
			expect(phishing.heading).toContain(expected.notAmazon);
			expect(phishing.hosts).toEqual([expect.objectContaining({ host: 'amaz0n-seller.com', kind: 'is-other' })]);
			// 0 for o: the look-alike is explained, not only rejected.
			expect(phishing.hosts[0]!.text).toContain(expected.swapped);

			await focus(page, '.email-check-actions button[type="button"]');
			await page.press('Enter');
			await waitUntil(page, (cleared) => cleared, () => document.querySelector<HTMLTextAreaElement>('#email-check-input')?.value === '' && !document.querySelector('.email-check-report'));

			const genuine = await check(page, 'seller-notification@amazon.com');
			expect(genuine.heading).toContain(expected.amazon);
			expect(genuine.hosts).toEqual([expect.objectContaining({ host: 'amazon.com', kind: 'is-amazon' })]);
		},
	}),
);
