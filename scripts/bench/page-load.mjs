// One page's first load with an empty cache in Chromium: every request, its bytes per kind, and
// the script time Chromium spent until the network went idle, before any interaction.
import { bytesByKind, fileOfPath, resourceKind } from './resources.ts';
import { fileSizes } from './sizes.ts';

export async function measurePageLoad(browser, siteUrl, { type, path }) {
	// A new context has its own, empty cache.
	const context = await browser.newContext();
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	const responses = [];
	page.on('response', (response) => responses.push(response));

	await page.goto(new URL(path.slice(1), siteUrl).href, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	const { metrics } = await cdp.send('Performance.getMetrics');
	const scriptMs = (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000;

	const base = new URL(siteUrl).pathname;
	const resources = [];
	for (const response of responses) {
		// The bodies are the build's files; redirects carry none.
		if (response.status() >= 300 && response.status() < 400) continue;
		const { pathname } = new URL(response.url());
		const file = fileOfPath(pathname, base) ?? pathname;
		resources.push({ kind: resourceKind(pathname), sizes: fileSizes(file, await response.body()) });
	}
	await context.close();
	return { type, path, requests: responses.length, bytes: bytesByKind(resources), scriptMs };
}
