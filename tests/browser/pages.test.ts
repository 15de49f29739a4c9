import { describe, expect, inject, test } from 'vitest';
import { openPage, useChromium } from './support/browser';
import { builtGuides, builtPages } from './support/site-pages';

const browser = useChromium();
const site = inject('rootSiteUrl');

const at = (path: string) => new URL(path.slice(1), site).href;

test('no page logs an error or overflows sideways on a 390 px phone screen', async () => {
	const { page, problems } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
	const overflowing: string[] = [];
	for (const path of builtPages().filter((path) => path !== '/')) {
		await page.goto(at(path), { waitUntil: 'load' });
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		if (width > 390) overflowing.push(`${path}: ${width}px`);
	}
	expect(problems.consoleErrors.filter((error) => !error.includes('404.html') && !error.includes('Failed to load resource'))).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
	expect(overflowing).toEqual([]);
	await page.context().close();
});

describe('language switch', () => {
	test.each([
		['zh', 'en'],
		['en', 'zh'],
	] as const)('from %s to %s keeps the page and the section', async (from, to) => {
		const { page } = await openPage(browser());
		const guide = builtGuides(from)[2]!;
		await page.goto(at(guide));
		const sectionId = await page.locator('main h2[id]').nth(1).getAttribute('id');
		await page.goto(`${at(guide)}#${sectionId}`);
		await page.locator('.language-switch a').click();
		await page.waitForURL(`**/${to}/**`);
		const url = new URL(page.url());
		expect(url.pathname).toBe(guide.replace(`/${from}/`, `/${to}/`));
		expect(url.hash).toBe(`#${sectionId}`);
		await expect.poll(() => page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top, sectionId!)).toBeLessThan(200);
		await page.context().close();
	});
});

