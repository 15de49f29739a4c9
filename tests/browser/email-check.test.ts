import type { BrowserContextOptions, Page, Request } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './support/axe';
import { openPage, useChromium, waitForHydration } from './support/browser';

const browser = useChromium();
const site = inject('rootSiteUrl');
const checker = (locale: 'zh' | 'en') => new URL(`${locale}/email-check/`, site).href;
const heading = (page: Page) => page.locator('#email-check-result-heading');

/** Records every request from now on, to assert that checking sends nothing anywhere. */
function recordRequests(page: Page): Request[] {
	const requests: Request[] = [];
	page.on('request', (request) => requests.push(request));
	return requests;
}

/** Only the site's own code chunks, fetched with GET, with no query string: nothing typed can leave in them. */
function unexpectedRequests(requests: readonly Request[]): string[] {
	const origin = new URL(site).origin;
	return requests
		.filter((request) => {
			const url = new URL(request.url());
			return !(url.origin === origin && request.method() === 'GET' && url.search === '' && /^\/_astro\/[\w.-]+\.js$/.test(url.pathname));
		})
		.map((request) => `${request.method()} ${request.url()}`);
}

async function open(locale: 'zh' | 'en', options: BrowserContextOptions = {}) {
	const opened = await openPage(browser(), options);
	await opened.page.goto(checker(locale), { waitUntil: 'networkidle' });
	await waitForHydration(opened.page);
	return opened;
}

test('keyboard only: paste a look-alike sender, press Check, and read why it is not Amazon’s; only code chunks are fetched', async () => {
	const { page, problems } = await open('en');
	const requests = recordRequests(page);
	for (let presses = 0; presses < 60 && !(await page.evaluate(() => document.activeElement?.id === 'email-check-input')); presses++) await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.id)).toBe('email-check-input');
	await page.keyboard.type('From: "Amazon Seller Central" <seller-notification@amaz0n-support.com>');
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check');
	await page.keyboard.press('Enter');

	await expect.poll(() => heading(page).textContent()).toContain('Treat this e-mail as not from Amazon');
	const report = (await page.locator('.email-check-report').textContent()) ?? '';
	expect(report).toContain('amaz0n-support.com');
	expect(report).toContain('swapped characters');
	expect(report).not.toMatch(/\bsafe\b/i);
	// The domain tools came as one chunk of the site's own code, and nothing else was asked for.
	expect(requests.map((request) => new URL(request.url()).pathname)).toEqual([expect.stringMatching(/^\/_astro\/domain-tools\.[\w-]+\.js$/)]);
	expect(unexpectedRequests(requests)).toEqual([]);
	expect(problems.consoleErrors).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
	await page.context().close();
});

test('in Chinese, Amazon’s own address is called Amazon’s domain and no more, with its source', async () => {
	const { page } = await open('zh');
	await page.getByLabel('发件人地址、邮件头或链接').fill('seller-notification@amazon.com');
	await page.getByRole('button', { name: '检查' }).click();
	await expect.poll(() => heading(page).textContent()).toContain('找到的域名都是亚马逊的');
	const report = (await page.locator('.email-check-report').textContent()) ?? '';
	expect(report).toContain('不能证明邮件本身是真的');
	expect(report).toContain('Identifying false (spoofed) e-mails');
	expect(report).not.toContain('安全');
	expect(await page.locator('.email-check-report a[href^="https://sellercentral.amazon.com/"]').getAttribute('rel')).toBe('noopener noreferrer');
	await page.context().close();
});

