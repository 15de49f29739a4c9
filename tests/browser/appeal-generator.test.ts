import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './support/axe';
import { openPage, useChromium, waitForHydration } from './support/browser';

const browser = useChromium();
const site = inject('rootSiteUrl');

const generator = (locale: 'zh' | 'en') => new URL(`${locale}/appeal-generator/`, site).href;
const englishText = (page: Page) => page.locator('[data-testid="english-text"]').textContent();

async function tabUntil(page: Page, selector: string, limit = 60) {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

test('a seller can fill the whole form with the keyboard and gets a complete appeal', async () => {
	const { page, problems } = await openPage(browser());
	await page.goto(generator('en'));
	await tabUntil(page, 'input[name="situation"]');
	// Arrow keys move through a radio group; the third situation is the "restart" reply.
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	expect(await page.locator('input[name="situation"]:checked').getAttribute('value')).toBe('restart-reply');

	await tabUntil(page, '#appeal-email');
	await page.keyboard.type('seller@example.com');
	await tabUntil(page, '#appeal-businessName');
	await page.keyboard.type('Shenzhen Example Trading Co., Ltd.');
	await tabUntil(page, '#appeal-creditCode');
	await page.keyboard.type('91350100M000100Y43');
	await tabUntil(page, '#appeal-legalRepName');
	await page.keyboard.type('张三');
	await tabUntil(page, '#appeal-legalRepPinyin');
	await page.keyboard.type('Zhang San');
	await tabUntil(page, 'input[name="documents"]');
	await page.keyboard.press('Space');

	const text = await englishText(page);
	for (const fact of ['seller@example.com', 'Shenzhen Example Trading Co., Ltd.', '91350100M000100Y43', 'Zhang San']) expect(text).toContain(fact);
	expect(await page.locator('.appeal-error').count()).toBe(0);
	expect(await page.locator('.appeal-missing').count()).toBe(0);
	expect(await page.locator('[data-testid="chinese-text"]').textContent()).toContain('seller@example.com');
	expect(problems.consoleErrors).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
	await page.context().close();
});

test('invalid input is explained next to its field in the reader’s language, and the preview stays', async () => {
	const { page } = await openPage(browser());
	await page.goto(generator('zh'));
	await page.getByLabel('身份验证未通过，想申请再次验证').check();
	await page.locator('#appeal-email').fill('seller@');
	await page.locator('#appeal-creditCode').fill('91350100M000100Y44');
	await page.locator('#appeal-caseId').fill('12ab');
	await page.locator('#appeal-email').blur();
	await expect.poll(() => page.locator('#appeal-email-message').textContent()).toContain('这不像是邮箱地址');
	expect(await page.locator('#appeal-email').getAttribute('aria-describedby')).toBe('appeal-email-message');
	expect(await page.locator('#appeal-email').getAttribute('aria-invalid')).toBe('true');
	expect(await page.locator('#appeal-creditCode-message').textContent()).toContain('校验码');
	expect(await page.locator('#appeal-caseId-message').textContent()).toContain('只包含数字');
	// Missing required values show as visible placeholders rather than blocking the text.
	expect(await englishText(page)).toMatch(/\[[^\]]+\]/);
	expect(await page.locator('.appeal-missing').textContent()).toContain('法定代表人');
	await page.context().close();
});

test('copy puts exactly the shown text on the clipboard', async () => {
	const { page } = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
	await page.goto(generator('en'));
	await page.getByLabel('I cannot sign in to my seller account').check();
	await page.locator('#appeal-email').fill('seller@example.com');
	for (const [button, testId] of [
		['Copy the English appeal', 'english-text'],
		['Copy: Short description', 'short-description'],
	] as const) {
		await page.getByRole('button', { name: button }).click();
		const shown = await page.locator(`[data-testid="${testId}"]`).textContent();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
	}
	await expect.poll(() => page.getByRole('button', { name: 'Copy: Short description' }).textContent()).toBe('Copied');
	// The Chinese rendering is there to read, not to send: it offers no copy of its own.
	expect(await page.locator('[data-testid="chinese-text"]').isVisible()).toBe(true);
	expect(await page.getByRole('button', { name: /^Copy: What it says, in Chinese/ }).count()).toBe(0);
	await page.context().close();
});