describe('the section on screen', () => {
	test.each([
		['zh', 'en'],
		['en', 'zh'],
	] as const)('after scrolling by hand, the switch from %s to %s opens the same section', async (from, to) => {
		const { page } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
		await page.goto(at(`/${from}/appeal/`));
		// Scroll (no link followed, no #hash in the address) until the fourth section sits at the top.
		const sectionId = (await page.locator('main h2[id]').nth(3).getAttribute('id'))!;
		await page.evaluate((id) => scrollTo(0, document.getElementById(id)!.getBoundingClientRect().top + scrollY - 40), sectionId);
		expect(new URL(page.url()).hash).toBe('');
		// A tap, as on the phone: Playwright's click() would first scroll the link "into view".
		await page.locator('.language-switch a').dispatchEvent('click');
		await page.waitForURL(`**/${to}/appeal/**`);
		expect(new URL(page.url()).hash).toBe(`#${sectionId}`);
		await page.context().close();
	});

	test('the contents on a wide screen mark the section being read, and only that one', async () => {
		const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
		await page.goto(at('/en/appeal/'));
		const ids = await page.locator('main h2[id]').evaluateAll((headings) => headings.map((heading) => heading.id));
		for (const id of [ids[2]!, ids[4]!]) {
			await page.evaluate((target) => scrollTo(0, document.getElementById(target)!.getBoundingClientRect().top + scrollY - 40), id);
			await expect.poll(() => page.locator('.toc-rail a[aria-current="true"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([`#${id}`]);
		}
		await page.context().close();
	});
});

test('a section’s copy-link is a 44 px target on a phone, and its focus ring is the accent colour, not the error colour', async () => {
	const { page } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
	await page.goto(at('/zh/faq/'));
	const link = page.locator('.heading-link').first();
	const box = (await link.boundingBox())!;
	expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
	await link.focus();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	const [outline, accent] = await link.evaluate((element) => [getComputedStyle(element).outlineColor, getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()]);
	const probe = await page.evaluate((color) => {
		const span = document.createElement('span');
		span.style.color = color;
		document.body.append(span);
		const rgb = getComputedStyle(span).color;
		span.remove();
		return rgb;
	}, accent);
	expect(outline).toBe(probe);
	await page.context().close();
});

describe('the start page /', () => {
	test.each([
		['en-US', '/en/'],
		['zh-CN', '/zh/'],
		['fr-FR', '/zh/'],
	])('sends a browser set to %s to %s', async (locale, expected) => {
		const { page, problems } = await openPage(browser(), { locale });
		await page.goto(site);
		await page.waitForURL(`**${expected}`);
		expect(new URL(page.url()).pathname).toBe(expected);
		expect(problems.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test('offers both languages as plain links without scripts', async () => {
		const { page } = await openPage(browser(), { javaScriptEnabled: false });
		await page.goto(site);
		expect(new URL(page.url()).pathname).toBe('/');
		await expect.poll(() => page.locator('.language-choice a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/zh/', '/en/']);
		await page.context().close();
	});
});

test('an unknown address answers 404 with a page in both languages that leads home', async () => {
	const { page } = await openPage(browser());
	const response = await page.goto(at('/en/no-such-guide/'));
	expect(response?.status()).toBe(404);
	await expect.poll(() => page.locator('h1').allTextContents()).toEqual(['找不到页面', 'Page not found']);
	await page.locator('a[href="/en/"]').click();
	await page.waitForURL('**/en/');
	await page.context().close();
});

test('each section heading has a copy-link control reachable by keyboard that copies the section URL', async () => {
	const { page } = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
	const guide = at(builtGuides('zh')[0]!);
	await page.goto(guide);
	const firstId = await page.locator('main h2[id]').first().getAttribute('id');
	await page.locator('main h1').click();
	let focused = '';
	for (let presses = 0; presses < 40 && !focused.startsWith('heading-link'); presses++) {
		await page.keyboard.press('Tab');
		focused = await page.evaluate(() => `${document.activeElement?.className} ${document.activeElement?.getAttribute('href')}`);
	}
	expect(focused).toBe(`heading-link #${firstId}`);
	await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('复制本节链接');
	await page.keyboard.press('Enter');
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${guide}#${firstId}`);
	expect(new URL(page.url()).hash).toBe(`#${firstId}`);
	await expect(page.locator('.copy-status').textContent()).resolves.toBe('链接已复制');
	await page.context().close();
});

describe('layout', () => {
	test('on a 390 px phone the guides are in a menu, and the contents fold above the text', async () => {
		const { page } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
		await page.goto(at(builtGuides('zh')[0]!));
		expect(await page.locator('.sidebar').isVisible()).toBe(false);
		expect(await page.locator('.rail').isVisible()).toBe(false);
		expect(await page.locator('.toc-inline').isVisible()).toBe(true);
		const menuLinks = page.locator('.mobile-menu-panel .guide-nav a');
		expect(await menuLinks.first().isVisible()).toBe(false);
		await page.locator('.mobile-menu summary').click();
		expect(await menuLinks.first().isVisible()).toBe(true);
		expect(await menuLinks.count()).toBeGreaterThanOrEqual(11);
		await page.context().close();
	});

	test('on a 1280 px screen the guides are a sidebar and the contents a column beside the text', async () => {
		const { page } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
		await page.goto(at(builtGuides('en')[0]!));
		expect(await page.locator('.sidebar').isVisible()).toBe(true);
		expect(await page.locator('.mobile-menu').isVisible()).toBe(false);
		expect(await page.locator('.rail .toc').isVisible()).toBe(true);
		expect(await page.locator('.toc-inline').isVisible()).toBe(false);
		expect(await page.locator('.sidebar a[aria-current="page"]').count()).toBe(1);
		await page.context().close();
	});

	test('the skip link is the first stop for the keyboard and moves focus to the text', async () => {
		const { page } = await openPage(browser());
		await page.goto(at('/en/'));
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
		expect(await page.locator('.skip-link').isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
		await page.context().close();
	});
});

test('every page names its canonical URL and its twin in the other language', async () => {
	const { page } = await openPage(browser(), { javaScriptEnabled: false });
	await page.goto(at('/zh/'));
	const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`));
	expect(alternates).toEqual([
		'zh-CN https://seller-verification-handbook.example/zh/',
		'en https://seller-verification-handbook.example/en/',
		'x-default https://seller-verification-handbook.example/',
	]);
	expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe('https://seller-verification-handbook.example/zh/');
	const sitemap = await (await fetch(at('/sitemap.xml'))).text();
	expect(sitemap).toContain('<loc>https://seller-verification-handbook.example/en/</loc>');
	await page.context().close();
});
