/**
 * Letters and digits that pass for the Latin letters of "amazon": Cyrillic and Greek letters drawn
 * the same (homoglyphs), and digits or pairs that scammers swap in. A deliberately short table: it
 * has to catch names built to imitate Amazon, not every confusable of Unicode.
 */
const LOOKALIKE_LETTERS: Record<string, string> = {
	а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', ѕ: 's', і: 'i', ј: 'j', ԁ: 'd', һ: 'h', ӏ: 'l', м: 'm', н: 'h', т: 't', к: 'k', в: 'b', г: 'r', ո: 'n', ս: 'u', զ: 'q',
	α: 'a', ο: 'o', ν: 'v', ε: 'e', ρ: 'p', τ: 't', κ: 'k', ι: 'i', μ: 'm', η: 'n', ζ: 'z', ɑ: 'a', ɡ: 'g', ı: 'i',
	'0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's',
};

/** The host as it reads to the eye: look-alike characters replaced, rn read as m, vv as w, separators dropped. */
export function visualSkeleton(unicodeHost: string): string {
	const mapped = [...unicodeHost.normalize('NFKC').toLowerCase()].map((character) => LOOKALIKE_LETTERS[character] ?? character).join('');
	return mapped.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/[-_.]/g, '');
}

export type LookalikeReason = 'homoglyph' | 'misspelt' | 'amazon-prefix' | 'contains-amazon';

/**
 * Why a host that is not on the list still passes for Amazon's, or null when it does not. The
 * caller has already found that the host is not Amazon's: this only explains the disguise.
 */
export function lookalikeReason(unicodeHost: string, genuineDomains: readonly string[]): LookalikeReason | null {
	const host = unicodeHost.normalize('NFKC').toLowerCase();
	if (genuineDomains.some((domain) => `.${host}`.includes(`.${domain}.`))) return 'amazon-prefix';
	if (/amazon/.test(host)) return 'contains-amazon';
	if (!visualSkeleton(host).includes('amazon')) return null;
	return /[^\u0000-\u007f]/.test(host) ? 'homoglyph' : 'misspelt';
}
