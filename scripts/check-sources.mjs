// npm run check-sources: requests every source URL the guides cite and lists the ones that fail,
// for a maintainer with internet access. Not part of npm test (the test machines have no internet).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';

const GUIDES_DIR = 'src/content/guides';
const TIMEOUT_MS = 15_000;

const files = (await readdir(GUIDES_DIR, { recursive: true })).filter((file) => /\.mdx?$/.test(file));
/** url → the guides that cite it */
const citedBy = new Map();
for (const file of files) {
	const { frontmatter } = parseFrontmatter(await readFile(join(GUIDES_DIR, file), 'utf8'));
	for (const source of frontmatter.sources ?? []) {
		if (source.url) citedBy.set(source.url, [...(citedBy.get(source.url) ?? []), file]);
	}
}

async function check(url) {
	try {
		// Some help centres refuse HEAD, so ask for the page itself.
		const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS), headers: { 'user-agent': 'seller-verification-handbook check-sources' } });
		return response.ok ? null : `HTTP ${response.status}`;
	} catch (error) {
		return error.cause?.code ?? error.name ?? String(error);
	}
}

const results = await Promise.all([...citedBy.keys()].map(async (url) => ({ url, problem: await check(url) })));
const failed = results.filter((result) => result.problem);
for (const { url, problem } of failed) console.log(`✗ ${problem}  ${url}\n    cited by ${citedBy.get(url).join(', ')}`);
console.log(`${results.length - failed.length} of ${results.length} source URLs answered`);
process.exitCode = failed.length ? 1 : 0;
