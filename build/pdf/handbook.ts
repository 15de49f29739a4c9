/**
 * The pages a handbook PDF opens with: a cover and the table of contents. Everything after them
 * is the site's own pages, one chapter each, in the order of the site's navigation.
 * The styles are in the print rules of src/styles/print.css (.handbook-*).
 */

export interface HandbookChapter {
	/** The chapter's id in the document, the page's slug: "appeal". */
	id: string;
	title: string;
}

/** A group of chapters, as the navigation groups pages: "Identity verification", "Checkers"… */
export interface HandbookPart {
	title: string;
	chapters: HandbookChapter[];
}

export interface HandbookCover {
	title: string;
	description: string;
	/** "Last reviewed 22 November 2026": the most recent review of any chapter. */
	reviewed: string;
	/** "The handbook online: {url}". */
	addressLine: string;
	/** The handbook's language home on the public site. */
	address: string;
	independence: string;
}

const CONTENTS_ID = 'handbook-contents';

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export function coverHtml(cover: HandbookCover): string {
	return [
		'<section class="handbook-cover">',
		`<h1>${escapeHtml(cover.title)}</h1>`,
		`<p class="lead">${escapeHtml(cover.description)}</p>`,
		`<p>${escapeHtml(cover.reviewed)}</p>`,
		`<p>${cover.addressLine
			.split('{url}')
			.map(escapeHtml)
			.join(`<a href="${escapeHtml(cover.address)}">${escapeHtml(cover.address)}</a>`)}</p>`,
		`<p class="independence-note">${escapeHtml(cover.independence)}</p>`,
		'</section>',
	].join('\n');
}

/**
 * The table of contents, each entry a link to its chapter. `pages` gives each chapter's first page
 * once the handbook has been printed; before that, the numbers are placeholders of the same width.
 */
export function contentsHtml(title: string, parts: readonly HandbookPart[], pages: ReadonlyMap<string, number> | null): string {
	const entry = ({ id, title: chapterTitle }: HandbookChapter) => {
		const page = pages ? String(pages.get(id) ?? '') : '000';
		return `<li><a href="#${escapeHtml(id)}"><span>${escapeHtml(chapterTitle)}</span><span class="handbook-leader"></span><span class="handbook-page">${page}</span></a></li>`;
	};
	return [
		`<nav class="handbook-contents" aria-labelledby="${CONTENTS_ID}">`,
		`<h1 id="${CONTENTS_ID}">${escapeHtml(title)}</h1>`,
		...parts.flatMap((part) => [`<p class="handbook-part">${escapeHtml(part.title)}</p>`, `<ol>${part.chapters.map(entry).join('')}</ol>`]),
		'</nav>',
	].join('\n');
}

/** The first page of every chapter, or null while any is unknown. */
export function chapterPages(parts: readonly HandbookPart[], destinations: ReadonlyMap<string, number>): Map<string, number> | null {
	const pages = new Map<string, number>();
	for (const { id } of parts.flatMap((part) => part.chapters)) {
		const page = destinations.get(id);
		if (page === undefined) return null;
		pages.set(id, page);
	}
	return pages;
}