test('full headers: Reply-To elsewhere, a failed DMARC and a booking link on another domain are each named', async () => {
	const { page } = await open('en');
	const headers = [
		'Authentication-Results: mx.example.net; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=fail header.from=amazon.com',
		'From: Amazon <seller-notification@amazon.com>',
		'Reply-To: verification-team@seller-help.example',
		'Subject: Schedule your video call',
		'',
		'Book your time slot: https://calendar.example-booking.com/amazon?slot=1',
	].join('\n');
	await page.locator('#email-check-input').fill(headers);
	await page.getByRole('button', { name: 'Check' }).click();
	await expect.poll(() => heading(page).textContent()).toContain('not from Amazon');
	const flags = await page.locator('.email-check-flags li').allTextContents();
	expect(flags.join('\n')).toContain('Reply-To differs from From');
	expect(flags.join('\n')).toContain('DKIM, SPF or DMARC check failed');
	expect(flags.join('\n')).toContain('confirm the invitation there: check your notifications and your cases (Case Log)');
	expect(await page.locator('.email-check-auth').textContent()).toContain('dmarc=fail');
	expect(await page.locator('.email-check-links a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
		'/en/result-email/#real-or-phishing',
		'/en/contact-support/#open-case',
		'/en/appeal/#video-call',
	]);
	await page.context().close();
});

test('a dropped .eml file is parsed by a chunk loaded only then, and checked', async () => {
	const { page } = await open('en');
	const requests = recordRequests(page);
	const eml = [
		'From: Amazon <seller-notification@amazon.com>',
		'Reply-To: =?UTF-8?B?5Lqa6ams6YCK?= <support@amazon-seller-support.com>',
		'Subject: =?GB2312?B?1cu7p9HpyaQ=?=',
		'MIME-Version: 1.0',
		'Content-Type: text/html; charset=utf-8',
		'',
		'<p><a href="https://xn--mazon-3ve.com/login">Sign in</a></p>',
	].join('\r\n');
	await page.locator('input[type="file"]').setInputFiles({ name: 'notice.eml', mimeType: 'message/rfc822', buffer: Buffer.from(eml) });
	await expect.poll(() => heading(page).textContent()).toContain('not from Amazon');
	const report = (await page.locator('.email-check-report').textContent()) ?? '';
	expect(report).toContain('amazon-seller-support.com');
	// The homoglyph host is shown decoded, with the name the message really carries.
	expect(report).toContain('аmazon.com');
	expect(report).toContain('xn--mazon-3ve.com');
	expect(requests.map((request) => new URL(request.url()).pathname)).toEqual(
		expect.arrayContaining([expect.stringMatching(/\/_astro\/postal-mime\.[\w-]+\.js$/), expect.stringMatching(/\/_astro\/domain-tools\.[\w-]+\.js$/)]),
	);
	expect(unexpectedRequests(requests)).toEqual([]);
	await page.context().close();
});

describe('bad input gets a clear message and keeps what was typed', () => {
	test('an empty box', async () => {
		const { page } = await open('en');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => page.locator('#email-check-problem').textContent()).toContain('Paste an address');
		expect(await page.locator('#email-check-input').getAttribute('aria-invalid')).toBe('true');
		await page.context().close();
	});

	test('a binary file', async () => {
		const { page } = await open('en');
		await page.locator('#email-check-input').fill('From: someone@example.org');
		await page.locator('input[type="file"]').setInputFiles({ name: 'photo.eml', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0, 1, 2, 3]) });
		await expect.poll(() => page.locator('#email-check-problem').textContent()).toContain('This is not text or a saved e-mail');
		expect(await page.locator('#email-check-input').inputValue()).toBe('From: someone@example.org');
		await page.context().close();
	});

	test('a 5 MB paste is cut to what the box keeps, says so, and the start is checked', async () => {
		const { page, problems } = await open('en');
		const huge = `From: x@amaz0n.com\n\n${'lorem ipsum dolor sit amet, consectetur\n'.repeat(130_000)}`;
		await page.locator('#email-check-input').evaluate((field, text) => {
			const data = new DataTransfer();
			data.setData('text/plain', text);
			field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
		}, huge);
		await expect.poll(() => page.locator('#email-check-cut').textContent()).toContain(`The paste had ${huge.length.toLocaleString('en-US')} characters: only the first 100,000 are kept`);
		expect(await page.locator('#email-check-input').evaluate((field) => (field as HTMLTextAreaElement).value)).toBe(huge.slice(0, 100_000));
		await page.locator('.email-check button[type="submit"]').click();
		await expect.poll(() => heading(page).textContent()).toContain('not from Amazon');
		expect(await page.locator('.email-check-findings').textContent()).toContain('amaz0n.com');
		expect(problems.pageErrors).toEqual([]);
		await page.context().close();
	}, 120_000);

	test('hostile text stays text', async () => {
		const { page } = await open('en');
		const dialogs: string[] = [];
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		await page.locator('#email-check-input').fill('From: "<img src=x onerror=alert(1)>" <a@b.example>\n\nhttps://"><script>alert(2)</script>.example/');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => heading(page).count()).toBe(1);
		expect(await page.locator('.email-check-report img, .email-check-report script').count()).toBe(0);
		expect(dialogs).toEqual([]);
		await page.context().close();
	});
});

