/** The part of Pagefind's browser API (pagefind/pagefind.js) the search uses. */

export interface PagefindSubResult {
	readonly title: string;
	readonly url: string;
	readonly excerpt: string;
}

export interface PagefindResultData {
	readonly url: string;
	readonly meta: { readonly title?: string };
	readonly excerpt: string;
	readonly sub_results: readonly PagefindSubResult[];
	/** Every heading with an id on the page (Pagefind 1.x), including those the query's sub-results leave out. */
	readonly anchors?: readonly { readonly id: string; readonly text: string }[];
}

export interface PagefindResult {
	readonly id: string;
	data(): Promise<PagefindResultData>;
}

export interface Pagefind {
	/** `noWorker`: search on the main thread instead of downloading pagefind-worker.js (43 KB). */
	options(options: { excerptLength?: number; noWorker?: boolean }): Promise<void>;
	search(query: string): Promise<{ readonly results: readonly PagefindResult[] }>;
	/**
	 * Loads what a search for the query needs (the WebAssembly, the index chunks) without
	 * searching. Optional: the stand-ins in the unit tests search a list and have nothing to load.
	 */
	preload?(query: string): Promise<void>;
}
