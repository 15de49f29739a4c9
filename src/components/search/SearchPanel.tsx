import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fillPlaceholders } from '../../i18n/fill';
import type { StringsWithPrefix } from '../../i18n/translate';
import { abbreviationsFor } from '../../lib/search/abbreviations';
import { moveActiveOption } from '../../lib/search/listbox-navigation';
import type { Pagefind } from '../../lib/search/pagefind-types';
import type { SearchData } from '../../lib/search/search-data';
import { createSearchSession, initialState, type SearchState } from '../../lib/search/search-session';
import SearchResults from './SearchResults';

interface Props {
	locale: 'zh' | 'en';
	strings: StringsWithPrefix<'search.'>;
	/** Prefix for element ids, so the dialog and the search page never share one. */
	idPrefix: string;
	/** The search page keeps the query in its address (?q=), so a search can be linked. */
	syncQueryToUrl?: boolean;
	/** Called when the reader follows a result (the dialog closes). */
	onNavigate?: () => void;
}

// Three pages with their best sections fill a phone screen (390 × 844); each page shown costs one
// fragment download, so more come only when asked for.
const PAGE_SIZE = 3;
// The titles show at once; excerpts wait until the reader pauses, so the letters on the way to a
// word ("a", "ap", "app"…) download no fragments.
const EXCERPT_DELAY_MS = 200;
const base = import.meta.env.BASE_URL;

function loadPagefind(): Promise<Pagefind> {
	// A variable, not a template literal in import(): Vite wraps the latter in its preload helper,
	// one more file to download before search, with nothing to preload.
	const url = `${base}pagefind/pagefind.js`;
	return import(/* @vite-ignore */ url);
}

/** The page titles and (Chinese) the Traditional → Simplified table, one file per language beside the index. */
async function loadSearchData(locale: Props['locale']): Promise<SearchData> {
	const file = `search-data.${locale}.json`;
	const response = await fetch(`${base}pagefind/${file}`);
	if (!response.ok) throw new Error(`${file}: ${response.status}`);
	return response.json();
}

/** One call's promise, shared by every caller; a failure lets the next caller try again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
	let loading: Promise<T> | undefined;
	return () => {
		loading ??= load();
		loading.catch(() => (loading = undefined));
		return loading;
	};
}

function statusText(state: SearchState, strings: Props['strings']): string {
	const values = { query: state.query, count: String(state.total) };
	switch (state.status) {
		case 'idle':
			return '';
		case 'loading':
			return strings['search.loading'];
		case 'results':
			return fillPlaceholders(state.total === 1 ? strings['search.resultsOne'] : strings['search.results'], values);
		case 'none':
			return fillPlaceholders(strings['search.noResults'], values);
		case 'unsearchable':
			return strings['search.unsearchable'];
		case 'unavailable':
			return strings['search.unavailable'];
		case 'failed':
			return strings['search.failed'];
	}
}

/**
 * The search field and its results, used by the search dialog and the search page. Results come
 * as the reader types, without a fixed delay; the logic is in src/lib/search.
 */
export default function SearchPanel({ locale, strings, idPrefix, syncQueryToUrl = false, onNavigate }: Props) {
	const [state, setState] = useState<SearchState>(initialState);
	const [active, setActive] = useState(-1);
	const list = useRef<HTMLDivElement>(null);
	const input = useRef<HTMLInputElement>(null);
	// The arrow keys' place stays while the same query's results fill in (titles, then excerpts).
	const shownQuery = useRef('');
	const session = useMemo(() => {
		const data = once(() => loadSearchData(locale));
		return createSearchSession({
			loadPagefind,
			loadPageTitles: async () => (await data()).titles,
			...(locale === 'zh' ? { loadCharacterMap: async () => (await data()).traditionalToSimplified ?? {} } : {}),
			abbreviations: abbreviationsFor(locale),
			pageSize: PAGE_SIZE,
			preloadIndex: locale === 'zh',
			excerptDelayMs: EXCERPT_DELAY_MS,
			unavailable: import.meta.env.DEV,
			onChange: (next) => {
				if (next.query !== shownQuery.current || next.status !== 'results') setActive(-1);
				shownQuery.current = next.query;
				setState(next);
			},
		});
	}, [locale]);

	useEffect(() => {
		if (!syncQueryToUrl) return;
		const query = new URLSearchParams(location.search).get('q') ?? '';
		if (input.current) input.current.value = query;
		if (query) void session.search(query);
	}, [session]);

	const options = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>('[role="option"]') ?? [])];
	const optionId = (index: number) => `${idPrefix}-option-${index}`;

	const onInput = (query: string) => {
		void session.search(query);
		if (syncQueryToUrl) {
			const url = new URL(location.href);
			if (query) url.searchParams.set('q', query);
			else url.searchParams.delete('q');
			history.replaceState(null, '', url);
		}
	};

	const onKeyDown = (event: KeyboardEvent) => {
		// While an input method is composing (pinyin, zhuyin…), its keys are not ours.
		if (event.isComposing) return;
		const count = options().length;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			const next = moveActiveOption(active, event.key === 'ArrowDown' ? 1 : -1, count);
			setActive(next);
			document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
		} else if (event.key === 'Enter' && count > 0) {
			// Enter opens the highlighted result, or the best one when none is highlighted.
			event.preventDefault();
			const option = options()[Math.max(active, 0)];
			if (!option) return;
			onNavigate?.();
			location.assign(option.href);
		}
	};

	const inputId = `${idPrefix}-input`;
	const listId = `${idPrefix}-results`;
	const hasResults = state.pages.length > 0;
	return (
		<div class="search-panel">
			<form role="search" onSubmit={(event) => event.preventDefault()} method="get">
				<label for={inputId}>{strings['search.inputLabel']}</label>
				<input
					ref={input}
					id={inputId}
					// Pagefind (13 KB gzip, then its index) loads once the reader is about to search, not with the page.
					onFocus={session.preload}
					class="search-input"
					name="q"
					type="search"
					role="combobox"
					autocomplete="off"
					spellcheck={false}
					enterkeyhint="search"
					aria-autocomplete="list"
					aria-controls={listId}
					aria-expanded={hasResults}
					aria-activedescendant={active >= 0 ? optionId(active) : undefined}
					aria-describedby={`${idPrefix}-keys`}
					// Uncontrolled, and searched only once a composition ends, so input methods work undisturbed.
					onInput={(event) => {
						if (!(event as InputEvent).isComposing) onInput(event.currentTarget.value);
					}}
					onCompositionEnd={(event) => onInput(event.currentTarget.value)}
					onKeyDown={onKeyDown}
				/>
			</form>
			<p class="search-keys" id={`${idPrefix}-keys`}>
				{strings['search.keys']}
			</p>
			<p class="search-status" role="status" data-status={state.status}>
				{statusText(state, strings)}
			</p>
			<div ref={list}>
				<SearchResults id={listId} label={strings['search.resultsLabel']} pages={state.pages} active={active} optionId={optionId} onNavigate={() => onNavigate?.()} busy={state.filling === true} />
			</div>
			{state.pages.length < state.total && state.status === 'results' && (
				<button type="button" class="search-more button" onClick={() => void session.showMore()}>
					{strings['search.showMore']}
				</button>
			)}
		</div>
	);
}
