import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { removeHanSpaces } from '../../../src/lib/search/han-text';

export interface IndexedPage {
	url: string;
	/** The text Pagefind holds for the page, as readers see it (index spacing removed). */
	text: string;
}

/**
 * The pages in a built site's search index for one language, read from Pagefind's fragment files
 * (gzip, "pagefind_dcd" then JSON): exactly the text the search runs over.
 */
export function indexedPages(outDir: string, language: 'zh-cn' | 'en'): IndexedPage[] {
	const dir = join(outDir, 'pagefind', 'fragment');
	return readdirSync(dir)
		.filter((file) => file.startsWith(`${language}_`))
		.map((file) => {
			const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
			const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
			return { url: fragment.url, text: removeHanSpaces(fragment.content) };
		})
		.sort((a, b) => a.url.localeCompare(b.url));
}

/** A small seeded generator, so the sample of terms is the same on every run for the same content. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

/** Distinct Chinese terms of 2–8 characters cut from the indexed text at seeded places. */
export function sampleChineseTerms(pages: readonly IndexedPage[], count: number): string[] {
	const next = random(20261122);
	const runs = pages.flatMap((page) => page.text.match(/\p{Script=Han}{2,}/gu) ?? []);
	const terms = new Set<string>();
	for (let attempt = 0; terms.size < count && attempt < count * 50; attempt++) {
		const run = runs[Math.floor(next() * runs.length)]!;
		const length = Math.min(run.length, 2 + Math.floor(next() * 7));
		const start = Math.floor(next() * (run.length - length + 1));
		terms.add(run.slice(start, start + length));
	}
	return [...terms];
}

/** Distinct English words of four or more letters from the indexed text, at seeded places. */
export function sampleEnglishWords(pages: readonly IndexedPage[], count: number): string[] {
	const next = random(11222026);
	const words = pages.flatMap((page) => page.text.match(/\b[A-Za-z]{4,}\b/g) ?? []).map((word) => word.toLowerCase());
	const terms = new Set<string>();
	for (let attempt = 0; terms.size < count && attempt < count * 50; attempt++) terms.add(words[Math.floor(next() * words.length)]!);
	return [...terms];
}

/** The pages whose indexed text contains the term (case-insensitively; as a whole word for English). */
export function pagesContaining(pages: readonly IndexedPage[], term: string): string[] {
	const english = /^[a-z]+$/i.test(term);
	const pattern = english ? new RegExp(`\\b${term}\\b`, 'i') : null;
	return pages.filter((page) => (pattern ? pattern.test(page.text) : page.text.toLowerCase().includes(term.toLowerCase()))).map((page) => page.url);
}
