import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';

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
	await rm(dir, { recursive: true, force: true });
});

test('without Chromium the PDF stage skips with one line saying what to install, and removes the PDF links', async () => {
	const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/build-pdfs.mjs', dir], {
		env: { ...process.env, CHROMIUM_PATH: join(dir, 'no-chromium-here') },
	});
	expect(stderr).toBe('');
	expect(stdout.trim().split('\n')).toHaveLength(1);
	expect(stdout).toMatch(/^PDFs skipped: no Chromium at .*no-chromium-here.*apt-get install chromium$/m);
	expect(await readFile(join(dir, 'en', 'appeal', 'index.html'), 'utf8')).toBe(page(''));
});
