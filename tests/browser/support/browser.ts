import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/**
 * Debian's Chromium, driven by playwright-core: nothing here may download a browser. The flags
 * keep Chromium from reaching for the network, which this machine closes, and stalling.
 */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

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
