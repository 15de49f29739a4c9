import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, test } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/translate';
import { formatDate } from '../../src/lib/dates';
import { GUIDES_DIR } from '../../src/lib/content-files';
import { splitExplicitId } from '../../src/lib/heading-ids';
import { formatFileSize, guidePdfPath, handbookPdfPath } from '../../src/lib/pdf/files';
import { failureQuiz } from '../../src/lib/quiz/trees/failure-quiz';
import { loginQuiz } from '../../src/lib/quiz/trees/login-quiz';
import { openPage, useChromium } from './support/browser';
import { comparable, pdfDestinations, pdfFonts, pdfInfo, pdfLinks, pdfOutline, pdfPages } from './support/pdf-tools';
import { builtGuides } from './support/site-pages';

/**
 * The PDFs the build prints (scripts/build-pdfs.mjs), read with poppler-utils, in both test
 * builds: what a reader gets, checked against the guides' Markdown sources.
 */

const locales: Locale[] = ['zh', 'en'];
const builds = [
	{ name: 'at the domain root', dir: 'dist' },
	{ name: 'under /handbook/', dir: 'dist-subpath' },
];

interface GuideSource {
	slug: string;
	title: string;
	lastReviewed: Date;
	/** The ## and ### headings, as written. */
	headings: string[];
}

function guideSource(locale: Locale, slug: string): GuideSource {
	const { frontmatter, content } = parseFrontmatter(readFileSync(join(GUIDES_DIR, locale, `${slug}.mdx`), 'utf8'));
	const headings: string[] = [];
	visit(unified().use(remarkParse).use(remarkMdx).use(remarkDirective).parse(content) as Root, 'heading', (heading: Heading) => {
		headings.push(splitExplicitId(toString(heading)).text.trim());
	});
	return { slug, title: String(frontmatter.title), lastReviewed: new Date(String(frontmatter.lastReviewed)), headings };
}

const guides = (locale: Locale) => builtGuides(locale).map((path) => guideSource(locale, path.split('/')[2]!));
const checkerTitles = (locale: Locale) => [failureQuiz.title[locale], loginQuiz.title[locale], useTranslations(locale)('appeal.title')];

/** The public address of a built page, from its canonical link. */
function publicUrl(dir: string, path: string): string {
	const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
	return /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
}

const pdfFile = (dir: string, path: string) => join(dir, path);
const contains = (text: string, part: string) => comparable(text).includes(comparable(part));

