import type { Page, Request } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { monthsEndingWith, lastCompleteMonth } from '../../src/lib/inform-check/months';
import { axeViolations } from './support/axe';
import { openPage, useChromium, waitForHydration } from './support/browser';

const browser = useChromium();
const site = inject('rootSiteUrl');
const checker = (locale: 'zh' | 'en') => new URL(`${locale}/inform-check/`, site).href;
const heading = (page: Page) => page.locator('#inform-result-heading');
const report = async (page: Page) => (await page.locator('.inform-check-report').textContent()) ?? '';

// The page shows the 24 months ending with the last complete one, by the browser's clock.
const now = new Date();
const months = monthsEndingWith(lastCompleteMonth({ year: now.getFullYear(), month: now.getMonth() + 1 }), 24);
const cell = (page: Page, month: string, field: 'sales' | 'revenue') => page.locator(`#inform-${month}-${field}`);

async function open(locale: 'zh' | 'en') {
	const opened = await openPage(browser());
	await opened.page.goto(checker(locale), { waitUntil: 'networkidle' });
	await waitForHydration(opened.page);
	return opened;
}

/** Pastes text into a cell as a spreadsheet's copy would arrive. */
async function pasteInto(page: Page, selector: string, text: string) {
	await page.locator(selector).focus();
	await page.locator(selector).evaluate((input, pasted) => {
		const data = new DataTransfer();
		data.setData('text/plain', pasted);
		input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
	}, text);
}

test('keyboard only: twelve months typed cell by cell reach exactly 200 sales and $5,000', async () => {
	const { page, problems } = await open('en');
	const last12 = months.slice(12);
	await cell(page, last12[0]!, 'sales').focus();
	for (const [index] of last12.entries()) {
		// 11 × 17 + 13 = 200 sales; 11 × 400 + 600 = $5,000.
		await page.keyboard.type(index === 11 ? '13' : '17');
		await page.keyboard.press('Tab');
		await page.keyboard.type(index === 11 ? '600' : '400');
		await page.keyboard.press('Tab');
	}
	await expect.poll(() => heading(page).textContent()).toContain('Yes: by your figures you must verify');
	const text = await report(page);
	expect(text).toContain('200 sales and $5,000.00');
	expect(text).toContain('10 days');
	expect(text).toContain('No qualifying 12-month window reaches $20,000');
	expect(text).toContain('new or unused consumer products');
	expect(text).toMatch(/This is not legal advice\. Amazon decides/);
	expect(problems.pageErrors).toEqual([]);
	await page.context().close();
	// Forty-eight cells typed key by key: slow on a busy machine, though no timing is asserted.
}, 240_000);

test('a spreadsheet paste (TSV, months in any order, a header row) fills the table; only a code chunk is fetched', async () => {
	const { page } = await open('zh');
	const requests: Request[] = [];
	page.on('request', (request) => requests.push(request));
	const [a, b, c] = [months[20]!, months[21]!, months[22]!];
	await pasteInto(page, `#inform-${months[0]}-sales`, `月份\t笔数\t金额\n${c}\t90\t"2,000"\n${a}\t60\t1500\n${b}\t５０\t$1,600.00\n`);
	await expect.poll(() => cell(page, c, 'revenue').inputValue()).toBe('2,000');
	expect(await cell(page, a, 'sales').inputValue()).toBe('60');
	expect(await cell(page, b, 'sales').inputValue()).toBe('５０');
	expect(await page.locator('.inform-check-notice').textContent()).toContain('已粘贴 3 个月的数字');
	await expect.poll(() => heading(page).textContent()).toContain('是：按您的数字，您需要验证');
	expect(await report(page)).toContain('本结果不是法律意见');

	const origin = new URL(site).origin;
	expect(requests.map((request) => `${request.method()} ${new URL(request.url()).origin === origin} ${new URL(request.url()).search}`)).toEqual(['GET true ']);
	expect(new URL(requests[0]!.url()).pathname).toMatch(/^\/_astro\/pasted-table\.[\w-]+\.js$/);
	await page.context().close();
});

