/** Why a typed figure cannot be used; each has a message in the reader's language. */
export type AmountError = 'negative' | 'exponent' | 'comma' | 'not-whole' | 'too-large' | 'not-a-number';

export type ParsedAmount = { ok: true; value: number | null } | { ok: false; error: AmountError };

/** Far above any seller's year; a bigger figure is a typing slip, not a sales total. */
const LARGEST = 1e12;

/**
 * Reads a figure as a seller types or pastes it: full-width digits (１２３, typed with a Chinese
 * input method), thousands separators (12,345.67), a currency sign or code. Blank is null ("none
 * entered"). Anything that could be misread is refused with a reason rather than guessed:
 * negatives, 1e9, a comma that is not a thousands separator.
 */
export function parseAmount(raw: string, { whole }: { whole: boolean }): ParsedAmount {
	let text = raw.normalize('NFKC').replace(/[\s\u00a0\u202f]/g, '');
	if (text === '') return { ok: true, value: null };
	text = text.replace(/^(?:US\$|USD|\$)/i, '').replace(/(?:USD|US\$|\$|美元|美金)$/i, '');
	if (/^[-−–]|^\(.*\)$/.test(text)) return { ok: false, error: 'negative' };
	if (/^\d+(?:\.\d+)?e[+-]?\d+$/i.test(text)) return { ok: false, error: 'exponent' };
	if (text.includes(',')) {
		if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return { ok: false, error: 'comma' };
		text = text.replaceAll(',', '');
	}
	if (!/^\d+(?:\.\d+)?$/.test(text)) return { ok: false, error: 'not-a-number' };
	if (whole && text.includes('.') && !/\.0+$/.test(text)) return { ok: false, error: 'not-whole' };
	const value = Number(text);
	if (value > LARGEST) return { ok: false, error: 'too-large' };
	return { ok: true, value };
}
