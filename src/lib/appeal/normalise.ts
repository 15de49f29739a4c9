/**
 * Cleaning what people type or paste into the form, before it is checked or quoted in the appeal.
 * Nothing here throws, whatever the string.
 */
import { normaliseCreditCode } from './credit-code';
import type { TextFieldId } from './model';

/** Longest value each field keeps, in code points. 254 is the longest address e-mail can deliver to. */
export const MAX_LENGTH: Readonly<Record<TextFieldId, number>> = {
	email: 254,
	businessName: 200,
	businessNameEn: 200,
	creditCode: 40,
	legalRepName: 200,
	legalRepPinyin: 200,
	storeName: 200,
	countryOther: 100,
	caseId: 30,
	phone: 40,
	notes: 2000,
};

/** Half of a surrogate pair without its other half: not a character, and it turns into � when pasted. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Every way text marks a line end: Windows, old Mac, vertical tab, form feed, NEL, Unicode separators. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/** C0 and C1 control characters, DEL included; tabs and line breaks are dealt with before this runs. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

const WHITESPACE_RUN = /\s+/g;

/** The common first steps: full-width ASCII to half-width (NFKC) and no half characters. */
function cleanCharacters(raw: string): string {
	return raw.replace(LONE_SURROGATE, '').normalize('NFKC');
}

/** For one-line fields: line breaks, tabs and runs of spaces become one space; no control characters. */
export function normaliseSingleLine(raw: string): string {
	return cleanCharacters(raw)
		.replace(LINE_BREAK, ' ')
		.replace(/\t/g, ' ')
		.replace(CONTROL, '')
		.replace(WHITESPACE_RUN, ' ')
		.trim();
}

/**
 * For the notes field: keeps line breaks, trims each line, and allows at most one blank line in a
 * row, so pasted text keeps its paragraphs without the gaps and indentation of its source.
 */
export function normaliseMultiLine(raw: string): string {
	return cleanCharacters(raw)
		.replace(LINE_BREAK, '\n')
		.replace(/\t/g, ' ')
		.replace(CONTROL, (control) => (control === '\n' ? control : ''))
		.split('\n')
		.map((line) => line.replace(WHITESPACE_RUN, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Length as a reader counts characters: an emoji or a rare CJK character outside the BMP is one, not two. */
export function codePointLength(value: string): number {
	return [...value].length;
}

/**
 * Cuts `value` to at most `max` code points, at a boundary between user-perceived characters,
 * so an emoji sequence or a character with its accents is kept whole or dropped whole.
 */
export function capLength(value: string, max: number): { value: string; truncated: boolean } {
	// A string's UTF-16 length is never less than its code-point count, so short ones need no work.
	if (value.length <= max) return { value, truncated: false };
	let kept = 0;
	let end = 0;
	for (const { segment } of graphemes.segment(value)) {
		const size = codePointLength(segment);
		if (kept + size > max) return { value: value.slice(0, end), truncated: true };
		kept += size;
		end += segment.length;
	}
	return { value, truncated: false };
}

/** A field's value as the appeal uses it: cleaned the way that field needs, not yet cut to length. */
export function normaliseField(field: TextFieldId, raw: string): string {
	switch (field) {
		case 'notes':
			return normaliseMultiLine(raw);
		case 'creditCode':
			return normaliseCreditCode(normaliseSingleLine(raw));
		default:
			return normaliseSingleLine(raw);
	}
}
