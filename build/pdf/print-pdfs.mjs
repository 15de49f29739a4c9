// The build's PDF stage. Prints the PDFs from the built site with Chromium: one per guide and one
// handbook per language (cover, contents with page numbers, every guide, the checkers' printable
// checklists), into <outDir>/pdf/<language>/. Then fills in the sizes on the pages' PDF links, or
// removes the links when no PDFs could be made.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { chromiumPath, launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { fillPlaceholders } from '../../src/i18n/fill.ts';
import { locales } from '../../src/i18n/locales.ts';
import { en } from '../../src/i18n/ui/en.ts';
import { zh } from '../../src/i18n/ui/zh.ts';
import { guidePdfPath, handbookPdfPath } from '../../src/lib/pdf/files.ts';
import { htmlFiles } from '../html-files.ts';
import { finishPdfLinks, formatFileSize } from './download-links.ts';
import { chapterPages, contentsHtml, coverHtml } from './handbook.ts';
import { documentHref, documentId } from './links.ts';
import { amendPdf, destinationPages } from './pdf-file.ts';

const INSTALL = 'apt-get install chromium';
const PRINT_FONT = 'Handbook Print Sans';
const strings = { zh, en };
/** Attributes that refer to ids, renamed with them when pages become chapters of a handbook. */
const ID_REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers'];

/** Fills in the size of every PDF link, and removes the links to PDFs that were not made. */
async function finishLinks(outDir, made) {
	for (const file of await htmlFiles(outDir)) {
		const html = await readFile(join(outDir, file), 'utf8');
		if (html.includes('data-pdf-needs')) await writeFile(join(outDir, file), finishPdfLinks(html, (path) => made.get(path), formatFileSize));
	}
}

const cssString = (text) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;

/**
 * Loads a page of the build with scripts off: what a reader without JavaScript gets, so each
 * checker shows its static checklist. Fails when the print font does not load: Chromium would
 * print with a system font, maybe as unnamed Type 3 glyphs.
 */
async function openForPrint(page, url) {
	await page.goto(url);
	await page.emulateMedia({ media: 'print' });
	const loaded = await page.evaluate(async (family) => {
		const faces = await Promise.all([400, 700].map((weight) => document.fonts.load(`${weight} 1em "${family}"`, '中A')));
		return faces.every((loaded) => loaded.some((face) => face.status === 'loaded'));
	}, PRINT_FONT);
	if (!loaded) throw new Error(`The print font "${PRINT_FONT}" did not load on ${url}`);
}

/** Points every link of the page where the document needs it (see links.ts). */
async function rewriteLinks(page, scope, context) {
	const hrefs = await page.$$eval(`${scope} a[href]`, (links) => [...new Set(links.map((link) => link.href))]);
	const targets = Object.fromEntries(hrefs.map((href) => [href, documentHref(href, context)]));
	await page.$$eval(`${scope} a[href]`, (links, targets) => links.forEach((link) => link.setAttribute('href', targets[link.href] ?? link.href)), targets);
}

async function printPdf(page, { title, printTitle, author, subject }) {
	const headings = await page.evaluate(
		({ title, printTitle }) => {
			document.title = title;
			document.documentElement.style.setProperty('--print-title', printTitle);
			return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => heading.textContent.trim());
		},
		{ title, printTitle: cssString(printTitle) },
	);
	const pdf = await page.pdf({ preferCSSPageSize: true, outline: true, tagged: true });
	return { pdf, amended: () => amendPdf(pdf, { title, author, subject }, headings) };
}

/** The language's start page: its public address and the navigation, which orders the handbook. */
async function readSite(page, localRoot, locale) {
	await page.goto(new URL(`${locale}/`, localRoot).href);
	const found = await page.evaluate(() => ({
		canonical: document.querySelector('link[rel="canonical"]')?.href ?? '',
		// The first of the page's navigations: the phone menu repeats it.
		parts: [...(document.querySelector('.guide-nav')?.querySelectorAll('section') ?? [])].map((section) => ({
			title: section.querySelector('h2')?.textContent?.trim() ?? '',
			hrefs: [...section.querySelectorAll('a[href]')].map((link) => link.href),
		})),
	}));
	if (!found.canonical.endsWith(`/${locale}/`)) throw new Error(`The start page /${locale}/ has no canonical address`);
	const path = (href) => `/${new URL(href).pathname.slice(new URL(localRoot).pathname.length)}`;
	return {
		publicRoot: found.canonical.slice(0, -`${locale}/`.length),
		parts: found.parts.map(({ title, hrefs }) => ({ title, pages: hrefs.map((href) => ({ path: path(href), slug: path(href).split('/').at(-2) })) })),
	};
}

