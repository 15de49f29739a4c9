import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.mjs';

export { launchChromium };

export interface PageProblems {
	consoleErrors: string[];
	pageErrors: string[];
}

/** Opens a page that records console errors and uncaught exceptions, so a test can assert there are none. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; problems: PageProblems }> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	const problems: PageProblems = { consoleErrors: [], pageErrors: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.pageErrors.push(`${page.url()}: ${error.message}`));
	return { page, problems };
}

/**
 * Waits until every island on the page has hydrated (Astro removes its `ssr` attribute then). A
 * checker inside a guide hydrates only once seen (client:visible), so each is scrolled into view.
 */
export async function waitForHydration(page: Page): Promise<unknown> {
	for (const island of await page.locator('astro-island[ssr]').all()) await island.scrollIntoViewIfNeeded().catch(() => undefined);
	return page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

/** One Chromium for the test file it is called in: started before its tests, closed after. */
export function useChromium(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('Chromium is not running: call useChromium() at the top of the test file');
		return browser;
	};
}
