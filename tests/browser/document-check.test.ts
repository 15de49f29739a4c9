import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from './support/axe';
import { openPage, useChromium, waitForHydration } from './support/browser';

const browser = useChromium();
const site = inject('rootSiteUrl');
const checker = (locale: 'zh' | 'en') => new URL(`${locale}/document-check/`, site).href;

interface ImageSpec {
	width: number;
	height: number;
	/** A red seal and a blue band on the page, or only black on grey. */
	colour: boolean;
	/** CSS blur radius in pixels, as an out-of-focus photo. */
	blur?: number;
	type: 'image/jpeg' | 'image/png';
}

/**
 * Draws a document-like page (lines of "text", a seal) in Chromium and encodes it as the browser
 * would save a photo. Drawn in a blank page of its own, so the checker's page sees only the file.
 */
async function makeImage(spec: ImageSpec): Promise<Buffer> {
	const page = await browser().newPage();
	const base64 = await page.evaluate(async ({ width, height, colour, blur, type }) => {
		const canvas = new OffscreenCanvas(width, height);
		const context = canvas.getContext('2d')!;
		context.fillStyle = colour ? '#f3efe4' : '#eeeeee';
		context.fillRect(0, 0, width, height);
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const unit = Math.max(2, Math.round(Math.min(width, height) / 120));
		context.fillStyle = '#202020';
		for (let y = unit * 12; y < height - unit * 6; y += unit * 4) {
			for (let x = unit * 4; x < width - unit * 4; x += unit * 2) if (random() > 0.35) context.fillRect(x, y, unit * 1.5, unit * 2);
		}
		if (colour) {
			context.fillStyle = '#1f4e9c';
			context.fillRect(0, 0, width, unit * 8);
			context.strokeStyle = '#d11f1f';
			context.lineWidth = unit * 2;
			context.beginPath();
			context.arc(width * 0.75, height * 0.7, Math.min(width, height) * 0.12, 0, Math.PI * 2);
			context.stroke();
		}
		let output = canvas;
		if (blur) {
			output = new OffscreenCanvas(width, height);
			const blurred = output.getContext('2d')!;
			blurred.filter = `blur(${blur}px)`;
			blurred.drawImage(canvas, 0, 0);
		}
		const blob = await output.convertToBlob({ type, quality: 0.92 });
		const bytes = new Uint8Array(await blob.arrayBuffer());
		let binary = '';
		for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
		return btoa(binary);
	}, spec);
	await page.close();
	return Buffer.from(base64, 'base64');
}

const jpeg = (buffer: Buffer, name = 'licence.jpg') => ({ name, mimeType: 'image/jpeg', buffer });
const bytesFile = (name: string, head: number[] | string, size = 4096) => {
	const buffer = Buffer.alloc(size, 0x20);
	(typeof head === 'string' ? Buffer.from(head, 'latin1') : Buffer.from(head)).copy(buffer);
	return { name, mimeType: 'application/octet-stream', buffer };
};
/** First bytes of an iPhone photo: the "ftyp" box with the HEIC brand. */
const HEIC_HEAD = [0, 0, 0, 0x18, ...Buffer.from('ftypheic'), 0, 0, 0, 0, ...Buffer.from('mif1heic')];

