import type { Locale } from '../i18n/locales';

/** The fields of a guide entry that navigation needs; kept structural so it is testable without Astro. */
export interface GuideSummary {
	id: string;
	data: { title: string; order: number; section: string };
}

/** "zh/appeal" → "appeal". */
export function guideSlug(id: string): string {
	return id.slice(id.indexOf('/') + 1);
}

/** "zh/appeal" → "/zh/appeal/", the guide's site-relative path. */
export function guidePath(id: string): string {
	return `/${id}/`;
}

/**
 * One language's guides in reading order: section by section, as the sidebar lists them, and
 * by `order` within a section. Previous/next links follow the same order.
 */
export function guidesInOrder<T extends GuideSummary>(guides: readonly T[], locale: Locale, sections: readonly string[]): T[] {
	const rank = (guide: T) => sections.indexOf(guide.data.section) * 1000 + guide.data.order;
	return guides.filter((guide) => guide.id.startsWith(`${locale}/`)).sort((a, b) => rank(a) - rank(b));
}

/** The guides before and after one guide in reading order, for the previous/next links. */
export function neighbours<T extends GuideSummary>(ordered: readonly T[], id: string): { previous?: T | undefined; next?: T | undefined } {
	const index = ordered.findIndex((guide) => guide.id === id);
	if (index === -1) return {};
	return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/** Guides grouped by section, sections in the order given. Empty sections are left out. */
export function groupBySection<T extends GuideSummary, S extends string>(ordered: readonly T[], sections: readonly S[]) {
	return sections
		.map((section) => ({ section, guides: ordered.filter((guide) => guide.data.section === section) }))
		.filter((group) => group.guides.length > 0);
}
