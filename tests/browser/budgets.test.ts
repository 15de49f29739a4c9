import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Budgets } from '../../scripts/bench/budgets';
import { resourceKind } from '../../scripts/bench/resources';
import { useChromium } from './support/browser';
import { builtFile, gzipSize, moduleClosure } from './support/page-bytes';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Budgets;
const browser = useChromium();
const site = inject('rootSiteUrl');
const outDir = 'dist';

const pages = Object.entries(budgets.pageTypes).flatMap(([type, budget]) => budget.paths.map((path) => ({ type, path, budget })));

describe('byte budgets per page type (gzip -9), first load with an empty cache, before any interaction', () => {
	test.each(pages)('$type page $path', async ({ path, budget }) => {
		const context = await browser().newContext();
		const page = await context.newPage();
		const requested = new Set<string>();
		page.on('request', (request) => {
			if (/^https?:/.test(request.url())) requested.add(request.url().replace(/#.*$/, ''));
		});
		await page.goto(new URL(path.slice(1), site).href, { waitUntil: 'networkidle' });
		// Inline scripts are part of the HTML's bytes, and also JavaScript the page runs.
		const inlineScripts = await page.evaluate(() =>
			[...document.querySelectorAll('script:not([src])')].filter((script) => !/json/.test(script.getAttribute('type') ?? '')).map((script) => script.textContent ?? ''),
		);
		await context.close();

		const sizes = { html: 0, css: 0, js: 0, font: 0, other: 0 };
		for (const url of requested) {
			const file = builtFile(outDir, site, url);
			sizes[resourceKind(file)] += gzipSize(readFileSync(file));
		}
		const figures = {
			htmlCssGzip: sizes.html + sizes.css,
			jsGzip: sizes.js + inlineScripts.reduce((sum, script) => sum + gzipSize(script), 0),
			totalGzip: sizes.html + sizes.css + sizes.js + sizes.font + sizes.other,
		};
		expect(sizes.html, 'the page itself was measured').toBeGreaterThan(0);
		const over = Object.entries(figures)
			.filter(([name, bytes]) => bytes > budget[name as keyof typeof figures])
			.map(([name, bytes]) => `${name}: ${bytes} B > ${budget[name as keyof typeof figures]} B`);
		expect(over).toEqual([]);
	});
});

/**
 * The islands of the built site: each <astro-island>'s component and renderer, and each module
 * script parked in a <template> to be inserted on first use (the search dialog).
 */
function islands(): Map<string, string[]> {
	const found = new Map<string, string[]>();
	for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
		const html = readFileSync(join(outDir, file), 'utf8');
		for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
			const component = /\scomponent-url="([^"]+)"/.exec(tag)![1]!;
			const renderer = /\srenderer-url="([^"]+)"/.exec(tag)![1]!;
			found.set(basename(component), [component, renderer]);
		}
		for (const [, template] of html.matchAll(/<template\b[^>]*>([\s\S]*?)<\/template>/g)) {
			for (const [, src] of template!.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)) found.set(basename(src!), [src!]);
		}
	}
	return found;
}

/** A line of Preact's own code (its list of unitless CSS properties), to find Preact inside a bundle. */
const PREACT_CODE = '/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i';

test('each island loads at most islandJsGzip of JavaScript, Preact and shared chunks included', () => {
	const found = islands();
	// The failure and login quizzes share one island; the generator, the document, e-mail and INFORM checkers, the search page and the search dialog have their own.
	expect([...found.keys()].map((name) => name.replace(/\..*$/, ''))).toEqual(
		expect.arrayContaining(['AppealComposer', 'DocumentCheck', 'QuizRunner', 'EmailChecker', 'InformChecker', 'SearchDialogLoader', 'SearchPanel']),
	);
	const over: string[] = [];
	for (const [name, entries] of found) {
		const files = moduleClosure(outDir, site, entries.map((entry) => new URL(entry, site).href));
		// Preact is counted: the closure reaches Preact's chunk, or the island is one file that holds
		// Preact's code itself (the search dialog, build/integrations/single-file-script.ts).
		const holdsPreact = files.some((file) => basename(file).startsWith('preact.') || readFileSync(file, 'utf8').includes(PREACT_CODE));
		expect(holdsPreact, `${name} is followed to Preact`).toBe(true);
		const bytes = files.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
		if (bytes > budgets.islandJsGzip) over.push(`${name}: ${bytes} B > ${budgets.islandJsGzip} B (${files.map((file) => basename(file)).join(', ')})`);
	}
	expect(over).toEqual([]);
});
