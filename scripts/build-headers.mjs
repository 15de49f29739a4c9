// Writes <outDir>/_headers: each built page's Content-Security-Policy and referrer policy, read
// from its <meta> tags, as HTTP headers for hosts that read the file (why and how: src/lib/headers-file.ts).
// Fails when a page lacks either policy, so no page ships without them.
// Usage: BASE_PATH=/handbook/ node scripts/build-headers.mjs <outDir>
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatHeadersFile, headerRules } from '../src/lib/headers-file.ts';

const outDir = process.argv[2] || 'dist';
const base = process.env.BASE_PATH || '/';

const attribute = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag ?? '')?.[1];
const decode = (value) => value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
const metaContent = (html, pattern) => {
	const content = attribute(html.match(new RegExp(`<meta[^>]*${pattern}[^>]*>`, 'i'))?.[0], 'content');
	return content === undefined ? undefined : decode(content);
};

const pages = [];
for (const file of (await readdir(outDir, { recursive: true })).filter((name) => name.endsWith('.html')).sort()) {
	const html = await readFile(join(outDir, file), 'utf8');
	const path = `/${file.replaceAll('\\', '/')}`.replace(/index\.html$/, '');
	const csp = metaContent(html, 'http-equiv="content-security-policy"');
	const referrer = metaContent(html, 'name="referrer"');
	if (!csp || !referrer) throw new Error(`${join(outDir, file)} has no ${csp ? 'referrer policy' : 'Content-Security-Policy'} <meta>`);
	pages.push({ path, csp, referrer });
}
const rules = headerRules(pages, base);
await writeFile(join(outDir, '_headers'), formatHeadersFile(rules));
console.log(`Wrote ${outDir}/_headers: ${rules.length} rule${rules.length === 1 ? '' : 's'} for ${pages.length} pages`);
