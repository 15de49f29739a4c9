import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';

// A machine without Chromium still builds the site: the PDF stage says in one line how to get the
// PDFs, and takes the PDF links out of the pages so none of them points at a missing file.

let dir: string;
const page = (unit: string) => `<!doctype html><html lang="en"><body><main><h1>Appeal</h1>${unit}<p>Text</p></main></body></html>`;
const unit = '<p class="pdf-download" data-pdf-needs="/pdf/en/appeal.pdf"><a href="/pdf/en/appeal.pdf">Download PDF (<span data-pdf-size="/pdf/en/appeal.pdf"></span>)</a></p>';

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'pdf-skip-'));
	await mkdir(join(dir, 'en', 'appeal'), { recursive: true });
	await writeFile(join(dir, 'en', 'appeal', 'index.html'), page(unit));
	await writeFile(join(dir, '404.html'), page(''));
});

afterAll(async () => {
	vi.unstubAllEnvs();
	vi.restoreAllMocks();
	await rm(dir, { recursive: true, force: true });
});

// The timeout covers loading the whole PDF stage, Playwright included, on a busy machine.
test('without Chromium the PDF stage skips with one line saying what to install, and removes the PDF links', { timeout: 60_000 }, async () => {
	// Where to find Chromium is read when the module loads.
	vi.stubEnv('CHROMIUM_PATH', join(dir, 'no-chromium-here'));
	const { printPdfs } = await import('../../build/pdf/print-pdfs.mjs');
	const log = vi.spyOn(console, 'log').mockImplementation(() => {});
	const error = vi.spyOn(console, 'error');
	const warn = vi.spyOn(console, 'warn');

	await printPdfs({ outDir: dir, base: '/' });

	expect(error).not.toHaveBeenCalled();
	expect(warn).not.toHaveBeenCalled();
	expect(log).toHaveBeenCalledTimes(1);
	expect(log.mock.calls[0]![0]).toMatch(/^PDFs skipped: no Chromium at .*no-chromium-here.*apt-get install chromium$/);
	expect(await readFile(join(dir, 'en', 'appeal', 'index.html'), 'utf8')).toBe(page(''));
});
