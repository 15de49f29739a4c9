import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from './support/axe';
import { openPage, useChromium, waitForHydration } from './support/browser';
import { builtPages } from './support/site-pages';

const browser = useChromium();
const site = inject('rootSiteUrl');
const at = (path: string) => new URL(path.slice(1), site).href;

// One test per page: one test for all 42 pages took 49–60 s of its minute on a busy machine.
describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
	let page: Page;
	beforeAll(async () => {
		({ page } = await openPage(browser(), { bypassCSP: true, colorScheme }));
	});
	afterAll(async () => {
		await page.context().close();
	});

	test.each(builtPages())('axe finds no violation on %s', async (path) => {
		// The language chooser sends readers with scripts on at once; what stays on screen is the
		// page without them, so it is checked with its script refused.
		if (path === '/') await page.route('**/*.js', (route) => route.abort());
		await page.goto(at(path));
		// Islands render their first state on the server; wait until each has hydrated (Astro drops `ssr`).
		await waitForHydration(page);
		const violations = await axeViolations(page);
		if (path === '/') await page.unrouteAll();
		expect(violations).toEqual([]);
	});
});

/**
 * What a focus ring can be drawn with, as a script for the page (the page's policy forbids eval,
 * and a function passed from here would be renamed by the test transform).
 */
const RING_STYLE = `window.ringStyle = (element) => {
	const style = getComputedStyle(element);
	const outline = style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0 ? 'none' : [style.outlineStyle, style.outlineWidth, style.outlineColor].join(' ');
	return 'outline ' + outline + ', shadow ' + style.boxShadow;
};`;
interface RingStyle {
	ringStyle: (element: Element) => string;
}

interface TabStop {
	element: string;
	visible: boolean;
	focusStyle: string;
}

/**
 * Presses Tab from the top of the page until the focus leaves the page or comes back round, and
 * notes each element it lands on: whether it can be seen, and how its focus ring looks.
 */
async function tabThrough(page: Page): Promise<TabStop[]> {
	const stops: TabStop[] = [];
	for (let index = 0; index < 500; index++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate((index) => {
			const element = document.activeElement;
			if (!element || element === document.body || element.hasAttribute('data-tab-stop')) return null;
			element.setAttribute('data-tab-stop', String(index));
			const rect = element.getBoundingClientRect();
			const inViewport = rect.right > 0 && rect.bottom > 0 && rect.left < innerWidth && rect.top < innerHeight;
			return {
				element: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className ? `.${[...element.classList].join('.')}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`,
				visible: element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && rect.width > 1 && rect.height > 1 && inViewport,
				focusStyle: (window as unknown as RingStyle).ringStyle(element),
			};
		}, index);
		if (!stop) break;
		stops.push(stop);
	}
	return stops;
}

describe('the keyboard reaches every control, and shows where it is', () => {
	test.each(['/zh/appeal/', '/en/', '/zh/failure-quiz/', '/en/login-quiz/', '/zh/appeal-generator/', '/en/document-check/', '/en/email-check/', '/zh/inform-check/'])('%s', async (path) => {
		const { page } = await openPage(browser(), { reducedMotion: 'reduce' });
		await page.addInitScript({ content: RING_STYLE });
		await page.goto(at(path));
		await waitForHydration(page);
		const stops = await tabThrough(page);
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		const unfocused = await page.evaluate(() =>
			[...document.querySelectorAll('[data-tab-stop]')]
				.sort((a, b) => Number(a.getAttribute('data-tab-stop')) - Number(b.getAttribute('data-tab-stop')))
				.map((element) => (window as unknown as RingStyle).ringStyle(element)),
		);
		// A page with a skip link, a header, navigation and content has many stops; a handful would mean Tab got stuck.
		expect(stops.length).toBeGreaterThan(10);
		expect(stops.filter((stop) => !stop.visible).map((stop) => stop.element)).toEqual([]);
		const noRing = stops.filter((stop, index) => stop.focusStyle === unfocused[index] || stop.focusStyle === 'outline none, shadow none');
		expect(noRing.map((stop) => `${stop.element}: ${stop.focusStyle}`)).toEqual([]);
		await page.context().close();
	});
});
