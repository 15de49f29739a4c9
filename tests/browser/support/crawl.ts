import type { Browser } from 'playwright-core';

export interface CrawledPage {
	url: string;
	status: number;
	lang: string | null;
	ids: Set<string>;
}

export interface CrawlResult {
	pages: Map<string, CrawledPage>;
	/** Every same-origin reference found: page → target (links, stylesheets, scripts, icons). */
	references: { from: string; to: string }[];
	/** Links to other origins, with their rel attribute. */
	externalLinks: { from: string; to: string; rel: string }[];
}

/**
 * Follows every same-origin link from `startUrl` with scripts off, so the crawl sees the HTML as
 * served (the start page's language redirect would otherwise move it away).
 */
export async function crawlSite(browser: Browser, startUrl: string): Promise<CrawlResult> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const origin = new URL(startUrl).origin;
	const pages = new Map<string, CrawledPage>();
	const references: CrawlResult['references'] = [];
	const externalLinks: CrawlResult['externalLinks'] = [];
	const queue = [startUrl];

	while (queue.length > 0) {
		const url = queue.shift()!;
		if (pages.has(url)) continue;
		// Chromium downloads a PDF rather than showing it, so PDF links are fetched instead.
		if (new URL(url).pathname.endsWith('.pdf')) {
			pages.set(url, { url, status: (await context.request.get(url)).status(), lang: null, ids: new Set() });
			continue;
		}
		const response = await page.goto(url);
		const status = response?.status() ?? 0;
		const isHtml = (response?.headers()['content-type'] ?? '').includes('text/html');
		if (!isHtml) {
			pages.set(url, { url, status, lang: null, ids: new Set() });
			continue;
		}
		const found = await page.evaluate(() => ({
			lang: document.documentElement.getAttribute('lang'),
			ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
			links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => ({ href: a.href, rel: a.rel })),
			assets: [
				...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].filter((link) => !['canonical', 'alternate'].includes(link.rel)).map((link) => link.href),
				...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => script.src),
			],
		}));
		pages.set(url, { url, status, lang: found.lang, ids: new Set(found.ids) });
		for (const { href, rel } of found.links) {
			const target = new URL(href);
			if (target.origin !== origin) {
				externalLinks.push({ from: url, to: href, rel });
				continue;
			}
			references.push({ from: url, to: href });
			target.hash = '';
			if (!pages.has(target.href)) queue.push(target.href);
		}
		for (const asset of found.assets) {
			if (new URL(asset).origin !== origin) {
				externalLinks.push({ from: url, to: asset, rel: 'asset' });
				continue;
			}
			references.push({ from: url, to: asset });
			if (!pages.has(asset)) queue.push(asset);
		}
	}
	await context.close();
	return { pages, references, externalLinks };
}

/** References whose target did not load, or whose #anchor is not an id on the target page. */
export function brokenReferences({ pages, references }: CrawlResult): string[] {
	const broken: string[] = [];
	for (const { from, to } of references) {
		const target = new URL(to);
		const hash = decodeURIComponent(target.hash.slice(1));
		target.hash = '';
		const page = pages.get(target.href);
		if (!page || page.status !== 200) broken.push(`${from} → ${to}: status ${page?.status ?? 'not fetched'}`);
		else if (hash && !page.ids.has(hash)) broken.push(`${from} → ${to}: no element with id "${hash}"`);
	}
	return [...new Set(broken)];
}
