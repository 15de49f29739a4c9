import { describe, expect, inject, test } from 'vitest';
import { openPage, useChromium } from './support/browser';

const browser = useChromium();
const site = inject('rootSiteUrl');

/** Buttons and fields a reader could see in the page's main part (the header's links work without scripts). */
const visibleControls = (page: import('playwright-core').Page) =>
	page.locator('main :is(button, input, select, textarea)').evaluateAll((elements) =>
		elements.filter((element) => (element as HTMLElement).offsetParent !== null).map((element) => element.outerHTML.slice(0, 80))
	);

describe.each(['zh', 'en'] as const)('with JavaScript off, in %s', (locale) => {
	test('the quiz shows no inert control, only its checklist of every outcome', async () => {
		const { page } = await openPage(browser(), { javaScriptEnabled: false });
		await page.goto(new URL(`${locale}/failure-quiz/`, site).href);
		expect(await visibleControls(page)).toEqual([]);
		await expect.poll(() => page.locator('.quiz-checklist .outcome').count()).toBeGreaterThan(10);
		expect(await page.locator('.quiz-checklist').isVisible()).toBe(true);
		await page.context().close();
	});

	test('the generator shows no inert control, and the usual appeal as text to copy', async () => {
		const { page } = await openPage(browser(), { javaScriptEnabled: false });
		await page.goto(new URL(`${locale}/appeal-generator/`, site).href);
		expect(await visibleControls(page)).toEqual([]);
		const template = page.locator('pre.appeal-template');
		expect(await template.isVisible()).toBe(true);
		expect(await template.textContent()).toMatch(/^Hello[\s\S]*\[[^\]]+\]/);
		await page.context().close();
	});

	test('the search page shows no inert field, and lists every guide instead', async () => {
		const { page } = await openPage(browser(), { javaScriptEnabled: false });
		await page.goto(new URL(`${locale}/search/`, site).href);
		expect(await visibleControls(page)).toEqual([]);
		const guides = await page.locator('main .guide-index a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		expect(guides.length).toBeGreaterThanOrEqual(11);
		expect(guides.every((path) => path.startsWith(`/${locale}/`))).toBe(true);
		await page.context().close();
	});

	test('with scripts on, the same pages show their controls', async () => {
		const { page } = await openPage(browser());
		await page.goto(new URL(`${locale}/appeal-generator/`, site).href);
		await expect.poll(() => visibleControls(page).then((controls) => controls.length)).toBeGreaterThan(5);
		await page.context().close();
	});
});