describe('the form survives', () => {
	test('a reload and a language switch in the same tab, and “clear” wipes it', async () => {
		const { page } = await openPage(browser());
		await page.goto(generator('en'));
		await page.getByLabel('My identity verification failed and I want another chance').check();
		await page.locator('#appeal-email').fill('keep@example.com');
		await page.locator('#appeal-notes').fill('Line one\nline two 😀');

		await page.reload();
		await expect.poll(() => page.locator('#appeal-email').inputValue()).toBe('keep@example.com');
		expect(await page.locator('#appeal-notes').inputValue()).toBe('Line one\nline two 😀');

		await page.locator('.language-switch a').click();
		await page.waitForURL('**/zh/appeal-generator/');
		await expect.poll(() => page.locator('#appeal-email').inputValue()).toBe('keep@example.com');
		expect(await page.locator('input[name="situation"]:checked').getAttribute('value')).toBe('verification-failed');

		await page.getByRole('button', { name: '清空表单' }).click();
		expect(await page.locator('input[name="situation"]:checked').count()).toBe(0);
		await expect.poll(() => page.evaluate(() => sessionStorage.length)).toBe(0);
		await page.reload();
		await page.waitForLoadState('networkidle');
		expect(await page.locator('#appeal-email').count()).toBe(0);
		await page.context().close();
	});
});

test('hostile input stays inert text and nothing breaks', async () => {
	const { page, problems } = await openPage(browser());
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	await page.goto(generator('en'));
	await page.getByLabel('My identity verification failed and I want another chance').check();
	const hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', '\u0000\u0007\u001b[31m red \u202e', 'ＦＵＬＬ　ｗｉｄｔｈ  and   spaces'];
	for (const value of hostile) {
		await page.locator('#appeal-businessName').fill(value);
		await page.locator('#appeal-notes').fill(value);
	}
	await page.locator('#appeal-businessName').fill(hostile[1]!);
	expect(await englishText(page)).toContain('"><img src=x onerror=alert(2)>');
	expect(await page.locator('.appeal img, .appeal script').count()).toBe(0);

	await page.locator('#appeal-notes').fill('x'.repeat(100_000));
	expect((await page.locator('#appeal-notes').inputValue()).length).toBe(2000);
	await expect.poll(() => page.locator('#appeal-notes-message').textContent()).toContain('2000');
	expect(await page.locator('#appeal-businessName').inputValue()).toBe(hostile[1]);

	expect(dialogs).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
	expect(problems.consoleErrors).toEqual([]);
	await page.context().close();
});

test('a link with ?s= opens the form on that situation, keeps what was typed, and leaves the address clean', async () => {
	const { page, problems } = await openPage(browser());
	await page.goto(`${generator('zh')}?s=restart-reply`);
	await waitForHydration(page);
	await expect.poll(() => page.locator('input[name="situation"]:checked').getAttribute('value').catch(() => null)).toBe('restart-reply');
	expect(new URL(page.url()).search).toBe('');
	await page.locator('#appeal-email').fill('seller@example.com');
	await page.goto(`${generator('zh')}?s=login-access`);
	await expect.poll(() => page.locator('input[name="situation"]:checked').getAttribute('value').catch(() => null)).toBe('login-access');
	expect(await page.locator('#appeal-email').inputValue()).toBe('seller@example.com');
	// A situation the generator does not know changes nothing.
	await page.goto(`${generator('zh')}?s=%3Cimg%3E`);
	await expect.poll(() => page.locator('input[name="situation"]:checked').getAttribute('value').catch(() => null)).toBe('login-access');
	expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
	await page.context().close();
});

test('the page makes no network request after it has loaded, while the form is used', async () => {
	const { page } = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
	await page.goto(generator('en'), { waitUntil: 'networkidle' });
	// On busy cores the island's code can start loading after the network first went quiet.
	await waitForHydration(page);
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await page.getByLabel('The reply told me to restart with a new account').check();
	await page.locator('#appeal-email').fill('seller@example.com');
	await page.locator('#appeal-caseId').fill('1234567890');
	await page.getByRole('button', { name: 'Copy: Short description' }).click();
	await page.getByRole('button', { name: 'Clear the form' }).click();
	await page.waitForTimeout(300);
	expect(requests).toEqual([]);
	await page.context().close();
});

describe.each(['light', 'dark'] as const)('accessibility in the %s scheme', (colorScheme) => {
	test.each(['zh', 'en'] as const)('axe finds no violation on the filled %s generator', async (locale) => {
		const { page } = await openPage(browser(), { bypassCSP: true, colorScheme });
		await page.goto(generator(locale));
		await page.locator('input[name="situation"][value="verification-failed"]').check();
		await page.locator('#appeal-email').fill('bad@');
		await page.locator('#appeal-email').blur();
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});
