import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, useChromium, waitForHydration } from './support/browser';
import { indexedPages, pagesContaining, sampleChineseTerms, sampleEnglishWords } from './support/indexed-pages';
import { axeViolations } from './support/axe';

const browser = useChromium();
const site = inject('rootSiteUrl');
const pageUrl = (path: string) => new URL(path.replace(/^\//, ''), site).href;

const zhPages = indexedPages('dist', 'zh-cn');
const enPages = indexedPages('dist', 'en');

/** Runs a query in the search page's field and returns the URLs of every page found, loading all batches. */
async function searchAll(page: Page, query: string): Promise<string[]> {
	// Typed before hydration, the query would never reach the island.
	await waitForHydration(page);
	const field = page.locator('.search-page .search-input');
	await field.fill(query);
	const status = page.locator('.search-page .search-status');
	await expect.poll(() => status.getAttribute('data-status')).toMatch(/^(results|none)$/);
	await expect.poll(() => status.textContent()).toContain(`“${query}”`);
	const more = page.locator('.search-page .search-more');
	while (await more.count()) {
		const shown = await page.locator('.search-page .search-result').count();
		await more.click();
		await expect.poll(() => page.locator('.search-page .search-result').count()).toBeGreaterThan(shown);
	}
	return page.locator('.search-page .search-result-page').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe('recall: every page that contains a term is found', () => {
	test.each([
		['zh', zhPages, sampleChineseTerms(zhPages, 48)],
		['en', enPages, sampleEnglishWords(enPages, 20)],
	] as const)('%s: terms sampled from the indexed text', async (locale, pages, terms) => {
		expect(pages.length).toBeGreaterThanOrEqual(10);
		const { page, problems } = await openPage(browser());
		await page.goto(pageUrl(`/${locale}/search/`));
		const missed: string[] = [];
		for (const term of terms) {
			const expected = pagesContaining(pages, term);
			expect(expected.length, term).toBeGreaterThan(0);
			const found = await searchAll(page, term);
			for (const url of expected) if (!found.includes(url)) missed.push(`${term} → ${url}`);
		}
		expect(missed).toEqual([]);
		expect(problems.pageErrors).toEqual([]);
		await page.context().close();
	});
});

describe('ranking and queries readers type', () => {
	test('pages holding the exact term come before pages holding only its characters', async () => {
		const { page } = await openPage(browser());
		await page.goto(pageUrl('/zh/search/'));
		const term = '两步验证';
		const found = await searchAll(page, term);
		const exact = pagesContaining(zhPages, term);
		expect(found.slice(0, exact.length).sort()).toEqual([...exact].sort());
		expect(found.length).toBeGreaterThan(exact.length);
		// The guide about it, whose title is the term, comes first.
		expect(found[0]).toBe('/zh/two-step-verification/');
		await page.context().close();
	});

	test.each([
		['INFORM 法案', ['INFORM', '法案']],
		['视频通话 预约', ['视频通话', '预约']],
		['Seller Central 登录', ['Seller Central', '登录']],
	])('mixed and multi-word query “%s” finds every page holding all its parts', async (query, parts) => {
		const expected = zhPages.filter((candidate) => parts.every((part) => candidate.text.toLowerCase().includes(part.toLowerCase()))).map((candidate) => candidate.url);
		expect(expected.length).toBeGreaterThan(0);
		const { page } = await openPage(browser());
		await page.goto(pageUrl('/zh/search/'));
		expect(await searchAll(page, query)).toEqual(expect.arrayContaining(expected));
		await page.context().close();
	});

	test.each([
		['en', '2SV'],
		['zh', '2FA 验证码'],
	] as const)('%s: an abbreviation the guides never use, “%s”, finds the guide that spells it out', async (locale, query) => {
		const { page } = await openPage(browser());
		await page.goto(pageUrl(`/${locale}/search/`));
		const found = await searchAll(page, query);
		expect(found[0]).toBe(`/${locale}/two-step-verification/`);
		// Not every page with a "2" in it, which is what Pagefind makes of "2SV" on its own.
		expect(found.length).toBeLessThan((locale === 'zh' ? zhPages : enPages).filter((candidate) => candidate.text.includes('2')).length);
		await page.context().close();
	});

	test('a word no page contains, like “SPS” in “SPS 申诉”, does not hide the pages for the rest', async () => {
		expect(pagesContaining(zhPages, 'sps')).toEqual([]);
		const { page } = await openPage(browser());
		await page.goto(pageUrl('/zh/search/'));
		expect(await searchAll(page, 'SPS 申诉')).toEqual(expect.arrayContaining(pagesContaining(zhPages, '申诉')));
		await page.context().close();
	});

	test.each([
		['申訴', '申诉'],
		['營業執照', '营业执照'],
		['兩步驗證', '两步验证'],
	])('Traditional “%s” finds the same pages as “%s”', async (traditional, simplified) => {
		const { page } = await openPage(browser());
		await page.goto(pageUrl('/zh/search/'));
		const fromSimplified = await searchAll(page, simplified);
		expect(fromSimplified.length).toBeGreaterThan(0);
		expect(await searchAll(page, traditional)).toEqual(fromSimplified);
		await page.context().close();
	});

	test('English is stemmed: “verify” also finds the pages that only say “verification”', async () => {
		const { page } = await openPage(browser());
		await page.goto(pageUrl('/en/search/'));
		const found = await searchAll(page, 'verify');
		const onlyVerification = enPages.filter((candidate) => /verification/i.test(candidate.text) && !/\bverify\b/i.test(candidate.text));
		expect(onlyVerification.length).toBeGreaterThan(0);
		expect(found).toEqual(expect.arrayContaining(onlyVerification.map((candidate) => candidate.url)));
		await page.context().close();
	});
});

describe('the questions sellers ask most lead to the pages that answer them', () => {
	test.each([
		['zh', '视频通话', '/zh/video-call/'],
		['en', 'video call', '/en/video-call/'],
		['zh', '明信片', '/zh/address-verification/'],
		['en', 'postcard', '/en/address-verification/'],
		['zh', '被拒绝', '/zh/appeal/'],
	] as const)('%s “%s” lists %s among the first three results', async (locale, query, expected) => {
		const { page } = await openPage(browser());
		await page.goto(pageUrl(`/${locale}/search/`));
		const found = await searchAll(page, query);
		expect(found.slice(0, 3)).toContain(expected);
		await page.context().close();
	});
});

describe('the search dialog', () => {
	test('opens with “/”, searches as you type, arrows move, Enter lands on the section', async () => {
		const { page, problems } = await openPage(browser());
		await page.goto(pageUrl('/zh/faq/'));
		await page.keyboard.press('/');
		const field = page.locator('.search-dialog .search-input');
		await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('search-input'))).toBe(true);
		await page.keyboard.type('视频通话');
		await page.locator('.search-dialog .search-result').first().waitFor();
		const active = page.locator('.search-dialog [aria-selected="true"]');
		// Arrows move through whole pages and their sections; go down to the first section.
		let target: URL | undefined;
		for (let presses = 0; presses < 8 && !target?.hash; presses++) {
			await page.keyboard.press('ArrowDown');
			expect(await field.getAttribute('aria-activedescendant')).toBe(await active.getAttribute('id'));
			target = new URL((await active.getAttribute('href'))!, page.url());
		}
		expect(target!.hash).not.toBe('');
		await page.keyboard.press('Enter');
		await page.waitForURL(target!.href);
		expect(await page.locator(`[id="${decodeURIComponent(target!.hash.slice(1))}"]`).count()).toBe(1);
		expect(problems.consoleErrors).toEqual([]);
		expect(problems.pageErrors).toEqual([]);
		await page.context().close();
	});

	test('Ctrl+K opens it, Esc closes it, and the focus goes back where it was', async () => {
		const { page } = await openPage(browser());
		await page.goto(pageUrl('/en/appeal/'));
		const link = page.locator('.site-title');
		await link.focus();
		await page.keyboard.press('Control+k');
		await page.locator('.search-dialog[open]').waitFor();
		await page.keyboard.type('appeal');
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('.search-dialog[open]').count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('site-title');
		await page.context().close();
	});

	test('the header button opens it; on a phone it fills the screen and nothing overflows', async () => {
		const { page } = await openPage(browser(), { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		await page.goto(pageUrl('/zh/appeal/'));
		await page.locator('[data-search-entry]').click();
		await page.locator('.search-dialog .search-input').fill('营业执照');
		await page.locator('.search-dialog .search-result').first().waitFor();
		const box = (await page.locator('.search-dialog').boundingBox())!;
		expect(box.width).toBe(390);
		const overflow = await page.locator('.search-dialog').evaluate((dialog) => dialog.scrollWidth > dialog.clientWidth);
		expect(overflow).toBe(false);
		await page.context().close();
	});

	test.each([
		['zh', 'zzqqxx', '没有找到'],
		['en', 'zzqqxx', 'Nothing found'],
		['zh', '。。。', '只有标点符号'],
		['en', '!!!', 'punctuation alone'],
	] as const)('%s: “%s” gets a clear message', async (locale, query, message) => {
		const { page } = await openPage(browser());
		await page.goto(pageUrl(`/${locale}/`));
		await page.keyboard.press('/');
		await page.locator('.search-dialog .search-input').fill(query);
		await expect.poll(() => page.locator('.search-dialog .search-status').textContent()).toContain(message);
		expect(await page.locator('.search-dialog .search-input').inputValue()).toBe(query);
		await page.context().close();
	});

	test('axe finds no violations with results open', async () => {
		const { page } = await openPage(browser(), { bypassCSP: true });
		await page.goto(pageUrl('/zh/appeal/'));
		await page.keyboard.press('/');
		await page.locator('.search-dialog .search-input').fill('申诉');
		await page.locator('.search-dialog .search-result').first().waitFor();
		await page.keyboard.press('ArrowDown');
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});

describe('the search page', () => {
	test('runs the ?q= search, keeps the query in the address, and survives a language switch', async () => {
		const { page } = await openPage(browser());
		await page.goto(pageUrl('/en/search/?q=video%20call'));
		await page.locator('.search-page .search-result').first().waitFor();
		expect(await page.locator('.search-page .search-input').inputValue()).toBe('video call');
		await page.locator('.search-page .search-input').fill('phishing');
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('phishing');
		await page.locator('.language-switch a').click();
		await page.waitForURL('**/zh/search/?q=phishing');
		await expect.poll(() => page.locator('.search-page .search-input').inputValue()).toBe('phishing');
		await page.context().close();
	});

	test('without JavaScript it says so instead of showing an empty box', async () => {
		const { page } = await openPage(browser(), { javaScriptEnabled: false });
		await page.goto(pageUrl('/zh/search/?q=申诉'));
		expect(await page.locator('.search-noscript').textContent()).toContain('JavaScript');
		await page.context().close();
	});
});

describe('a query that a heading answers opens that section', () => {
	/** The page links of the first batch of results, with their #section. */
	async function resultLinks(page: Page, query: string): Promise<string[]> {
		await waitForHydration(page);
		await page.locator('.search-page .search-input').fill(query);
		await expect.poll(() => page.locator('.search-page .search-status').textContent()).toContain(`“${query}”`);
		// Titles show first; the heading a result opens is known once its fragment has arrived.
		await page.locator('.search-page .search-results[aria-busy="false"]').waitFor({ state: 'attached' });
		return page.locator('.search-page .search-result-page').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname + new URL((link as HTMLAnchorElement).href).hash));
	}

	test('zh “收不到验证码”: the first result opens the two-step guide at 已经收不到验证码了', async () => {
		const { page } = await openPage(browser());
		await page.goto(pageUrl('/zh/search/'));
		const links = await resultLinks(page, '收不到验证码');
		expect(links[0]).toBe('/zh/two-step-verification/#lost-access');
		await page.locator('.search-page .search-result-page').first().click();
		await page.waitForURL('**/zh/two-step-verification/#lost-access');
		await page.context().close();
	});

	test('en “video call”: the FAQ result opens the answer about the video call, not the top of the FAQ', async () => {
		const { page } = await openPage(browser());
		await page.goto(pageUrl('/en/search/'));
		const links = await resultLinks(page, 'video call');
		const faq = links.find((link) => link.startsWith('/en/faq/'));
		expect(faq).toMatch(/^\/en\/faq\/#(booking-deadline|video-call-documents)$/);
		// The guide about the video call is the answer as a whole, so it opens at its top.
		expect(links[0]).toBe('/en/video-call/');
		await page.context().close();
	});

	test('zh “视频通话”: the FAQ result opens its video-call answer', async () => {
		const { page } = await openPage(browser());
		await page.goto(pageUrl('/zh/search/'));
		const links = await resultLinks(page, '视频通话');
		expect(links.find((link) => link.startsWith('/zh/faq/'))).toMatch(/^\/zh\/faq\/#[a-z-]+$/);
		await page.context().close();
	});
});

describe('what search downloads', () => {
	const chunks = (prefix: string) => readdirSync('dist/pagefind/index').filter((file) => file.startsWith(prefix)).length;
	/** The Pagefind files the page requests, by kind ("pf_index", "pf_fragment"). */
	function pagefindRequests(page: Page) {
		const files: string[] = [];
		page.on('request', (request) => files.push(new URL(request.url()).pathname));
		return (kind: string) => files.filter((file) => file.endsWith(`.${kind}`));
	}

	test('English loads the index chunks its words need, and excerpts only for the word the reader stops at', async () => {
		expect(chunks('en_')).toBeGreaterThan(1);
		const { page } = await openPage(browser());
		const requested = pagefindRequests(page);
		await page.goto(pageUrl('/en/appeal/'));
		await page.keyboard.press('/');
		await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('search-input'))).toBe(true);
		await page.keyboard.type('appeal', { delay: 60 });
		await page.locator('.search-dialog .search-results[aria-busy="false"] .search-result').first().waitFor();
		const shown = await page.locator('.search-dialog .search-result-page').count();
		expect(requested('pf_index').length).toBeLessThan(chunks('en_'));
		// "a", "ap", "app"… each found pages on the way; only the last query's pages load their excerpts.
		expect(requested('pf_fragment')).toHaveLength(shown);
		await page.context().close();
	});

	test('Chinese loads the whole index as soon as search opens, before anything is typed', async () => {
		const { page } = await openPage(browser());
		const requested = pagefindRequests(page);
		await page.goto(pageUrl('/zh/appeal/'));
		await page.keyboard.press('/');
		// An input method commits a whole word at once: its characters' chunks must already be there.
		await expect.poll(() => requested('pf_index').length).toBe(chunks('zh-cn_'));
		expect(requested('pf_fragment')).toEqual([]);
		await page.context().close();
	});
});
