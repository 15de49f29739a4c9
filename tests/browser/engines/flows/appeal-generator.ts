import { expect } from 'vitest';
import { tabUntil, waitForHydration, waitUntil } from '../support/flow-helpers';
import type { Flow } from '../support/suite';

export const flows: Flow[] = [
	{
		name: 'the appeal generator: a form filled by keyboard, Chinese included, composes the appeal in both languages',
		async run(page, site) {
			await page.goto(site.at('/en/appeal-generator/'));
			await waitForHydration(page);
			await tabUntil(page, 'input[name="situation"]');
			// Arrow keys move through a radio group; the third situation is the "restart" reply.
			await page.press('ArrowDown');
			await page.press('ArrowDown');
			expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('input[name="situation"]:checked')?.value)).toBe('restart-reply');
			const typed = [
				['#appeal-email', 'seller@example.com'],
				['#appeal-businessName', 'Shenzhen Example Trading Co., Ltd.'],
				['#appeal-creditCode', '91350100M000100Y43'],
				['#appeal-legalRepName', '张三'],
				['#appeal-legalRepPinyin', 'Zhang San'],
			] as const;
			for (const [field, value] of typed) {
				await tabUntil(page, field);
				await page.type(value);
				await waitUntil(page, (shown) => shown === value, (selector: string) => document.querySelector<HTMLInputElement>(selector)?.value, field);
			}
			await tabUntil(page, 'input[name="documents"]');
			await page.press('Space');
			const text = await waitUntil(page, (shown) => shown.includes('Zhang San'), () => document.querySelector('[data-testid="english-text"]')?.textContent ?? '');
			for (const fact of ['seller@example.com', 'Shenzhen Example Trading Co., Ltd.', '91350100M000100Y43']) expect(text).toContain(fact);
			expect(await page.evaluate(() => document.querySelectorAll('.appeal-error, .appeal-missing').length)).toBe(0);
			expect(await page.evaluate(() => document.querySelector('[data-testid="chinese-text"]')?.textContent)).toContain('seller@example.com');
		},
	},
];
