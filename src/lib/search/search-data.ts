import type { PageTitles } from './page-titles';
import type { CharacterMap } from './traditional-to-simplified';

/**
 * What the build writes beside the index for one language (pagefind/search-data.<locale>.json),
 * fetched in one request when search opens: the page titles, and for Chinese the Traditional →
 * Simplified table.
 */
export interface SearchData {
	readonly titles: PageTitles;
	readonly traditionalToSimplified?: CharacterMap;
}