test('the text survives a reload and the language switch, never enters the address, and “Clear” removes it', async () => {
	const { page } = await open('en');
	const pasted = 'Reply-To: help@amazon-seller-support.com';
	await page.locator('#email-check-input').fill(pasted);
	await page.reload();
	await waitForHydration(page);
	await expect.poll(() => page.locator('#email-check-input').inputValue()).toBe(pasted);
	await page.locator('.language-switch a').click();
	await page.waitForURL('**/zh/email-check/');
	await expect.poll(() => page.locator('#email-check-input').inputValue()).toBe(pasted);
	expect(page.url()).not.toContain('amazon-seller-support');
	await page.getByRole('button', { name: '清空' }).click();
	await expect.poll(() => page.evaluate(() => sessionStorage.length)).toBe(0);
	await page.context().close();
});

test('without JavaScript the page is a checklist of the rules with their sources, and shows no dead controls', async () => {
	const { page } = await openPage(browser(), { javaScriptEnabled: false });
	await page.goto(checker('en'));
	expect(await page.locator('astro-island').count()).toBe(1);
	expect(await page.locator('astro-island textarea, astro-island input, astro-island button').count()).toBe(0);
	const checklist = (await page.locator('.email-check-checklist').textContent()) ?? '';
	for (const domain of ['amazon.com', 'amazonsellerservices.com', 'sell.amazon.com', 'amazon.co.jp']) expect(checklist).toContain(domain);
	expect(await page.locator('.email-check-checklist a[href*="itemID=32261"]').count()).toBeGreaterThanOrEqual(2);
	await page.context().close();
});

describe.each(['light', 'dark'] as const)('accessibility in the %s scheme', (colorScheme) => {
	test.each(['zh', 'en'] as const)('axe finds no violation on the %s checker with a result and an error', async (locale) => {
		const { page } = await open(locale, { bypassCSP: true, colorScheme });
		await page.locator('#email-check-input').fill('From: Amazon <a@amazon.com>\nReply-To: x@arnazon.com\nAuthentication-Results: mx; dkim=fail header.d=amazon.com\n\nhttps://amazon.com.example.cn/');
		await page.locator('.email-check button[type="submit"]').click();
		await page.locator('#email-check-result-heading').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});

test('the result-email guide embeds the checker, which wakes when scrolled to', async () => {
	const { page } = await openPage(browser());
	await page.goto(new URL('en/result-email/', site).href, { waitUntil: 'networkidle' });
	await page.locator('.embedded-checker').scrollIntoViewIfNeeded();
	await waitForHydration(page);
	await page.locator('#email-check-input').fill('https://amazon.com.example.cn/login');
	await page.locator('.email-check button[type="submit"]').click();
	await expect.poll(() => heading(page).textContent()).toContain('not from Amazon');
	expect(await page.locator('.email-check-findings').textContent()).toContain('example.cn');
	await page.context().close();
});