describe.each(builds)('the PDFs of the site built $name', ({ dir }) => {
	describe.each(locales)('in %s', (locale) => {
		const t = useTranslations(locale);
		const other = locales.find((candidate) => candidate !== locale)!;
		const siteRoot = publicUrl(dir, locale).slice(0, -`${locale}/`.length);

		test('exist for every guide and the handbook', () => {
			const expected = [...guides(locale).map(({ slug }) => guidePdfPath(locale, slug)), handbookPdfPath(locale)];
			expect(expected.filter((path) => !existsSync(pdfFile(dir, path)))).toEqual([]);
		});

		test.each(guides(locale))('$slug: A4, tagged, titled, by the site, in the page’s language, at most 1 MB', (guide) => {
			const file = pdfFile(dir, guidePdfPath(locale, guide.slug));
			const info = pdfInfo(file);
			expect(info.Title).toBe(guide.title);
			expect(info.Author).toBe(t('site.name'));
			expect(info.Tagged).toBe('yes');
			expect(info['Page size']).toMatch(/^59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)$/);
			expect(Number(info.Pages)).toBeGreaterThanOrEqual(2);
			expect(Number(info.Pages)).toBeLessThanOrEqual(12);
			expect(readFileSync(file).toString('latin1')).toContain(`/Lang (${locale === 'zh' ? 'zh-CN' : 'en'})`);
			expect(statSync(file).size).toBeLessThanOrEqual(1024 * 1024);
		});

		test.each(guides(locale))('$slug: embeds only the print font, by name and with a Unicode map', (guide) => {
			const fonts = pdfFonts(pdfFile(dir, guidePdfPath(locale, guide.slug)));
			expect(fonts.length).toBeGreaterThan(0);
			// Any other font means a character fell back to a system font: Chromium may draw those as Type 3.
			expect(fonts.filter((font) => !(/^[A-Z]{6}\+NotoSansCJKsc-(Regular|Bold)$/.test(font.name) && font.type === 'CID TrueType' && font.embedded && font.unicode))).toEqual([]);
		});

		test.each(guides(locale))('$slug: holds its headings as text, in its language, and as bookmarks', (guide) => {
			const file = pdfFile(dir, guidePdfPath(locale, guide.slug));
			const text = pdfPages(file).join('\n');
			expect([guide.title, ...guide.headings].filter((heading) => !contains(text, heading))).toEqual([]);
			expect(contains(text, guideSource(other, guide.slug).title)).toBe(false);
			const outline = pdfOutline(file);
			expect(outline[0]).toMatchObject({ title: guide.title, page: 1, depth: 1 });
			const bookmarks = new Set(outline.map(({ title }) => comparable(title)));
			expect(guide.headings.filter((heading) => !bookmarks.has(comparable(heading)))).toEqual([]);
		});

		test.each(guides(locale))('$slug: gives the page’s address and review date on the first page', (guide) => {
			const [first] = pdfPages(pdfFile(dir, guidePdfPath(locale, guide.slug)), { first: 1, last: 1 });
			expect(contains(first!, publicUrl(dir, `${locale}/${guide.slug}`))).toBe(true);
			expect(contains(first!, formatDate(guide.lastReviewed, locale))).toBe(true);
		});

		test.each(guides(locale))('$slug: links the public site, never the server it was printed from', (guide) => {
			const { uris, destinations } = pdfLinks(pdfFile(dir, guidePdfPath(locale, guide.slug)));
			expect(uris.filter((uri) => /127\.0\.0\.1|localhost/.test(uri))).toEqual([]);
			expect(uris).toContain(publicUrl(dir, `${locale}/${guide.slug}`));
			// Under a sub-path, a link that lost the base would still be on the site's origin.
			expect(uris.filter((uri) => new URL(uri).origin === new URL(siteRoot).origin && !uri.startsWith(siteRoot))).toEqual([]);
			const names = pdfDestinations(pdfFile(dir, guidePdfPath(locale, guide.slug)));
			expect(destinations.filter((name) => !names.has(name))).toEqual([]);
		});

		describe('the handbook', () => {
			const file = pdfFile(dir, handbookPdfPath(locale));
			const chapters = () => [...guides(locale).map(({ title }) => title), ...checkerTitles(locale)];

			test('is titled, by the site, tagged, and holds every guide and checker but not much else', () => {
				const info = pdfInfo(file);
				expect(info.Title).toBe(t('site.name'));
				expect(info.Author).toBe(t('site.name'));
				expect(info.Tagged).toBe('yes');
				const guidePages = guides(locale).map(({ slug }) => Number(pdfInfo(pdfFile(dir, guidePdfPath(locale, slug))).Pages));
				const total = guidePages.reduce((sum, pages) => sum + pages, 0);
				// Cover and contents, then each guide as long as its own PDF give or take its last page,
				// then the checkers' checklists.
				expect(Number(info.Pages)).toBeGreaterThanOrEqual(2 + total - guidePages.length);
				expect(Number(info.Pages)).toBeLessThanOrEqual(2 + total + 40);
			});

			test('embeds only the print font', () => {
				expect(pdfFonts(file).filter((font) => !/^[A-Z]{6}\+NotoSansCJKsc-(Regular|Bold)$/.test(font.name) || font.type !== 'CID TrueType' || !font.unicode)).toEqual([]);
			});

			test('lists every guide and checker in its contents, with the page each starts on', () => {
				const pages = pdfPages(file, { layout: true });
				const top = (page: string) => page.split('\n').filter((line) => line.trim() !== '').slice(0, 4).join('');
				const contentsAt = pages.findIndex((page) => contains(top(page), t('pdf.contents')));
				expect(contentsAt).toBeGreaterThan(0);
				const contents = pages.slice(contentsAt, contentsAt + 2).join('\n');
				for (const title of chapters()) {
					// An entry ends with its page number; the part headings ("Support and FAQ") have none.
					const line = contents.split('\n').find((candidate) => /\d\s*$/.test(candidate) && contains(candidate, title));
					expect(line, `${title} in the contents`).toBeDefined();
					const page = Number(/(\d+)\s*$/.exec(line!)?.[1]);
					// The chapter's title opens its first page, right under the running header.
					expect(contains(top(pages[page - 1]!), title), `${title} on page ${page}`).toBe(true);
				}
			});

			test('has a bookmark for every chapter', () => {
				const bookmarks = pdfOutline(file).filter(({ depth }) => depth === 1).map(({ title }) => comparable(title));
				expect(chapters().filter((title) => !bookmarks.includes(comparable(title)))).toEqual([]);
			});

			test('links chapters to each other inside the document, and the rest of the site at its public address', () => {
				const { uris, destinations } = pdfLinks(file);
				const names = pdfDestinations(file);
				expect(destinations.length).toBeGreaterThan(50);
				expect(destinations.filter((name) => !names.has(name))).toEqual([]);
				expect(destinations).toContain('appeal--video-call');
				expect(uris.filter((uri) => /127\.0\.0\.1|localhost/.test(uri))).toEqual([]);
				// Pages printed in the handbook are reached inside it, not online; only the page addresses under the titles go there.
				const printed = guides(locale).map(({ slug }) => `${siteRoot}${locale}/${slug}/`);
				expect(uris.filter((uri) => printed.some((page) => uri.startsWith(`${page}#`)))).toEqual([]);
			});

			test('shows the checkers as their printable checklists', () => {
				const text = pdfPages(file).join('\n');
				expect(contains(text, t('quiz.checklistTitle'))).toBe(true);
				for (const outcome of failureQuiz.outcomes) expect(contains(text, outcome.title[locale]), outcome.id).toBe(true);
				expect(contains(text, t('appeal.noScriptLink'))).toBe(true);
				// Paper gets its own wording; "without JavaScript" means nothing there.
				expect(contains(text, t('quiz.checklistIntroPrint'))).toBe(true);
				expect(contains(text, t('appeal.noScriptPrint'))).toBe(true);
				expect(contains(text, t('quiz.checklistIntro'))).toBe(false);
				expect(contains(text, t('appeal.noScript'))).toBe(false);
			});
		});
	});
});

