/**
 * The search page: runs the `?q=` query with Pagefind, which is loaded only now that the reader
 * asked for it. Results link straight to the matching section's anchor.
 */

import { fillPlaceholders } from '../i18n/fill';

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
interface PagefindResultData {
	url: string;
	meta: { title?: string };
	excerpt: string;
	sub_results: PagefindSubResult[];
}
interface Pagefind {
	search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('.search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('.search-status')!;
const list = document.querySelector<HTMLOListElement>('.search-results')!;
const messages = JSON.parse(status.dataset.messages!) as Record<'loading' | 'results' | 'noResults' | 'unavailable' | 'failed', string>;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	pagefind ??= import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`);
	return pagefind;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	const title = document.createElement('a');
	title.className = 'search-result-title';
	title.href = data.url;
	title.textContent = data.meta.title ?? data.url;
	item.append(title);
	for (const sub of data.sub_results.slice(0, 3)) {
		const link = document.createElement('a');
		link.className = 'search-result-section';
		link.href = sub.url;
		const heading = document.createElement('span');
		heading.textContent = sub.title;
		const excerpt = document.createElement('span');
		excerpt.className = 'search-result-excerpt';
		// Pagefind escapes the page text in excerpts and adds only <mark> around the matches.
		excerpt.innerHTML = sub.excerpt;
		link.append(heading, excerpt);
		item.append(link);
	}
	return item;
}

let latestQuery = '';
async function runSearch(query: string) {
	latestQuery = query;
	list.replaceChildren();
	if (!query) {
		status.textContent = '';
		return;
	}
	status.textContent = messages.loading;
	if (import.meta.env.DEV) {
		status.textContent = messages.unavailable;
		return;
	}
	try {
		const { results } = await (await loadPagefind()).search(query);
		const data = await Promise.all(results.slice(0, 10).map((result) => result.data()));
		if (query !== latestQuery) return;
		list.replaceChildren(...data.map(renderResult));
		status.textContent = fillPlaceholders(data.length ? messages.results : messages.noResults, { count: String(results.length), query });
	} catch {
		status.textContent = messages.failed;
	}
}

form.addEventListener('submit', (event) => {
	event.preventDefault();
	const query = input.value.trim();
	const url = new URL(location.href);
	url.searchParams.set('q', query);
	history.replaceState(null, '', url);
	void runSearch(query);
});

input.value = new URLSearchParams(location.search).get('q') ?? '';
input.focus();
void runSearch(input.value.trim());
