import type { Locale } from '../../i18n/locales';

/**
 * Where the PDFs live in a build, as site-relative paths: one per guide and one handbook per
 * language, side by side in /pdf/<language>/. The pages that link them and the build stage that
 * writes them (build/pdf/print-pdfs.mjs) both take the paths from here.
 */

const HANDBOOK = 'handbook';

/** "/pdf/zh/appeal.pdf" for the guide "/zh/appeal/". */
export function guidePdfPath(locale: Locale, slug: string): string {
	if (slug === HANDBOOK) throw new Error(`A guide called "${HANDBOOK}" would take the handbook's PDF file name`);
	return `/pdf/${locale}/${slug}.pdf`;
}

/** "/pdf/zh/handbook.pdf": every guide and checker of one language. */
export function handbookPdfPath(locale: Locale): string {
	return `/pdf/${locale}/${HANDBOOK}.pdf`;
}

/**
 * The name a PDF is saved under, from the link's `download` attribute: what it is and in which
 * language ("Appealing, step by step (English).pdf"), since every language's file is called
 * "appeal.pdf" on the server. Characters that file systems refuse become spaces.
 */
export function pdfDownloadName(title: string, languageLabel: string): string {
	const safe = `${title} (${languageLabel})`.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
	return `${safe}.pdf`;
}
