import { removeHanSpaces } from './han-text';
import { excerptSegments, highlightTerms, type TextSegment } from './highlight';
import { holdsTerm, landingSection } from './landing-section';
import type { Pagefind, PagefindResult } from './pagefind-types';
import type { QueryPlan } from './query-plan';

/** A page that matches, before its text is loaded. */
export interface PageHit {
	readonly id: string;
	/** How many of the query's Han runs the page contains whole (phrase matches). */
	readonly wholeRuns: number;
	/** The result to load text from: the phrase match when there is one, so its sections hold the phrase. */
	readonly result: PagefindResult;
}

/**
 * Every page that matches the plan, best first: pages holding more of the Han runs whole come
 * first, then Pagefind's own order (which weighs titles and headings above body text); pages
 * found only through an English root, or only as typed in Traditional characters, come last.
 */
export async function findPages(pagefind: Pagefind, plan: QueryPlan): Promise<PageHit[]> {
	const none = Promise.resolve({ results: [] });
	const [all, roots, asTyped, ...phraseMatches] = await Promise.all([
		pagefind.search(plan.allWords),
		plan.roots ? pagefind.search(plan.roots) : none,
		plan.asTyped ? pagefind.search(plan.asTyped) : none,
		...plan.phrases.map((phrase) => pagefind.search(phrase)),
	]);
	const byId = new Map<string, { order: number; wholeRuns: number; result: PagefindResult }>();
	const add = (result: PagefindResult, order: number) => {
		if (!byId.has(result.id)) byId.set(result.id, { order, wholeRuns: 0, result });
	};
	all.results.forEach((result, order) => add(result, order));
	roots.results.forEach((result, order) => add(result, all.results.length + order));
	asTyped.results.forEach((result, order) => add(result, all.results.length + roots.results.length + order));
	// Longest phrase last, so its sections are the ones shown.
	const phrasesByLength = phraseMatches.map((match, index) => ({ match, length: plan.phrases[index]!.length })).sort((a, b) => a.length - b.length);
	for (const { match } of phrasesByLength) {
		for (const result of match.results) {
			// A phrase alone does not make a match: the page must hold the query's other words too.
			const entry = byId.get(result.id);
			if (!entry) continue;
			entry.wholeRuns += 1;
			entry.result = result;
		}
	}
	return [...byId]
		.sort(([, a], [, b]) => b.wholeRuns - a.wholeRuns || a.order - b.order)
		.map(([id, { wholeRuns, result }]) => ({ id, wholeRuns, result }));
}

export interface SectionView {
	readonly url: string;
	readonly title: string;
	readonly excerpt: readonly TextSegment[];
}

export interface PageView {
	readonly id: string;
	/** Where the page's link goes: the heading that answers the query (see landing-section.ts), else the page. */
	readonly url: string;
	/** That heading's text, shown beside the page title; null when the link opens the top of the page. */
	readonly landing: string | null;
	readonly title: readonly TextSegment[];
	/** The best excerpt of the whole page, for a page whose matches are not under a heading. */
	readonly excerpt: readonly TextSegment[];
	readonly sections: readonly SectionView[];
}

const MAX_SECTIONS = 3;

const termsIn = (text: string, terms: readonly string[]) => terms.filter((term) => text.toLowerCase().includes(term.toLowerCase())).length;

/**
 * Sections holding every term (in heading or excerpt) before those holding only some, which are
 * weak matches; then two points for each term in the heading, one for each in the excerpt.
 */
function sectionScore(section: SectionView, terms: readonly string[]): number {
	const excerpt = section.excerpt.map((part) => part.text).join('');
	const complete = terms.every((term) => holdsTerm(section.title, term) || holdsTerm(excerpt, term));
	return (complete ? 100 : 0) + 2 * termsIn(section.title, terms) + termsIn(excerpt, terms);
}

/** Loads a page's title and its best-matching sections, ready to render. */
export async function describePage(hit: PageHit, plan: QueryPlan): Promise<PageView> {
	const data = await hit.result.data();
	const pageTitle = removeHanSpaces(data.meta.title ?? data.url);
	const landing = landingSection(pageTitle, data.anchors ?? [], plan.terms);
	const url = landing ? `${data.url}#${landing.id}` : data.url;
	const sections = data.sub_results
		// The part before the first heading comes back as a "section" at the page's own URL; the
		// section the page's link opens is not listed twice.
		.filter((sub) => sub.url !== data.url && sub.url !== url)
		.map((sub) => ({ url: sub.url, title: removeHanSpaces(sub.title), excerpt: excerptSegments(sub.excerpt, plan.terms) }))
		// Sections whose heading holds the query's terms first, then those whose text does.
		.map((section, order) => ({ section, order, score: sectionScore(section, plan.terms) }))
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.slice(0, MAX_SECTIONS)
		.map(({ section }) => section);
	return { id: hit.id, url, landing: landing?.text ?? null, title: highlightTerms(pageTitle, plan.terms), excerpt: excerptSegments(data.excerpt, plan.terms), sections };
}

/**
 * Within pages that match equally well, one whose title holds a term ranks above one where a
 * heading does, and that above a passing mention. Stable otherwise.
 */
export function orderByCentrality(views: readonly PageView[], hits: readonly PageHit[], plan: QueryPlan): PageView[] {
	const wholeRuns = new Map(hits.map((hit) => [hit.id, hit.wholeRuns]));
	const centrality = (view: PageView) => {
		const inTitle = termsIn(view.title.map((part) => part.text).join(''), plan.terms);
		const inHeadings = Math.max(0, ...[view.landing ?? '', ...view.sections.map((section) => section.title)].map((heading) => termsIn(heading, plan.terms)));
		// Any term in the page title outweighs every heading.
		return inTitle * 100 + inHeadings;
	};
	return views
		.map((view, order) => ({ view, order, runs: wholeRuns.get(view.id) ?? 0, centrality: centrality(view) }))
		.sort((a, b) => b.runs - a.runs || b.centrality - a.centrality || a.order - b.order)
		.map(({ view }) => view);
}

