import { expandAbbreviations, type AbbreviationMap } from './abbreviations';
import { englishRoot } from './english-root';
import { hanRuns, spaceHan } from './han-text';
import { toSimplified, type CharacterMap } from './traditional-to-simplified';

/** Longer queries are cut: nobody types more, and a pasted paragraph should not stall the page. */
export const MAX_QUERY_LENGTH = 100;

/** What to ask Pagefind for one query typed by the reader. */
export interface QueryPlan {
	/** Every word and every Han character must occur: finds every page that contains the query. */
	readonly allWords: string;
	/**
	 * One quoted phrase per run of two or more Han characters: the pages that contain the run as
	 * it was typed, which rank above pages that only contain its characters.
	 */
	readonly phrases: readonly string[];
	/** English only: the words' roots, so "verify" also finds "verification"; null if the same. */
	readonly roots: string | null;
	/**
	 * A Traditional term as typed, as a phrase, when converting it changed the query: a few pages
	 * quote Traditional titles (高頻答疑), which only the term as typed finds; null otherwise.
	 */
	readonly asTyped: string | null;
	/** What to highlight in titles and excerpts: Han runs and other words as typed (simplified). */
	readonly terms: readonly string[];
}

/**
 * Turns what the reader typed into Pagefind queries, or null when nothing in it can be searched
 * (only punctuation or spaces). Full-width letters and digits become half-width (NFKC),
 * Traditional characters become Simplified ones, and abbreviations the guides' own words.
 */
export function planQuery(typed: string, traditionalToSimplified: CharacterMap = {}, abbreviations: AbbreviationMap = {}): QueryPlan | null {
	const halfWidth = typed.normalize('NFKC').slice(0, MAX_QUERY_LENGTH).toLowerCase();
	const simplified = toSimplified(halfWidth, traditionalToSimplified);
	const normalised = expandAbbreviations(simplified, abbreviations);
	const runs = hanRuns(normalised);
	// Letters and digits outside Han runs, split at anything else ("2SV", "seller", "sps").
	const wordsOf = (text: string) =>
		text
			.replace(/\p{Script=Han}+/gu, ' ')
			.split(/[^\p{L}\p{N}]+/u)
			.filter(Boolean);
	const words = wordsOf(normalised);
	if (runs.length === 0 && words.length === 0) return null;

	const allWords = [...words, ...runs.map(spaceHan)].join(' ');
	// As an exact phrase: Pagefind leaves out words the index lacks, so "營 業 執 照" unquoted would
	// find every page with 業 and 照. One run of Han characters only, as a Traditional term is typed.
	const typedRuns = hanRuns(halfWidth);
	const asTyped = simplified !== halfWidth && words.length === 0 && typedRuns.length === 1 ? `"${spaceHan(typedRuns[0]!)}"` : null;
	const phrases = runs.filter((run) => [...run].length > 1).map((run) => `"${spaceHan(run)}"`);
	const rootWords = words.map(englishRoot);
	const roots = runs.length === 0 && rootWords.join(' ') !== words.join(' ') ? rootWords.join(' ') : null;
	return { allWords, phrases, roots, asTyped, terms: [...runs, ...words] };
}
