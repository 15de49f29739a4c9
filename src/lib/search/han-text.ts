/**
 * Chinese text for search. Pagefind splits Chinese into words with a dictionary segmenter when it
 * indexes and with `Intl.Segmenter` when it searches; the two disagree, so a page that contains
 * a query word can be missed. We take word splitting away from both: every Han character is
 * indexed, and searched, as a word of its own (a space between each pair of Han characters).
 * A page that contains a term then always contains all of the term's characters, so it is
 * always found; which pages hold the term itself, in order, is settled by a phrase search (see
 * query-plan.ts). Display text is put back together with `removeHanSpaces`.
 */

const HAN_PAIR = /(\p{Script=Han})(?=\p{Script=Han})/gu;
const SPACED_HAN_PAIR = /(\p{Script=Han}) (?=\p{Script=Han})/gu;
const HAN_RUN = /\p{Script=Han}+/gu;

/** "两步验证码" → "两 步 验 证 码"; other text is left as it is. */
export function spaceHan(text: string): string {
	return text.replace(HAN_PAIR, '$1 ');
}

/**
 * Undoes `spaceHan` on text that comes back from the index (titles, excerpts), including the
 * zero-width spaces Pagefind puts between the words it segmented.
 */
export function removeHanSpaces(text: string): string {
	return text.replace(/\u200b/g, '').replace(SPACED_HAN_PAIR, '$1');
}

/** The runs of Han characters in a text, in order: "SPS 申诉 邮件" → ["申诉", "邮件"]. */
export function hanRuns(text: string): string[] {
	return text.match(HAN_RUN) ?? [];
}

export function hasHan(text: string): boolean {
	return /\p{Script=Han}/u.test(text);
}

/**
 * Spaces the Han characters in the text of an HTML page, leaving tags, attributes, scripts and
 * styles alone. Used on the copy of each Chinese page that goes into the index, never on the page
 * readers get.
 */
export function spaceHanInHtml(html: string): string {
	let inRawText = false;
	return html
		.split(/(<[^>]*>)/)
		.map((part, index) => {
			if (index % 2 === 1) {
				if (/^<(script|style)\b/i.test(part)) inRawText = true;
				else if (/^<\/(script|style)\b/i.test(part)) inRawText = false;
				return part;
			}
			return inRawText ? part : spaceHan(part);
		})
		.join('');
}
