import type { PageHit, PageView } from './find-pages';
import { removeHanSpaces } from './han-text';
import { highlightTerms } from './highlight';
import type { QueryPlan } from './query-plan';

/**
 * Every indexed page's address and title, by Pagefind's page id, written by the build next to the
 * index. Pagefind knows a page's title only from its fragment, one download per page shown; with
 * this table the results show as soon as Pagefind has found them, and the fragments' excerpts and
 * sections fill them in when they arrive.
 */
export type PageTitles = Readonly<Record<string, PageTitle>>;

export interface PageTitle {
	readonly url: string;
	readonly title: string;
}

/** The part of a Pagefind fragment (the JSON inside a .pf_fragment file) read here. */
export interface FragmentHead {
	readonly url: string;
	readonly meta: { readonly title?: string };
}

/**
 * A page's entry, as `describePage` would show it: the address resolved against the site's base
 * as Pagefind resolves it, and the title without the spaces the Chinese index puts between Han
 * characters.
 */
export function pageTitle(fragment: FragmentHead, base: string): PageTitle {
	return { url: `${base}/${fragment.url}`.replace(/\/+/g, '/'), title: removeHanSpaces(fragment.meta.title ?? fragment.url) };
}

/**
 * The pages found, titles only, before their fragments are loaded; null when the table lacks one
 * of them (the results then wait for the fragments).
 */
export function titledPages(hits: readonly PageHit[], titles: PageTitles, plan: QueryPlan): PageView[] | null {
	const views: PageView[] = [];
	for (const hit of hits) {
		const page = Object.hasOwn(titles, hit.id) ? titles[hit.id]! : undefined;
		if (!page) return null;
		// Which heading answers the query is known once the fragment arrives; until then the link opens the page.
		views.push({ id: hit.id, url: page.url, landing: null, title: highlightTerms(page.title, plan.terms), excerpt: [], sections: [] });
	}
	return views;
}