async function printGuide(page, localRoot, site, locale, { path, slug }) {
	const t = (key) => strings[locale][key];
	await rewriteLinks(page, 'body', { localRoot, publicRoot: site.publicRoot, chapters: new Map([[path, '']]) });
	const { title, subject } = await page.evaluate(() => ({
		title: document.querySelector('main h1')?.textContent?.trim() ?? '',
		subject: document.querySelector('meta[name="description"]')?.content ?? '',
	}));
	const { amended } = await printPdf(page, { title, printTitle: `${title} · ${t('site.name')}`, author: t('site.name'), subject });
	return { file: guidePdfPath(locale, slug), pdf: amended() };
}

/**
 * One page as a chapter of the handbook: its main content, with ids prefixed by the chapter's and
 * links pointed inside the handbook. Islands (the checkers' forms) need JavaScript and mean
 * nothing on paper, so only their static fallback, the <noscript> content, stays.
 */
async function readChapter(page, context, slug) {
	const ids = await page.evaluate(() => {
		const root = document.querySelector('main > .article');
		if (!root) throw new Error(`${location.pathname} has no main .article to print`);
		root.querySelectorAll('astro-island').forEach((island) => island.remove());
		root.querySelectorAll('noscript').forEach((fallback) => fallback.replaceWith(...fallback.childNodes));
		return [...root.querySelectorAll('[id]')].map((element) => element.id);
	});
	await rewriteLinks(page, 'main > .article', context);
	const renamed = Object.fromEntries(ids.map((id) => [id, documentId(slug, id)]));
	return page.evaluate(
		({ slug, renamed, references }) => {
			const root = document.querySelector('main > .article');
			root.querySelectorAll('[id]').forEach((element) => (element.id = renamed[element.id]));
			for (const name of references) {
				for (const element of root.querySelectorAll(`[${name}]`)) {
					element.setAttribute(name, element.getAttribute(name).split(/\s+/).map((id) => renamed[id] ?? id).join(' '));
				}
			}
			const reviewed = root.querySelector('.last-reviewed time');
			return {
				title: root.querySelector('h1').textContent.trim(),
				html: `<div class="handbook-chapter" id="${slug}">${root.outerHTML}</div>`,
				reviewed: reviewed ? { date: reviewed.getAttribute('datetime'), text: reviewed.parentElement.textContent.trim() } : null,
			};
		},
		{ slug, renamed, references: ID_REFERENCES },
	);
}

