/**
 * The unified social credit code (统一社会信用代码) printed on every Chinese business licence,
 * checked the way GB 32100-2015 defines it.
 */

/** The 31 characters a code may use: digits and capitals without I, O, Z, S and V. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weight of each of the first 17 characters (3^(i) mod 31). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

const CODE_LENGTH = 18;

/** Spaces and every kind of dash: people copy codes from PDFs and type them in groups. */
const SEPARATORS = /[\s\p{Pd}\u2212]/gu;

export type CreditCodeProblem = 'empty' | 'length' | 'characters' | 'check-character';

export type CreditCodeCheck = { ok: true; code: string } | { ok: false; reason: CreditCodeProblem };

/** Full-width to half-width (NFKC), no spaces or hyphens, upper case: "９１３５ 0100-m…" → "91350100M…". */
export function normaliseCreditCode(raw: string): string {
	return raw.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
}

/** The check character the first 17 characters call for, or undefined if one of them is not allowed. */
export function expectedCheckCharacter(first17: string): string | undefined {
	let sum = 0;
	for (const [index, weight] of WEIGHTS.entries()) {
		const value = ALPHABET.indexOf(first17.charAt(index));
		if (value < 0) return undefined;
		sum += value * weight;
	}
	// 31 − (sum mod 31) is 31 when the sum divides evenly; the standard writes that as '0'.
	return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Whether `raw` is a well-formed code. Problems are reported in the order a person fixes them:
 * nothing typed, then the wrong number of characters, then a letter that codes never use
 * (I, O, Z, S, V — usually a 1, 0, 2, 5 or U misread), then a typo the check character caught.
 */
export function checkCreditCode(raw: string): CreditCodeCheck {
	const code = normaliseCreditCode(raw);
	if (code === '') return { ok: false, reason: 'empty' };
	if ([...code].length !== CODE_LENGTH) return { ok: false, reason: 'length' };
	if (![...code].every((character) => ALPHABET.includes(character))) return { ok: false, reason: 'characters' };
	if (expectedCheckCharacter(code.slice(0, 17)) !== code.charAt(17)) return { ok: false, reason: 'check-character' };
	return { ok: true, code };
}
