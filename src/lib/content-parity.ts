import { compareOutlines } from './heading-ids';
import { readOutline } from './markdown-outline';

export interface GuideSource {
	locale: string;
	slug: string;
	/** Path shown in messages, relative to the project. */
	path: string;
	/** The Markdown body, without frontmatter. */
	body: string;
	/** Frontmatter fields that must agree between languages. */
	shared: Record<string, unknown>;
}

/**
 * Every guide must exist in every language with the same sections, so a link to
 * `/zh/appeal/#video-call` has an English twin. Returns one message per problem, naming the file.
 */
export function checkGuideParity(guides: readonly GuideSource[], locales: readonly string[]): string[] {
	const problems: string[] = [];
	const bySlug = new Map<string, Map<string, GuideSource>>();
	for (const guide of guides) {
		const versions = bySlug.get(guide.slug) ?? new Map<string, GuideSource>();
		versions.set(guide.locale, guide);
		bySlug.set(guide.slug, versions);
	}

	for (const [slug, versions] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
		const present = locales.filter((locale) => versions.has(locale));
		for (const locale of locales) {
			if (!versions.has(locale)) {
				const existing = versions.get(present[0]!)!;
				problems.push(`${existing.path}: no ${locale} version; add ${existing.path.replace(`/${existing.locale}/`, `/${locale}/`)}`);
			}
		}

		const outlines = present.map((locale) => {
			const guide = versions.get(locale)!;
			const outline = readOutline(guide.body, guide.path.endsWith('.mdx') ? 'mdx' : 'md');
			for (const problem of outline.problems) problems.push(`${guide.path}: ${problem}`);
			return { guide, entries: outline.entries };
		});

		const [reference, ...others] = outlines;
		if (!reference) continue;
		for (const { guide, entries } of others) {
			const names = { reference: reference.guide.path, other: guide.path };
			for (const difference of compareOutlines(reference.entries, entries, names)) {
				problems.push(`${slug}: ${difference}`);
			}
			for (const [field, value] of Object.entries(reference.guide.shared)) {
				const otherValue = guide.shared[field];
				if (JSON.stringify(otherValue) !== JSON.stringify(value)) {
					problems.push(`${slug}: "${field}" is ${JSON.stringify(value)} in ${names.reference} but ${JSON.stringify(otherValue)} in ${names.other}`);
				}
			}
		}
	}
	return problems;
}
