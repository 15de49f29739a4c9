import { describePage, findPages, orderByCentrality, type PageHit, type PageView } from './find-pages';
import type { Pagefind } from './pagefind-types';
import type { AbbreviationMap } from './abbreviations';
import { INDEX_WARM_UP_QUERY } from './index-warm-up';
import { planQuery, type QueryPlan } from './query-plan';
import type { CharacterMap } from './traditional-to-simplified';

export type SearchStatus =
	/** Nothing typed yet. */
	| 'idle'
	| 'loading'
	| 'results'
	/** Searched, and no page matched. */
	| 'none'
	/** Only punctuation or spaces: nothing to search for. */
	| 'unsearchable'
	/** The development server has no index. */
	| 'unavailable'
	/** The index or Pagefind could not be loaded. */
	| 'failed';

export interface SearchState {
	readonly query: string;
	readonly status: SearchStatus;
	/** All matching pages, of which `pages` are loaded and shown. */
	readonly total: number;
	readonly pages: readonly PageView[];
}

export interface SearchSessionOptions {
	/** Loads Pagefind (in the browser: a dynamic import of /pagefind/pagefind.js). */
	loadPagefind: () => Promise<Pagefind>;
	/** Loads the Traditional → Simplified table; the English site passes none. */
	loadCharacterMap?: () => Promise<CharacterMap>;
	/** Abbreviations to search as the guides' words ("2sv" → "two-step verification"). */
	abbreviations?: AbbreviationMap;
	/** How many pages to show at first and on each "more". */
	pageSize: number;
	onChange: (state: SearchState) => void;
	/** True on the development server, which has no index. */
	unavailable?: boolean;
}

export const initialState: SearchState = { query: '', status: 'idle', total: 0, pages: [] };

/**
 * The search behind the dialog and the search page, without any DOM: it plans the query, asks
 * Pagefind, ranks and loads results, and reports each state. Only the latest query reports, so
 * fast typing never shows an older answer over a newer one.
 */
export function createSearchSession(options: SearchSessionOptions) {
	let engine: Promise<{ pagefind: Pagefind; characters: CharacterMap }> | undefined;
	let latest = 0;
	let current: { plan: QueryPlan; hits: PageHit[]; state: SearchState } | undefined;

	const load = () => {
		engine ??= Promise.all([options.loadPagefind(), options.loadCharacterMap?.() ?? Promise.resolve({})]).then(async ([pagefind, characters]) => {
			// Chinese excerpts count each character as a word (see han-text.ts): ask for more of them.
			// The index is small enough to search on the main thread in a few milliseconds, so the
			// worker would only add a download.
			await pagefind.options({ excerptLength: options.loadCharacterMap ? 48 : 24, noWorker: true });
			// Not awaited: a query typed meanwhile runs at once and shares the chunks being loaded.
			void pagefind.preload?.(INDEX_WARM_UP_QUERY).catch(() => {});
			return { pagefind, characters };
		});
		// A failed load may be a passing network problem: let the next query try again.
		engine.catch(() => (engine = undefined));
		return engine;
	};

	let shownState = initialState;
	const report = (state: SearchState) => {
		shownState = state;
		options.onChange(state);
	};

	async function search(query: string): Promise<void> {
		const ticket = ++latest;
		const isLatest = () => ticket === latest;
		current = undefined;
		if (!query.trim()) return report({ ...initialState, query });
		if (options.unavailable) return report({ ...initialState, query, status: 'unavailable' });
		// The previous results stay up while the next ones load, so the list does not flicker as the reader types.
		report({ ...shownState, query, status: 'loading' });
		try {
			const { pagefind, characters } = await load();
			const plan = planQuery(query, characters, options.abbreviations);
			if (!isLatest()) return;
			if (!plan) return report({ ...initialState, query, status: 'unsearchable' });
			const hits = await findPages(pagefind, plan);
			const views = await Promise.all(hits.slice(0, options.pageSize).map((hit) => describePage(hit, plan)));
			if (!isLatest()) return;
			const state: SearchState = { query, status: hits.length ? 'results' : 'none', total: hits.length, pages: orderByCentrality(views, hits, plan) };
			current = { plan, hits, state };
			report(state);
		} catch {
			if (isLatest()) report({ ...initialState, query, status: 'failed' });
		}
	}

	/** Loads the next batch of the current results. */
	async function showMore(): Promise<void> {
		const shown = current;
		if (!shown) return;
		const ticket = latest;
		try {
			const next = shown.hits.slice(shown.state.pages.length, shown.state.pages.length + options.pageSize);
			const views = await Promise.all(next.map((hit) => describePage(hit, shown.plan)));
			if (ticket !== latest || current !== shown) return;
			const state = { ...shown.state, pages: [...shown.state.pages, ...views] };
			current = { ...shown, state };
			report(state);
		} catch {
			if (ticket === latest) report({ ...shown.state, status: 'failed' });
		}
	}

	return { search, showMore, preload: () => void load().catch(() => {}) };
}
