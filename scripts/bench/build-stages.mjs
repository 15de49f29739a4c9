// Builds a copy of the project stage by stage and times each stage. The bench builds in copies
// under .bench/ so it never touches the working tree's dist/ or .astro/, which other builds may be
// using, and so the tenfold content is measured the same way as the real one (cold caches, as CI).
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyGuideSource, copySlug } from './multiply-guides.ts';

/** Generated and installed folders that a build does not read from the source tree. */
const NOT_COPIED = new Set(['node_modules', '.git', '.astro', '.bench', '.cache', '.tmp', 'bench-results', 'test-results', 'screenshots']);
const GUIDES_DIR = 'src/content/guides';

/** A fresh copy of the project at `to`, sharing the installed node_modules. */
export async function copyProject(from, to) {
	await rm(to, { recursive: true, force: true });
	await mkdir(to, { recursive: true });
	for (const entry of await readdir(from)) {
		if (NOT_COPIED.has(entry) || entry === 'dist' || entry.startsWith('dist-')) continue;
		await cp(join(from, entry), join(to, entry), { recursive: true });
	}
	await symlink(join(from, 'node_modules'), join(to, 'node_modules'));
}

/** Adds `factor - 1` copies of every guide in every language; returns the number of guides. */
export async function multiplyGuides(projectDir, factor) {
	let guides = 0;
	for (const locale of await readdir(join(projectDir, GUIDES_DIR))) {
		const dir = join(projectDir, GUIDES_DIR, locale);
		for (const file of (await readdir(dir)).filter((name) => /\.mdx?$/.test(name))) {
			const source = await readFile(join(dir, file), 'utf8');
			for (let copy = 1; copy < factor; copy++) {
				const [, slug, extension] = /^(.*)(\.mdx?)$/.exec(file);
				await writeFile(join(dir, `${copySlug(slug, copy)}${extension}`), copyGuideSource(source, copy));
			}
			guides += factor;
		}
	}
	return guides;
}

export async function countGuides(projectDir) {
	let guides = 0;
	for (const locale of await readdir(join(projectDir, GUIDES_DIR))) {
		guides += (await readdir(join(projectDir, GUIDES_DIR, locale))).filter((name) => /\.mdx?$/.test(name)).length;
	}
	return guides;
}

async function filesUnder(dir) {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
	return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function totalBytes(files) {
	let total = 0;
	for (const file of files) total += (await stat(file)).size;
	return total;
}

/**
 * Runs the stages of scripts/build.mjs one by one, in its order, in `projectDir` (output in its
 * dist/) and times them. The PDF stage is left out when `pdf` is false.
 */
export async function buildStages(projectDir, { pdf }) {
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: 'dist', BASE_PATH: '/' };
	// Errors and warnings still show; the stages' progress lines would bury the table.
	const timed = (command, args) => {
		const start = performance.now();
		execFileSync(command, args, { cwd: projectDir, env, stdio: ['ignore', 'ignore', 'inherit'] });
		return performance.now() - start;
	};
	const astroMs = timed('astro', ['build', '--force', '--silent']);
	const pagefindMs = timed(process.execPath, ['scripts/build-search-index.mjs', 'dist']);
	const pdfMs = pdf ? timed(process.execPath, ['scripts/build-pdfs.mjs', 'dist']) : null;
	const headersMs = timed(process.execPath, ['scripts/build-headers.mjs', 'dist']);

	const outDir = join(projectDir, 'dist');
	const files = await filesUnder(outDir);
	const guidePdfs = files.filter((file) => file.endsWith('.pdf') && !file.endsWith('handbook.pdf'));
	return {
		outDir,
		pages: files.filter((file) => file.endsWith('.html')).length,
		astroMs,
		pagefindMs,
		pdfMs,
		headersMs,
		indexBytes: await totalBytes(await filesUnder(join(outDir, 'pagefind'))),
		largestGuidePdfBytes: guidePdfs.length ? Math.max(...(await Promise.all(guidePdfs.map(async (file) => (await stat(file)).size)))) : null,
	};
}
