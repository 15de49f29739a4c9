import { beforeAll, describe, expect, inject, test } from 'vitest';
import { useChromium } from './support/browser';
import { brokenReferences, crawlSite, type CrawlResult } from './support/crawl';
import { builtGuides } from './support/site-pages';

const browser = useChromium();

const builds = [
	{ name: 'built at the domain root', url: () => inject('rootSiteUrl'), base: '/' },
	{ name: 'built under /handbook/', url: () => inject('subpathSiteUrl'), base: '/handbook/' },
];

describe.each(builds)('the site $name', ({ url, base }) => {
	let crawl: CrawlResult;
	beforeAll(async () => {
		crawl = await crawlSite(browser(), url());
	});

	test('reaches both languages, every guide and the search pages from the start page', () => {
		const paths = [...crawl.pages.keys()].map((page) => new URL(page).pathname);
		for (const locale of ['zh', 'en']) {
			expect(paths).toContain(`${base}${locale}/`);
			expect(paths).toContain(`${base}${locale}/search/`);
			expect(paths.filter((path) => path.startsWith(`${base}${locale}/`) && path.endsWith('/')).length).toBeGreaterThanOrEqual(12);
		}
	});

	test('links every guide’s PDF from its page and both handbooks from each start page', () => {
		const pdfLinks = (from: string) =>
			crawl.references.filter((reference) => new URL(reference.from).pathname === `${base}${from}` && reference.to.endsWith('.pdf')).map(({ to }) => new URL(to).pathname);
		for (const locale of ['zh', 'en']) {
			expect(pdfLinks(`${locale}/`).sort()).toEqual([`${base}pdf/en/handbook.pdf`, `${base}pdf/zh/handbook.pdf`]);
			for (const guide of builtGuides(locale as 'zh' | 'en')) expect(pdfLinks(guide.slice(1))).toEqual([`${base}pdf${guide.slice(0, -1)}.pdf`]);
		}
	});

	test('every internal link, asset and #anchor resolves', () => {
		expect(brokenReferences(crawl)).toEqual([]);
	});

	test('every page stays under the base path', () => {
		const outside = crawl.references.filter(({ to }) => !new URL(to).pathname.startsWith(base));
		expect(outside).toEqual([]);
	});

	test('every page declares the language it is written in', () => {
		const wrong = [...crawl.pages.values()]
			.filter((page) => page.lang !== null)
			.filter((page) => {
				const path = new URL(page.url).pathname.slice(base.length - 1);
				const expected = path.startsWith('/en/') ? 'en' : 'zh-CN';
				return page.lang !== expected;
			})
			.map((page) => `${page.url}: lang="${page.lang}"`);
		expect(wrong).toEqual([]);
	});

	test('links to other sites carry rel="noopener noreferrer" and no asset comes from another origin', () => {
		const bad = crawl.externalLinks.filter(({ rel }) => !(rel.includes('noopener') && rel.includes('noreferrer')));
		expect(bad).toEqual([]);
	});
});
