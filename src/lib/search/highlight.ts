import { hasHan, removeHanSpaces } from './han-text';

/** A piece of result text, marked when it matches the query. Rendered as text, never as HTML. */
export interface TextSegment {
	readonly text: string;
	readonly marked: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

function decodeEntities(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/**
 * Pagefind's excerpts are HTML: escaped page text with <mark> around matches. We read them into
 * segments, so results are rendered as text and nothing from the index is ever parsed as HTML.
 */
export function parseExcerpt(html: string): TextSegment[] {
	const segments: TextSegment[] = [];
	let marked = false;
	for (const part of html.split(/(<\/?mark>)/)) {
		if (part === '<mark>') marked = true;
		else if (part === '</mark>') marked = false;
		else if (part) segments.push({ text: decodeEntities(part.replace(/<[^>]*>/g, '')), marked });
	}
	return segments;
}

/** Marks every occurrence of the terms (case-insensitively) in the text. */
export function highlightTerms(text: string, terms: readonly string[]): TextSegment[] {
	const lower = text.toLowerCase();
	const marks: [number, number][] = [];
	for (const term of terms) {
		if (!term) continue;
		const needle = term.toLowerCase();
		for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) marks.push([at, at + needle.length]);
	}
	marks.sort((a, b) => a[0] - b[0]);
	const segments: TextSegment[] = [];
	let position = 0;
	for (const [start, end] of marks) {
		if (end <= position) continue;
		const from = Math.max(start, position);
		const previous = segments.at(-1);
		if (from > position) segments.push({ text: text.slice(position, from), marked: false });
		// Overlapping or touching matches ("两步验证" + "验证码") make one mark.
		if (from === position && previous?.marked) segments[segments.length - 1] = { text: previous.text + text.slice(from, end), marked: true };
		else segments.push({ text: text.slice(from, end), marked: true });
		position = end;
	}
	if (position < text.length) segments.push({ text: text.slice(position), marked: false });
	return segments;
}

/**
 * An excerpt ready to show. English excerpts keep Pagefind's marks, which also cover stemmed
 * forms ("verification" for "verify"). Chinese index text is spaced (see han-text.ts): the
 * spaces go, and only the query's terms are marked, whole. Where the excerpt holds their
 * characters only apart, nothing is marked: single characters scattered through a sentence
 * (两 … 验) told the reader nothing and drew the eye to the wrong words.
 */
export function excerptSegments(html: string, terms: readonly string[]): TextSegment[] {
	const parsed = parseExcerpt(html);
	const text = parsed.map((segment) => segment.text).join('');
	if (!hasHan(text)) return parsed;
	return highlightTerms(removeHanSpaces(text), terms);
}
