import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { callExpression, isResourceStatus, type Engine, type EnginePage } from './engine';

/** Where Firefox is expected; FIREFOX_PATH overrides it. */
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/**
 * Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver, nothing
 * downloaded). Firefox ESR 153's BiDi cannot turn scripts off for one page, so pages without
 * JavaScript come from a second Firefox started with the `javascript.enabled` preference off.
 */
export async function startFirefox(): Promise<Engine> {
	if (!existsSync(firefoxPath)) throw new Error(`Firefox is not at ${firefoxPath}: apt-get install firefox-esr, or set FIREFOX_PATH`);
	const launch = (javaScript: boolean) =>
		puppeteer.launch({
			browser: 'firefox',
			executablePath: firefoxPath,
			headless: true,
			extraPrefsFirefox: javaScript ? {} : { 'javascript.enabled': false },
		});
	const browsers = new Map<boolean, Promise<Browser>>([[true, launch(true)]]);
	await browsers.get(true);
	return {
		name: 'firefox',
		async newPage({ javaScript = true } = {}): Promise<EnginePage> {
			if (!browsers.has(javaScript)) browsers.set(javaScript, launch(javaScript));
			const context = await (await browsers.get(javaScript)!).createBrowserContext();
			const page = await context.newPage();
			await page.setViewport({ width: 1280, height: 900 });
			// BiDi's log.entryAdded events: uncaught errors and console.error.
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(`${page.url()}: ${error instanceof Error ? error.message : String(error)}`));
			page.on('console', (message) => {
				if (message.type() === 'error' && !isResourceStatus(message.text())) errors.push(`${page.url()}: ${message.text()}`);
			});
			return {
				goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
				reload: async () => void (await page.reload({ waitUntil: 'load' })),
				url: async () => page.url(),
				evaluate: (fn, ...args) => page.evaluate(callExpression(fn, args)) as never,
				// Puppeteer's BiDi keyboard knows the space bar only as the character.
				press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
				type: (text) => page.keyboard.type(text),
				setViewport: (width, height) => page.setViewport({ width, height }),
				scriptErrors: async () => [...errors],
				close: () => context.close(),
			};
		},
		async close() {
			await Promise.all([...browsers.values()].map(async (browser) => (await browser).close()));
		},
	};
}