async function printHandbook(page, localRoot, site, locale) {
	const t = (key) => strings[locale][key];
	const context = { localRoot, publicRoot: site.publicRoot, chapters: new Map(site.parts.flatMap(({ pages }) => pages.map(({ path, slug }) => [path, slug]))) };
	const chapters = new Map();
	for (const { path, slug } of site.parts.flatMap(({ pages }) => pages)) {
		await page.goto(new URL(path.slice(1), localRoot).href);
		chapters.set(slug, await readChapter(page, context, slug));
	}
	// The contents name each chapter by its heading, which can say more than its menu label.
	const parts = site.parts.map(({ title, pages }) => ({ title, chapters: pages.map(({ slug }) => ({ id: slug, title: chapters.get(slug).title })) }));
	const latest = [...chapters.values()].map(({ reviewed }) => reviewed).filter(Boolean).sort((a, b) => b.date.localeCompare(a.date))[0];
	const cover = coverHtml({
		title: t('site.name'),
		description: t('site.description'),
		reviewed: latest?.text ?? '',
		addressLine: t('pdf.handbookAddress'),
		address: `${site.publicRoot}${locale}/`,
		independence: t('footer.independent'),
	});

	// The start page lends the handbook its <head>: the language, the stylesheet, the policy.
	await openForPrint(page, new URL(`${locale}/`, localRoot).href);
	await page.evaluate(
		({ html }) => {
			document.querySelector('.site-footer')?.remove();
			document.querySelector('main').innerHTML = html;
		},
		{ html: [cover, '<nav class="handbook-contents"></nav>', ...[...chapters.values()].map(({ html }) => html)].join('\n') },
	);
	const info = { title: t('site.name'), printTitle: t('site.name'), author: t('site.name'), subject: t('site.description') };
	// On paper a link inside the handbook shows the page it leads to, " (p. 12)", where the rest of
	// the site shows its address. The pages are known once the handbook is printed, and writing them
	// in can move what follows, so it is printed again until no page moves (normally twice).
	let destinations = new Map();
	for (let printing = 1; printing <= 4; printing++) {
		const references = Object.fromEntries([...destinations].map(([id, number]) => [id, fillPlaceholders(t('pdf.pageReference'), { page: String(number) })]));
		await page.evaluate(
			({ contents, references, unknown }) => {
				document.querySelector('.handbook-contents').outerHTML = contents;
				for (const link of document.querySelectorAll('.handbook-chapter a[href^="#"]')) link.dataset.printPage = references[link.getAttribute('href').slice(1)] ?? unknown;
			},
			{ contents: contentsHtml(t('pdf.contents'), parts, printing === 1 ? null : chapterPages(parts, destinations)), references, unknown: fillPlaceholders(t('pdf.pageReference'), { page: '00' }) },
		);
		const { pdf, amended } = await printPdf(page, info);
		const printed = destinationPages(pdf);
		if (!chapterPages(parts, printed)) throw new Error(`The ${locale} handbook lost a chapter's link target while printing`);
		if (printing > 1 && printed.size === destinations.size && [...printed].every(([id, number]) => destinations.get(id) === number)) {
			return { file: handbookPdfPath(locale), pdf: amended() };
		}
		destinations = printed;
	}
	throw new Error(`The ${locale} handbook's page numbers did not settle after four printings`);
}

/** Prints one language's PDFs into `outDir`; returns their site-relative paths. */
async function printLanguage(browser, localRoot, locale, outDir) {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const site = await readSite(page, localRoot, locale);
	const printed = [];
	for (const { pages } of site.parts) {
		for (const guide of pages) {
			await openForPrint(page, new URL(guide.path.slice(1), localRoot).href);
			// Guides are articles; the checkers are forms and come only in the handbook.
			if (await page.$('main > article')) printed.push(await printGuide(page, localRoot, site, locale, guide));
		}
	}
	printed.push(await printHandbook(page, localRoot, site, locale));
	await context.close();
	await mkdir(join(outDir, dirname(handbookPdfPath(locale))), { recursive: true });
	for (const { file, pdf } of printed) await writeFile(join(outDir, file), pdf);
	return printed.map(({ file }) => file);
}

/**
 * Prints the PDFs of the site built in `outDir` and served under `base`. Without Chromium it says
 * in one line what to install and takes the PDF links out of the pages.
 */
export async function printPdfs({ outDir, base }) {
	if (!existsSync(chromiumPath)) {
		console.log(`PDFs skipped: no Chromium at ${chromiumPath} (or set CHROMIUM_PATH). To make them: ${INSTALL}`);
		await rm(join(outDir, 'pdf'), { recursive: true, force: true });
		await finishLinks(outDir, new Map());
		return;
	}
	const started = performance.now();
	const server = await startStaticServer({ root: outDir, base });
	const browser = await launchChromium();
	let printed;
	try {
		// One language per core.
		printed = await Promise.all(locales.map((locale) => printLanguage(browser, server.url, locale, outDir)));
	} finally {
		await browser.close();
		await server.close();
	}
	const made = new Map();
	for (const file of printed.flat()) made.set(file, (await stat(join(outDir, file))).size);
	await finishLinks(outDir, made);
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`Printed ${made.size} PDFs into ${join(outDir, 'pdf')}/ in ${seconds} s`);
}
