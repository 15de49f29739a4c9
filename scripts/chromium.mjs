// Debian's Chromium, driven by playwright-core: nothing here may download a browser. The flags
// keep Chromium from reaching for the network, which this machine closes, and stalling.
// Used by the PDF stage of the build, the browser tests and the screenshot script.
import { chromium } from 'playwright-core';

/** Where Chromium is expected; CHROMIUM_PATH overrides it. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launchChromium() {
	return chromium.launch({
		executablePath: chromiumPath,
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
