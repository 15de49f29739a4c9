import { hasHan, removeHanSpaces } from './han-text';

/** A heading of a result page, as Pagefind lists it (`anchors`: id and text, Chinese spaced). */
export interface PageAnchor {
	readonly id: string;
	readonly text: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the text holds the term whole: Han terms anywhere, other words at the start of a word ("call" in "calls", not in "recall"). */
export function holdsTerm(text: string, term: string): boolean {
	const lower = removeHanSpaces(text).toLowerCase();
	const wanted = term.toLowerCase();
	if (hasHan(wanted)) return lower.includes(wanted);
	return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(wanted)}`, 'u').test(lower);
}

const holdsAll = (text: string, terms: readonly string[]) => terms.length > 0 && terms.every((term) => holdsTerm(text, term));

/**
 * The heading a search result should open, so that "收不到验证码" lands on 已经收不到验证码了 and
 * "video call" on the FAQ's "How long do I have to book the video call?" rather than the top of
 * the page: the first heading that holds every term of the query. None when the page's own title
 * holds them all (the whole page is the answer, as for the video-call guide) or no heading does.
 */
export function landingSection(pageTitle: string, anchors: readonly PageAnchor[], terms: readonly string[]): PageAnchor | null {
	if (holdsAll(pageTitle, terms)) return null;
	const anchor = anchors.find((candidate) => candidate.id && holdsAll(candidate.text, terms));
	return anchor ? { id: anchor.id, text: removeHanSpaces(anchor.text) } : null;
}
