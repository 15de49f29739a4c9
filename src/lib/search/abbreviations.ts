/** Abbreviations, lower case, and what the guides call the same thing in one language. */
export type AbbreviationMap = Readonly<Record<string, string>>;

const TWO_STEP = { en: 'two-step verification', zh: '两步验证' } as const;

/**
 * What readers type for terms the guides spell out. The guides never write "2SV", and Pagefind
 * splits it into "2" and "sv" and drops the missing part, so "2SV" alone would find every page with
 * a 2 in it. Only unambiguous abbreviations belong here: Chinese shorthand such as 二次验证 can
 * mean "verify again" as well as two-step verification, so it is searched as typed.
 */
const ABBREVIATIONS: Readonly<Record<string, Readonly<Record<'zh' | 'en', string>>>> = {
	'2sv': TWO_STEP,
	'2fa': TWO_STEP,
	mfa: TWO_STEP,
	otp: { en: 'verification code', zh: '验证码' },
};

export function abbreviationsFor(locale: 'zh' | 'en'): AbbreviationMap {
	return Object.fromEntries(Object.entries(ABBREVIATIONS).map(([abbreviation, meaning]) => [abbreviation, meaning[locale]]));
}

/** Replaces whole abbreviations in a lower-case query: "2sv验证码" → "两步验证验证码", "my 2fa" → "my two-step verification". */
export function expandAbbreviations(query: string, abbreviations: AbbreviationMap): string {
	// A maximal run of ASCII letters and digits is a whole word here, also right next to Han characters.
	return query.replace(/[a-z0-9]+/g, (word) => (Object.hasOwn(abbreviations, word) ? abbreviations[word]! : word));
}
