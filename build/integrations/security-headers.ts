// Writes <outDir>/_headers: each built page's Content-Security-Policy and referrer policy, read
// from its <meta> tags, as HTTP headers for hosts that read the file (why and how: build/headers-file.ts).
// Fails when a page lacks either policy, so no page ships without them.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile, headerRules, type PagePolicy } from '../headers-file.ts';
import { htmlFiles } from '../html-files.ts';
import { doneLine } from '../stage-log.ts';

export default function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { rules, pages } = await writeHeadersFile({ outDir: fileURLToPath(dir), base });
				logger.info(doneLine(`wrote _headers: ${rules} rule${rules === 1 ? '' : 's'} for ${pages} pages`, started));
			},
		},
	};
}

const attribute = (tag: string | undefined, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag ?? '')?.[1];
const decode = (value: string) => value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
const metaContent = (html: string, pattern: string) => {
	const content = attribute(html.match(new RegExp(`<meta[^>]*${pattern}[^>]*>`, 'i'))?.[0], 'content');
	return content === undefined ? undefined : decode(content);
};

async function writeHeadersFile({ outDir, base }: { outDir: string; base: string }): Promise<{ rules: number; pages: number }> {
	const pages: PagePolicy[] = [];
	for (const file of await htmlFiles(outDir)) {
		const html = await readFile(join(outDir, file), 'utf8');
		const path = `/${file}`.replace(/index\.html$/, '');
		const csp = metaContent(html, 'http-equiv="content-security-policy"');
		const referrer = metaContent(html, 'name="referrer"');
		if (!csp || !referrer) throw new Error(`${join(outDir, file)} has no ${csp ? 'referrer policy' : 'Content-Security-Policy'} <meta>`);
		pages.push({ path, csp, referrer });
	}
	const rules = headerRules(pages, base);
	await writeFile(join(outDir, '_headers'), formatHeadersFile(rules));
	return { rules: rules.length, pages: pages.length };
}