describe('the PDF links on the pages', () => {
	const browser = useChromium();

	test.each(locales.flatMap((locale) => [390, 1280].map((width) => ({ locale, width }))))(
		'a guide in $locale at $width px shows a download link with the file’s size',
		async ({ locale, width }) => {
			const { page } = await openPage(browser(), { viewport: { width, height: 800 } });
			await page.goto(new URL(`${locale}/appeal/`, inject('rootSiteUrl')).href);
			const link = page.locator('.pdf-download a');
			await expect(link.isVisible()).resolves.toBe(true);
			const size = formatFileSize(statSync(join('dist', guidePdfPath(locale, 'appeal'))).size);
			const label = useTranslations(locale)('pdf.download') + useTranslations(locale)('pdf.size').replace('{size}', size);
			expect(await link.textContent()).toBe(label);
			expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toBe(guidePdfPath(locale, 'appeal'));
			const box = await link.boundingBox();
			expect(box!.height).toBeGreaterThanOrEqual(24);
			await page.context().close();
		},
	);

	test.each(locales)('the %s start page links both handbooks with their sizes', async (locale) => {
		const { page } = await openPage(browser());
		await page.goto(new URL(`${locale}/`, inject('rootSiteUrl')).href);
		const links = page.locator('.handbook-downloads a');
		await expect(links.count()).resolves.toBe(2);
		for (const [index, language] of [locale, locales.find((other) => other !== locale)!].entries()) {
			const link = links.nth(index);
			expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toBe(handbookPdfPath(language));
			expect(await link.textContent()).toContain(formatFileSize(statSync(join('dist', handbookPdfPath(language))).size));
		}
		await page.context().close();
	});

	test('the print font is fetched for printing only, never for the screen', async () => {
		const { page } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
		const fonts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'font') fonts.push(request.url());
		});
		await page.goto(new URL('zh/appeal/', inject('rootSiteUrl')).href, { waitUntil: 'networkidle' });
		expect(fonts).toEqual([]);
		await page.emulateMedia({ media: 'print' });
		await page.evaluate(() => document.fonts.load('1em "Handbook Print Sans"', '申'));
		expect(fonts.length).toBeGreaterThan(0);
		await page.context().close();
	});
});
