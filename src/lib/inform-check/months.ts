/** A calendar month as "YYYY-MM", which sorts in time order. */
export type MonthKey = string;

function monthKey(year: number, month: number): MonthKey {
	const date = new Date(Date.UTC(year, month - 1, 1));
	return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month before today's: the last one whose figures are complete. */
export function lastCompleteMonth(today: { year: number; month: number }): MonthKey {
	return monthKey(today.year, today.month - 1);
}

/** `count` months ending with `last`, oldest first. */
export function monthsEndingWith(last: MonthKey, count: number): MonthKey[] {
	const [year, month] = last.split('-').map(Number) as [number, number];
	return Array.from({ length: count }, (_, index) => monthKey(year, month - (count - 1) + index));
}

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A month as a spreadsheet shows it: 2025-01, 2025/1, 2025年1月, 01/2025, Jan 2025, January 2025,
 * or a date (2025-01-31) whose month counts. Null when the text is no month.
 */
export function parseMonthLabel(raw: string): MonthKey | null {
	const text = raw.normalize('NFKC').trim().toLowerCase();
	const valid = (year: number, month: number) => (month >= 1 && month <= 12 && year >= 2000 && year <= 2100 ? monthKey(year, month) : null);
	let match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*月|[-/.]\d{1,2}(?:日)?)?$/.exec(text);
	if (match) return valid(Number(match[1]), Number(match[2]));
	match = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
	if (match) return valid(Number(match[2]), Number(match[1]));
	match = /^([a-z]{3})[a-z]*\.?[\s-]+(\d{4})$/.exec(text);
	if (match && ENGLISH_MONTHS.includes(match[1]!)) return valid(Number(match[2]), ENGLISH_MONTHS.indexOf(match[1]!) + 1);
	return null;
}
