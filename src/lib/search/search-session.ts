import { describePage, findPages, orderByCentrality, type PageHit, type PageView } from './find-pages';
import type { Pagefind } from './pagefind-types';
import type { AbbreviationMap } from './abbreviations';
import { INDEX_WARM_UP_QUERY, SEARCH_WARM_UP_QUERY } from './index-warm-up';
import { titledPages, type PageTitles } from './page-titles';
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
	/** Set while the pages shown have their titles only: excerpts, sections and the heading a link opens come with their fragments. */
	readonly filling?: true;
}

export interface SearchSessionOptions {
	/** Loads Pagefind (in the browser: a dynamic import of /pagefind/pagefind.js). */
	loadPagefind: () => Promise<Pagefind>;
	/** Loads the Traditional → Simplified table; the English site passes none. */
	loadCharacterMap?: () => Promise<CharacterMap>;
	/** Loads every page's address and title, so results show before their fragments load. */
	loadPageTitles?: () => Promise<PageTitles>;
	/** Abbreviations to search as the guides' words ("2sv" → "two-step verification"). */
	abbreviations?: AbbreviationMap;
	/** How many pages to show at first and on each "more". */
	pageSize: number;
	onChange: (state: SearchState) => void;
	/** True on the development server, which has no index. */
	unavailable?: boolean;
	/**
	 * Loads every index chunk once search is ready, before anything is typed. Chinese needs this:
	 * an input method commits a whole word at once, so the chunks its characters fall in cannot be
	 * fetched while it is being typed. English letters arrive one by one, and the first fetches
	 * its chunk while the rest are typed, so English loads only the chunks its queries need.
	 */
	preloadIndex?: boolean;
	/**
	 * How long a query must stand before its pages' fragments (their excerpts) load, in ms. Each
	 * fragment is a download; a query the reader types past within this time costs none.
	 */
	excerptDelayMs?: number;
}

export const initialState: SearchState = { query: '', status: 'idle', total: 0, pages: [] };

/**
 * The search behind the dialog and the search page, without any DOM: it plans the query, asks
 * Pagefind, ranks and loads results, and reports each state. Only the latest query reports, so
 * fast typing never shows an older answer over a newer one.
 */
export function createSearchSession(options: SearchSessionOptions) {
	let engine: Promise<{ pagefind: Pagefind; characters: CharacterMap; titles: PageTitles }> | undefined;
	let latest = 0;
	let current: { plan: QueryPlan; hits: PageHit[]; state: SearchState } | undefined;

	let warming = false;
	/**
	 * With `preloadIndex`: loads every chunk (not awaited; a query typed meanwhile shares the
	 * chunks being loaded), then, if nothing has been typed, searches once so that the reader's
	 * search is not the first.
	 */
	const warmUp = (pagefind: Pagefind) => {
		if (!options.preloadIndex || warming) return;
		warming = true;
		void pagefind
			.preload?.(INDEX_WARM_UP_QUERY)
			.then(() => (latest === 0 ? pagefind.search(SEARCH_WARM_UP_QUERY) : undefined))
			.catch(() => {});
	};

	const load = () => {
		engine ??= Promise.all([
			options.loadPagefind(),
			options.loadCharacterMap?.() ?? Promise.resolve({}),
			options.loadPageTitles?.() ?? Promise.resolve({}),
		]).then(async ([pagefind, characters, titles]) => {
			// Chinese excerpts count each character as a word (see han-text.ts): ask for more of them.
			// The index is small enough to search on the main thread in a few milliseconds, so the
			// worker would only add a download.
			await pagefind.options({ excerptLength: options.loadCharacterMap ? 48 : 24, noWorker: true });
			// A query typed before this point goes first, alone, and the rest of the index follows
			// once it has its pages (in search below): loading every chunk beside it held it up.
			if (latest === 0) warmUp(pagefind);
			return { pagefind, characters, titles };
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
			const { pagefind, characters, titles } = await load();
			const plan = planQuery(query, characters, options.abbreviations);
			if (!isLatest()) return;
			if (!plan) {
				warmUp(pagefind);
				return report({ ...initialState, query, status: 'unsearchable' });
			}
			const hits = await findPages(pagefind, plan);
			warmUp(pagefind);
			if (!isLatest()) return;
			const status = hits.length ? 'results' : 'none';
			const batch = hits.slice(0, options.pageSize);
			// Titles first: each page's fragment is a download, and on a slow line the reader would
			// otherwise look at the previous results (or nothing) until the last one arrives.
			const titled = titledPages(batch, titles, plan);
			if (titled && batch.length) {
				current = { plan, hits, state: { query, status, total: hits.length, pages: orderByCentrality(titled, hits, plan), filling: true } };
				report(current.state);
				if (options.excerptDelayMs) {
					await new Promise((resolve) => setTimeout(resolve, options.excerptDelayMs));
					if (!isLatest()) return;
				}
			}
			const views = await Promise.all(batch.map((hit) => describePage(hit, plan)));
			if (!isLatest()) return;
			// Pages "more" added meanwhile stay below the first batch.
			const added = current?.plan === plan ? current.state.pages.slice(batch.length) : [];
			const state: SearchState = { query, status, total: hits.length, pages: [...orderByCentrality(views, hits, plan), ...added] };
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
			// The first batch may have been filled in meanwhile (same plan, new state): add to that.
			const now = current;
			if (ticket !== latest || now?.plan !== shown.plan) return;
			const shownIds = new Set(now.state.pages.map((page) => page.id));
			const state = { ...now.state, pages: [...now.state.pages, ...views.filter((view) => !shownIds.has(view.id))] };
			current = { ...now, state };
			report(state);
		} catch {
			if (ticket === latest) report({ ...shown.state, status: 'failed' });
		}
	}

	return { search, showMore, preload: () => void load().catch(() => {}) };
}
