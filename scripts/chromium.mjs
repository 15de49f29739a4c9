// Debian's Chromium, driven by playwright-core: nothing here may download a browser. The flags
// keep Chromium from reaching for the network, which this machine closes, and stalling.
// Used by the PDF stage of the build, the browser tests, the screenshot script and the bench.
import { chromium } from 'playwright-core';

/** Where Chromium is expected; CHROMIUM_PATH overrides it. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Command-line flags for every Chromium this project starts, Playwright's or Lighthouse's. */
export const chromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export function launchChromium() {
	return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
}
