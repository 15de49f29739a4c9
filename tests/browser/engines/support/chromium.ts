import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../../scripts/chromium.mjs';
import { callExpression, isResourceStatus, type Engine, type EnginePage } from './engine';

/** Debian's Chromium through playwright-core, the engine every other browser test uses. */
export async function startChromium(): Promise<Engine> {
	const browser: Browser = await launchChromium();
	return {
		name: 'chromium',
		async newPage({ javaScript = true } = {}): Promise<EnginePage> {
			const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
			page.on('console', (message) => {
				if (message.type() === 'error' && !isResourceStatus(message.text())) errors.push(`${page.url()}: ${message.text()}`);
			});
			return {
				goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
				reload: async () => void (await page.reload({ waitUntil: 'load' })),
				url: async () => page.url(),
				evaluate: (fn, ...args) => page.evaluate(callExpression(fn, args)),
				press: (key) => page.keyboard.press(key),
				type: (text) => page.keyboard.type(text),
				setViewport: (width, height) => page.setViewportSize({ width, height }),
				scriptErrors: async () => [...errors],
				close: () => context.close(),
			};
		},
		close: () => browser.close(),
	};
}