describe('bad figures get a clear message next to the cell and keep what was typed', () => {
	test.each([
		['-5', 'cannot be negative'],
		['1e9', 'Write the number in full'],
		['1,5', 'Commas only separate thousands'],
		['lots', 'Enter digits only'],
	])('%s', async (typed, message) => {
		const { page } = await open('en');
		const month = months[23]!;
		await cell(page, month, 'revenue').fill(typed);
		await expect.poll(() => page.locator(`#inform-${month}-revenue-error`).textContent()).toContain(message);
		expect(await cell(page, month, 'revenue').getAttribute('aria-invalid')).toBe('true');
		expect(await cell(page, month, 'revenue').getAttribute('aria-describedby')).toBe(`inform-${month}-revenue-error`);
		expect(await cell(page, month, 'revenue').inputValue()).toBe(typed);
		expect(await page.locator('.inform-check-error[role="alert"]').textContent()).toContain('What you typed is kept');
		expect(await heading(page).count()).toBe(0);
		await page.context().close();
	});

	test('full-width digits and thousands separators are read as numbers', async () => {
		const { page } = await open('en');
		await cell(page, months[23]!, 'sales').fill('２５０');
		await cell(page, months[23]!, 'revenue').fill('12,345.60');
		await expect.poll(() => heading(page).textContent()).toContain('Yes');
		expect(await report(page)).toContain('250 sales and $12,345.60');
		await page.context().close();
	});
});

test('just under in 12 calendar months but over in 13: the answer says “may”', async () => {
	const { page } = await open('en');
	for (const month of months.slice(5, 18)) {
		await cell(page, month, 'sales').fill('16');
		await cell(page, month, 'revenue').fill('400');
	}
	await expect.poll(() => heading(page).textContent()).toContain('Maybe');
	expect(await report(page)).toContain('start in the middle of a month');
	await page.context().close();
});

test('totals: many sales with little revenue is “no” by the Act, with Amazon’s “or” noted', async () => {
	const { page } = await open('en');
	await page.getByLabel('Only my totals for my busiest 12 months').check();
	await page.getByLabel('Sales (orders) in your busiest 12 months').fill('450');
	await page.getByLabel('Gross revenue (US$) in the same 12 months').fill('3000');
	await expect.poll(() => heading(page).textContent()).toContain('No');
	const text = await report(page);
	expect(text).toContain('“200 or more transactions or $5,000 or more in revenues”');
	expect(text).toContain('not legal advice');
	await page.context().close();
});

test('figures survive a reload and the language switch, and stay out of the address', async () => {
	const { page } = await open('en');
	await cell(page, months[10]!, 'sales').fill('123');
	await cell(page, months[10]!, 'revenue').fill('4,567');
	await page.reload();
	await waitForHydration(page);
	await expect.poll(() => cell(page, months[10]!, 'sales').inputValue()).toBe('123');
	await page.locator('.language-switch a').click();
	await page.waitForURL('**/zh/inform-check/');
	await expect.poll(() => cell(page, months[10]!, 'revenue').inputValue()).toBe('4,567');
	expect(page.url()).not.toMatch(/123|4567|4,567/);
	await page.getByRole('button', { name: '清空' }).click();
	await expect.poll(() => page.evaluate(() => sessionStorage.length)).toBe(0);
	await page.context().close();
});

test('without JavaScript the page states the rules with their sources, and shows no dead controls', async () => {
	const { page } = await openPage(browser(), { javaScriptEnabled: false });
	await page.goto(checker('en'));
	expect(await page.locator('astro-island input, astro-island button').count()).toBe(0);
	const checklist = (await page.locator('.inform-checklist').textContent()) ?? '';
	expect(checklist).toContain('200 or more sales and $5,000 or more');
	expect(checklist).toContain('$20,000');
	expect(checklist).toContain('10 days');
	expect(await page.locator('.inform-checklist a[href="https://www.law.cornell.edu/uscode/text/15/45f"]').count()).toBeGreaterThanOrEqual(1);
	await page.context().close();
});

describe.each(['light', 'dark'] as const)('accessibility in the %s scheme', (colorScheme) => {
	test.each(['zh', 'en'] as const)('axe finds no violation on the %s checker with a result, and with a bad figure', async (locale) => {
		const { page } = await openPage(browser(), { bypassCSP: true, colorScheme });
		await page.goto(checker(locale), { waitUntil: 'networkidle' });
		await waitForHydration(page);
		await cell(page, months[23]!, 'sales').fill('300');
		await cell(page, months[23]!, 'revenue').fill('25000');
		await heading(page).waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await cell(page, months[22]!, 'sales').fill('-1');
		await page.locator('.inform-check-error[role="alert"]').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});

test('the individual-seller guide embeds the checker, which wakes when scrolled to', async () => {
	const { page } = await openPage(browser());
	await page.goto(new URL('zh/individual-seller/', site).href, { waitUntil: 'networkidle' });
	await page.locator('.embedded-checker').scrollIntoViewIfNeeded();
	await waitForHydration(page);
	await page.getByLabel('只知道最旺的 12 个月的合计').check();
	await page.locator('#inform-total-sales').fill('200');
	await page.locator('#inform-total-revenue').fill('20,000');
	await expect.poll(() => heading(page).textContent()).toContain('是');
	expect(await report(page)).toContain('20,000 美元以上');
	await page.context().close();
});
