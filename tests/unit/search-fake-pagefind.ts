import type { Pagefind, PagefindResult } from '../../src/lib/search/pagefind-types';

export interface FakePage {
	url: string;
	title: string;
	/** Indexed text, as the index holds it (Chinese already spaced). */
	text: string;
	sections?: { url: string; title: string; text: string }[];
}

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * A tiny stand-in for Pagefind with the behaviour the search relies on: every query word must
 * start some indexed word (prefix match), and a quoted query must occur as consecutive words.
 * Results come in page order; `data()` counts how often it is called.
 */
export function fakePagefind(pages: FakePage[]): Pagefind & { dataCalls: number; queries: string[] } {
	const fake = {
		dataCalls: 0,
		queries: [] as string[],
		async options() {},
		async search(query: string) {
			fake.queries.push(query);
			const phrase = /^"(.*)"$/.exec(query.trim());
			const wanted = words(phrase ? phrase[1]! : query);
			const matches = (text: string) => {
				const indexed = words(text);
				if (phrase) return indexed.some((_, start) => wanted.every((word, offset) => indexed[start + offset] === word));
				return wanted.every((word) => indexed.some((candidate) => candidate.startsWith(word)));
			};
			const results: PagefindResult[] = pages
				.filter((page) => matches(`${page.title} ${page.text}`))
				.map((page) => ({
					id: page.url,
					async data() {
						fake.dataCalls += 1;
						const mark = (text: string) => text.replace(new RegExp(`(${wanted.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu'), '<mark>$1</mark>');
						return {
							url: page.url,
							meta: { title: page.title },
							excerpt: mark(page.text),
							sub_results: (page.sections ?? []).filter((section) => !phrase || matches(`${section.title} ${section.text}`)).map((section) => ({ url: section.url, title: section.title, excerpt: mark(section.text) })),
						};
					},
				}));
			return { results };
		},
	};
	return fake;
}
