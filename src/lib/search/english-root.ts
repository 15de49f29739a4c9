/**
 * Pagefind stems English words, but its stemmer keeps "verify" (verifi) and "verification"
 * (verif) apart, and it matches a query word as the start of an indexed word. So besides the
 * reader's own words we also search for each word's root with the usual endings taken off:
 * "verify", "verified" and "verification" all become "verif", which starts every one of them.
 */

// Longest first, so "ications" wins over "s". Each keeps at least four letters of the word.
const ENDINGS = ['ications', 'ication', 'ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 'ly', 'y', 's', 'e'];

function withoutEnding(word: string): string {
	const ending = ENDINGS.find((candidate) => word.endsWith(candidate) && word.length - candidate.length >= 4);
	return ending ? word.slice(0, -ending.length) : word;
}

/** Two rounds, for stacked endings: "verifying" → "verify" → "verif". */
export function englishRoot(word: string): string {
	const lower = word.toLowerCase();
	return /^[a-z]+$/.test(lower) ? withoutEnding(withoutEnding(lower)) : lower;
}
