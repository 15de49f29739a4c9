import { locales } from '../../i18n/locales';
import { readOutline } from '../markdown-outline';
import type { SectionExists } from './validate-tree';

/**
 * Builds the check that a quiz link's guide and heading exist in every language, from the
 * guides' Markdown sources (entry id "zh/appeal" → its body).
 */
export function guideSectionChecker(guides: readonly { id: string; body?: string | undefined }[]): SectionExists {
	const sections = new Map(guides.map((guide) => [guide.id, new Set(readOutline(guide.body ?? '').entries.map((entry) => entry.id))]));
	return (guide, section) =>
		locales.every((locale) => {
			const ids = sections.get(`${locale}/${guide}`);
			return ids !== undefined && (section === undefined || ids.has(section));
		});
}
