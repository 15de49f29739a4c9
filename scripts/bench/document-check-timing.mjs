// The document check on a 12-megapixel phone photo: how long until its checklist shows, and the
// longest task the page's main thread ran meanwhile (Chromium reports tasks over 50 ms). Decoding
// happens in the browser's decoder threads; the measurements on the downscaled copy run in the page.
// Standalone: node scripts/bench/document-check-timing.mjs [outDir] (serves the build itself).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A 4000 × 3000 JPEG of a document-like page, drawn and encoded in a blank page of its own. */
async function twelveMegapixelPhoto(browser) {
	const page = await browser.newPage();
	const base64 = await page.evaluate(async () => {
		const [width, height] = [4000, 3000];
		const canvas = new OffscreenCanvas(width, height);
		const context = canvas.getContext('2d');
		context.fillStyle = '#f3efe4';
		context.fillRect(0, 0, width, height);
		context.fillStyle = '#202020';
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		for (let y = 300; y < height - 150; y += 100) for (let x = 100; x < width - 100; x += 50) if (random() > 0.35) context.fillRect(x, y, 38, 50);
		context.strokeStyle = '#d11f1f';
		context.lineWidth = 50;
		context.beginPath();
		context.arc(3000, 2100, 360, 0, Math.PI * 2);
		context.stroke();
		const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })).arrayBuffer());
		let binary = '';
		for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
		return btoa(binary);
	});
	await page.close();
	return Buffer.from(base64, 'base64');
}

export async function measureDocumentCheck(browser, siteUrl, { path = '/en/document-check/' } = {}) {
	const photo = await twelveMegapixelPhoto(browser);
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(new URL(path.slice(1), siteUrl).href, { waitUntil: 'networkidle' });
	await page.waitForFunction(() => !document.querySelector('astro-island[ssr]') && document.querySelector('#doc-check-input'));
	await page.evaluate(() => {
		const marks = { tasks: [] };
		Object.assign(window, { benchDocumentCheck: marks });
		new PerformanceObserver((list) => marks.tasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
		document.addEventListener('change', (event) => (marks.start ??= event.timeStamp), { capture: true });
		new MutationObserver(() => {
			if (document.querySelector('.doc-check-file[aria-busy="false"]')) marks.end ??= performance.now();
		}).observe(document.body, { childList: true, subtree: true, attributes: true });
	});
	// Handed over as a file on disk, as a reader's photo is: given as a buffer, Playwright rebuilds the
	// file in the page with script of its own, a long task on the page's thread that no reader causes.
	const folder = await mkdtemp(join(tmpdir(), 'document-check-'));
	const photoPath = join(folder, 'photo.jpg');
	await writeFile(photoPath, photo);
	await page.locator('#doc-check-input').setInputFiles(photoPath);
	await page.waitForFunction(() => window.benchDocumentCheck.end !== undefined);
	// Let the observer deliver the last long task.
	await page.waitForTimeout(200);
	const marks = await page.evaluate(() => window.benchDocumentCheck);
	await context.close();
	await rm(folder, { recursive: true, force: true });
	return { path, megapixels: 12, fileBytes: photo.length, checkMs: Math.round(marks.end - marks.start), longestTaskMs: Math.round(Math.max(0, ...marks.tasks)), longTasks: marks.tasks.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { launchChromium } = await import('../chromium.mjs');
	const { startStaticServer } = await import('../static-server.mjs');
	const server = await startStaticServer({ root: process.argv[2] || 'dist' });
	const browser = await launchChromium();
	try {
		for (let run = 0; run < 3; run++) console.log(JSON.stringify(await measureDocumentCheck(browser, server.url)));
	} finally {
		await browser.close();
		await server.close();
	}
}
