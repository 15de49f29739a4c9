import { describe, expect, test } from 'vitest';
import { parseAmount } from '../../src/lib/inform-check/amounts';
import { lastCompleteMonth, monthsEndingWith, parseMonthLabel } from '../../src/lib/inform-check/months';

describe('figures as sellers type them', () => {
	test.each([
		['5000', 5000],
		['5,000', 5000],
		['1,234,567.89', 1234567.89],
		['$5,000.00', 5000],
		['US$ 12,000', 12000],
		['5000 USD', 5000],
		['5000美元', 5000],
		['１２３', 123],
		['１，２３４', 1234],
		[' 200 ', 200],
		['0', 0],
	])('%s reads as %d', (raw, value) => {
		expect(parseAmount(raw, { whole: false })).toEqual({ ok: true, value });
	});

	test('blank is “nothing entered”, not zero and not an error', () => {
		expect(parseAmount('', { whole: true })).toEqual({ ok: true, value: null });
		expect(parseAmount('   ', { whole: true })).toEqual({ ok: true, value: null });
	});

	test.each([
		['-5', 'negative'],
		['−5', 'negative'],
		['(5,000)', 'negative'],
		['1e9', 'exponent'],
		['2.5E3', 'exponent'],
		['1,5', 'comma'],
		['12,34,567', 'comma'],
		['abc', 'not-a-number'],
		['5k', 'not-a-number'],
		['五千', 'not-a-number'],
		['1.2.3', 'not-a-number'],
		['9999999999999', 'too-large'],
	])('%s is refused: %s', (raw, error) => {
		expect(parseAmount(raw, { whole: false })).toEqual({ ok: false, error });
	});

	test('sales are whole numbers; 200.0 is still 200', () => {
		expect(parseAmount('200.5', { whole: true })).toEqual({ ok: false, error: 'not-whole' });
		expect(parseAmount('200.0', { whole: true })).toEqual({ ok: true, value: 200 });
	});
});

describe('months', () => {
	test('the 24 months end with the last complete month, across a year boundary', () => {
		expect(lastCompleteMonth({ year: 2026, month: 1 })).toBe('2025-12');
		const months = monthsEndingWith('2026-11', 24);
		expect(months).toHaveLength(24);
		expect(months[0]).toBe('2024-12');
		expect(months.at(-1)).toBe('2026-11');
	});

	test.each([
		['2025-01', '2025-01'],
		['2025/1', '2025-01'],
		['2025年3月', '2025-03'],
		['２０２５年３月', '2025-03'],
		['03/2025', '2025-03'],
		['Mar 2025', '2025-03'],
		['September 2025', '2025-09'],
		['2025-01-31', '2025-01'],
	])('%s is %s', (label, month) => {
		expect(parseMonthLabel(label)).toBe(month);
	});

	test.each(['2025-13', 'Month', '1200', 'Foo 2025', ''])('%s is no month', (label) => {
		expect(parseMonthLabel(label)).toBeNull();
	});
});
