// Screenshots for looking at what a change did: every given path at 390 px and 1280 px wide,
// light and dark. Usage: npm run screenshots -- /zh/appeal/ /en/appeal/ ...
// Serves dist/ (or OUT_DIR) itself; PNGs go to screenshots/ (ignored by git).
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const paths = process.argv.slice(2);
const server = await startStaticServer({ root: process.env.OUT_DIR || 'dist' });
const browser = await launchChromium();
await mkdir('screenshots', { recursive: true });
for (const path of paths) {
	for (const width of [390, 1280]) {
		for (const colorScheme of ['light', 'dark']) {
			const page = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 900 }, colorScheme });
			await page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'networkidle' });
			const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root'}-${width}-${colorScheme}.png`;
			await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.FULL_PAGE === '1' });
			await page.close();
			console.log(`screenshots/${name}`);
		}
	}
}
await browser.close();
await server.close();