let colourPhoto: Buffer;
let greyPhoto: Buffer;
let tinyPhoto: Buffer;
let blurredPhoto: Buffer;
let phoneScreenshot: Buffer;
let folder: string;
// Drawing and encoding five pages can take minutes on a busy machine: a wait, not a timing check.
beforeAll(async () => {
	folder = mkdtempSync(join(tmpdir(), 'doc-check-'));
	colourPhoto = await makeImage({ width: 1600, height: 1200, colour: true, type: 'image/jpeg' });
	greyPhoto = await makeImage({ width: 1600, height: 1200, colour: false, type: 'image/jpeg' });
	tinyPhoto = await makeImage({ width: 480, height: 360, colour: true, type: 'image/png' });
	blurredPhoto = await makeImage({ width: 1600, height: 1200, colour: true, blur: 8, type: 'image/jpeg' });
	phoneScreenshot = await makeImage({ width: 1170, height: 2532, colour: true, type: 'image/png' });
}, 300_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The card of the file named `name`, once it has been checked. */
async function checkedCard(page: Page, name: string, timeout = 10_000) {
	const card = page.locator('.doc-check-file', { has: page.locator('.doc-check-name', { hasText: name }) });
	await expect.poll(() => card.getAttribute('aria-busy'), { timeout }).toBe('false');
	return card;
}
const linesOf = (card: Awaited<ReturnType<typeof checkedCard>>, status: 'pass' | 'warning' | 'fail' | 'info') => card.locator(`.doc-check-line.is-${status} .doc-check-text`).allTextContents();

async function openChecker(page: Page, locale: 'zh' | 'en') {
	await page.goto(checker(locale));
	await waitForHydration(page);
	await page.locator('#doc-check-input').waitFor();
}

describe('each rule passes and fails on real files chosen through the file input', () => {
	test('a colour photo passes everything; greyscale fails; small and blurred warn; a screenshot warns', async () => {
		const { page, problems } = await openPage(browser());
		await openChecker(page, 'en');
		await page.locator('#doc-check-input').setInputFiles([
			jpeg(colourPhoto, 'licence.jpg'),
			jpeg(greyPhoto, 'copy.jpg'),
			{ name: 'small.png', mimeType: 'image/png', buffer: tinyPhoto },
			jpeg(blurredPhoto, 'shaky.jpg'),
			{ name: 'screen.png', mimeType: 'image/png', buffer: phoneScreenshot },
		]);

		const colour = await checkedCard(page, 'licence.jpg');
		expect(await colour.locator('.doc-check-overall').textContent()).toBe('nothing to fix');
		expect(await linesOf(colour, 'fail')).toEqual([]);
		expect(await linesOf(colour, 'warning')).toEqual([]);
		expect((await linesOf(colour, 'pass')).join('\n')).toMatch(/Format: JPEG[\s\S]*Colour: the image is in colour[\s\S]*Resolution: 1600 × 1200/);

		const grey = await checkedCard(page, 'copy.jpg');
		expect((await linesOf(grey, 'fail')).join()).toContain('black and white');

		const small = await checkedCard(page, 'small.png');
		expect((await linesOf(small, 'warning')).join()).toContain('480 × 360 pixels');
		expect(await linesOf(small, 'fail')).toEqual([]);

		const shaky = await checkedCard(page, 'shaky.jpg');
		expect((await linesOf(shaky, 'warning')).join()).toContain('Sharpness');

		const screen = await checkedCard(page, 'screen.png');
		expect((await linesOf(screen, 'warning')).join()).toContain('1170 × 2532');

		// Each line links to the guide section and, for Amazon's rules, to Amazon's page.
		const greyLine = grey.locator('.doc-check-line.is-fail');
		expect(await greyLine.locator('a').first().getAttribute('href')).toBe('/en/document-requirements/#checklist');
		expect(await greyLine.locator('a').nth(1).getAttribute('href')).toContain('itemID=ZQ9RTTZKQVHXMHF');

		// The summary lists what to fix, and only that.
		const summary = page.locator('.doc-check-summary');
		expect(await summary.locator('h3').allTextContents()).toEqual(['copy.jpg', 'small.png', 'shaky.jpg', 'screen.png']);
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test('files are judged by their bytes, not their names; bad files get a clear message and earlier results stay', async () => {
		const { page, problems } = await openPage(browser());
		await openChecker(page, 'en');
		const input = page.locator('#doc-check-input');
		await input.setInputFiles([jpeg(colourPhoto, 'first.jpg')]);
		await checkedCard(page, 'first.jpg');

		// The files are written to disk and chosen by path, as a reader's are; the two large ones are
		// sparse, so 12 MB and 500 MB are never written, and the checker must judge them by size.
		const onDisk = (name: string, head: number[] | string, size = 4096) => {
			const path = join(folder, name);
			writeFileSync(path, typeof head === 'string' ? Buffer.from(head, 'latin1') : Buffer.from(head));
			truncateSync(path, size);
			return path;
		};
		await input.setInputFiles([
			onDisk('photo.jpg', 'MZ\x90\x00'),
			onDisk('IMG_0042.jpg', HEIC_HEAD),
			onDisk('scan $1.jpg', [0xff, 0xd8, 0xff, 0xe0], 12_000_000),
			onDisk('broken.jpg', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
			onDisk('empty.jpg', [], 0),
			onDisk('huge.jpg', [0xff, 0xd8, 0xff, 0xe0], 500_000_000),
		]);

		expect((await linesOf(await checkedCard(page, 'photo.jpg'), 'fail')).join()).toContain('this is a program');
		expect((await linesOf(await checkedCard(page, 'IMG_0042.jpg'), 'fail')).join()).toContain('HEIC');
		const big = await checkedCard(page, 'scan $1.jpg');
		expect((await linesOf(big, 'fail')).join('\n')).toMatch(/Size: 12 MB[\s\S]*contains \$/);
		expect((await linesOf(big, 'info')).join()).toContain('under 10 MB');
		expect((await linesOf(await checkedCard(page, 'broken.jpg'), 'fail')).join()).toContain('could not be opened');
		expect((await linesOf(await checkedCard(page, 'empty.jpg'), 'fail')).join()).toContain('empty (0 bytes)');
		expect((await linesOf(await checkedCard(page, 'huge.jpg'), 'fail')).join()).toContain('Size: 500 MB');

		// The first file is still there with its result.
		expect(await (await checkedCard(page, 'first.jpg')).locator('.doc-check-overall').textContent()).toBe('nothing to fix');
		expect(problems.pageErrors).toEqual([]);
		await page.context().close();
	});

	test('fifty files at once: the first twenty are checked, the reader is told, and the page answers throughout', async () => {
		const { page } = await openPage(browser());
		await openChecker(page, 'en');
		const files = Array.from({ length: 50 }, (_, index) => jpeg(tinyPhoto, `page-${index + 1}.png`));
		await page.locator('#doc-check-input').setInputFiles(files);
		await expect.poll(() => page.locator('.doc-check-notices').textContent()).toContain('You chose 50 files; the first 20 are checked');
		// While the batch runs, the page still reacts: a control can be used at once.
		await page.locator('.doc-check-select').first().selectOption('passport');
		// Twenty decodes one after another: a wait, not a timing check.
		await checkedCard(page, 'page-20.png', 60_000);
		expect(await page.locator('.doc-check-file').count()).toBe(20);
		expect(await page.locator('.doc-check-file[aria-busy="true"]').count()).toBe(0);
		await page.context().close();
	});

	test('the PDF is checked for format and size only, and says so', async () => {
		const { page } = await openPage(browser());
		await openChecker(page, 'en');
		await page.locator('#doc-check-input').setInputFiles([bytesFile('statement.pdf', '%PDF-1.7\n')]);
		const card = await checkedCard(page, 'statement.pdf');
		expect((await linesOf(card, 'pass')).join('\n')).toMatch(/Size[\s\S]*Format: PDF/);
		expect((await linesOf(card, 'info')).join()).toContain('not checked in PDFs');
		await page.context().close();
	});
});

test('in Chinese, every message is Chinese, with the stated facts answered', async () => {
	const { page } = await openPage(browser());
	await openChecker(page, 'zh');
	await page.locator('#doc-check-input').setInputFiles([jpeg(greyPhoto, '身份证.jpg'), bytesFile('IMG_0042.jpg', HEIC_HEAD)]);
	const card = await checkedCard(page, '身份证.jpg');
	expect((await linesOf(card, 'fail')).join()).toContain('黑白');
	await card.locator('select').selectOption('id-card');
	await card.locator('input[type="date"]').fill('2020-03-01');
	expect((await linesOf(card, 'fail')).join()).toContain('文件已于 2020年3月1日 到期');
	await card.getByLabel('没有到期日期（“长期”）').check();
	expect((await linesOf(card, 'pass')).join()).toContain('没有到期日期');
	expect((await linesOf(await checkedCard(page, 'IMG_0042.jpg'), 'fail')).join()).toContain('兼容性最佳（Most Compatible）');
	expect(await page.locator('.doc-check-summary h2').textContent()).toBe('需要修改的地方');
	await page.context().close();
});

async function tabUntil(page: Page, selector: string, limit = 80) {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

test('keyboard only: choose a file, say what it is, answer, read the result, remove it', async () => {
	const { page } = await openPage(browser());
	await openChecker(page, 'en');
	await tabUntil(page, '#doc-check-input');
	const chooser = page.waitForEvent('filechooser');
	await page.keyboard.press('Space');
	await (await chooser).setFiles([jpeg(colourPhoto, 'passport.jpg')]);
	const card = await checkedCard(page, 'passport.jpg');

	await tabUntil(page, '.doc-check-select');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	expect(await card.locator('select').inputValue()).toBe('passport');
	await tabUntil(page, 'input[type="checkbox"]');
	await page.keyboard.press('Space');
	await tabUntil(page, 'input[type="radio"]');
	await page.keyboard.press('ArrowDown');
	expect((await linesOf(card, 'fail')).join()).toContain('Name: does not match');
	expect((await linesOf(card, 'pass')).join()).toContain('Expiry: no expiry date');
	expect(await card.locator('.doc-check-overall').textContent()).toBe('needs fixing');

	await tabUntil(page, '.doc-check-file button');
	expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove passport.jpg');
	await page.keyboard.press('Enter');
	expect(await page.locator('.doc-check-file').count()).toBe(0);
	expect(await page.locator('[role="status"].sr-only').textContent()).toBe('passport.jpg was removed.');
	await page.context().close();
});

test('while files are checked, the page asks only its own origin for its own code, and breaks no policy', async () => {
	const context = await browser().newContext();
	const origin = new URL(site).origin;
	const violations: string[] = [];
	await context.exposeBinding('reportViolation', (_source, text: string) => violations.push(text));
	await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.effectiveDirective} ${event.blockedURI}`)));
	const page = await context.newPage();
	await page.goto(checker('en'), { waitUntil: 'networkidle' });
	await waitForHydration(page);

	const requests: string[] = [];
	context.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
	await page.locator('#doc-check-input').setInputFiles([
		jpeg(colourPhoto),
		{ name: 'screen.png', mimeType: 'image/png', buffer: phoneScreenshot },
		bytesFile('statement.pdf', '%PDF-1.7\n'),
		bytesFile('IMG_0042.jpg', HEIC_HEAD),
	]);
	await checkedCard(page, 'screen.png');
	await checkedCard(page, 'IMG_0042.jpg');
	await page.waitForLoadState('networkidle');

	// The EXIF reader is the one chunk fetched on demand, for the screen-shaped image.
	expect(requests.length).toBeGreaterThan(0);
	const ownChunk = new RegExp(`^GET ${origin.replace(/[.]/g, '\\.')}/_astro/[\\w.-]+\\.js$`);
	expect(requests.filter((request) => !ownChunk.test(request))).toEqual([]);
	expect(violations).toEqual([]);
	await context.close();
});

describe.each(['light', 'dark'] as const)('axe, %s colour scheme, with results on screen', (colorScheme) => {
	test.each(['en', 'zh'] as const)('%s', async (locale) => {
		const { page } = await openPage(browser(), { bypassCSP: true, colorScheme });
		await openChecker(page, locale);
		await page.locator('#doc-check-input').setInputFiles([jpeg(colourPhoto, 'a.jpg'), jpeg(greyPhoto, 'b.jpg'), { name: 'small.png', mimeType: 'image/png', buffer: tinyPhoto }, bytesFile('c.pdf', '%PDF-1.7\n')]);
		const card = await checkedCard(page, 'b.jpg');
		await card.locator('select').selectOption('business-licence');
		await checkedCard(page, 'c.pdf');
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});

test('without JavaScript the page is the rules as a checklist, with no dead controls', async () => {
	const context = await browser().newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(checker('en'));
	expect(await page.locator('.tool-page :is(input, select, button)').filter({ visible: true }).count()).toBe(0);
	const rules = await page.locator('.doc-rules-list li').allTextContents();
	expect(rules.join('\n')).toMatch(/PNG, TIFF[\s\S]*less than 10 MB[\s\S]*\$, & or #[\s\S]*colour[\s\S]*screenshot/);
	expect(await page.locator('.doc-rules').textContent()).toContain('Our own thresholds');
	await context.close();
});

test('embedded in the document-requirements guide, the checker loads when scrolled to, and works', async () => {
	const { page, problems } = await openPage(browser());
	await page.goto(new URL('en/document-requirements/', site).href, { waitUntil: 'networkidle' });
	expect(await page.locator('#doc-check-input').count()).toBe(0);
	await page.locator('#check-files').scrollIntoViewIfNeeded();
	await page.locator('#doc-check-input').waitFor();
	await page.locator('#doc-check-input').setInputFiles([jpeg(greyPhoto, 'copy.jpg')]);
	expect((await linesOf(await checkedCard(page, 'copy.jpg'), 'fail')).join()).toContain('black and white');
	expect(problems.pageErrors).toEqual([]);
	await page.context().close();
});
