import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { monthsEndingWith } from '../../src/lib/inform-check/months';
import { readPastedTable } from '../../src/lib/inform-check/pasted-table';
import { parseSavedInform, serializeSavedInform } from '../../src/lib/inform-check/saved-state';
import { evaluateMonths, evaluateTotals, type InformRules, type MonthEntry } from '../../src/lib/inform-check/windows';

// The figures come from the rule file, as the page passes them to the island.
const thresholds = JSON.parse(readFileSync('src/content/rules/inform-thresholds.json', 'utf8')) as { id: string; sales?: number; revenueUsd?: number; windowMonths?: number; lookbackMonths?: number }[];
const highVolume = thresholds.find(({ id }) => id === 'high-volume')!;
const rules: InformRules = {
	sales: highVolume.sales!,
	revenueUsd: highVolume.revenueUsd!,
	windowMonths: highVolume.windowMonths!,
	lookbackMonths: highVolume.lookbackMonths!,
	disclosureRevenueUsd: thresholds.find(({ id }) => id === 'disclosure')!.revenueUsd!,
};
const months = monthsEndingWith('2026-11', 24);

/** Entries from a list of [sales, revenue] per month, oldest first, starting `offset` months into the 24. */
function entries(figures: readonly (readonly [number | string, number | string])[], offset = 0): Record<string, MonthEntry> {
	return Object.fromEntries(figures.map(([sales, revenue], index) => [months[offset + index]!, { sales: String(sales), revenue: String(revenue) }]));
}
function evaluate(input: Record<string, MonthEntry>) {
	const evaluation = evaluateMonths(months, input, rules);
	if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.errors));
	return evaluation.result;
}
const steady = (count: number, sales: number, revenue: number) => Array.from({ length: count }, () => [sales, revenue] as const);

test('the rule file holds the statute’s figures', () => {
	expect(rules).toEqual({ sales: 200, revenueUsd: 5000, windowMonths: 12, lookbackMonths: 24, disclosureRevenueUsd: 20000 });
});

describe('the 12-month windows', () => {
	test('exactly 200 sales and exactly $5,000 in 12 months reach the mark (“or more”)', () => {
		// 12 months: 11 × 17 + 13 = 200 sales, 11 × 400 + 600 = 5,000 dollars, in the last 12 of the 24.
		const result = evaluate(entries([...steady(11, 17, 400), [13, 600]], 12));
		expect(result.answer).toBe('yes');
		expect(result.period).toMatchObject({ first: '2025-12', last: '2026-11', sales: 200, revenueUsd: 5000 });
	});

	test('199 sales or $4,999.99 does not, and Amazon’s “or” reading is told apart', () => {
		const fewSales = evaluate(entries([...steady(11, 17, 400), [12, 600]], 12));
		expect(fewSales.answer).toBe('no');
		expect(fewSales.meetsEitherFigure).toBe(true);
		const littleRevenue = evaluate(entries([...steady(11, 17, 400), [13, 599.99]], 12));
		expect(littleRevenue.answer).toBe('no');
		expect(littleRevenue.period.revenueUsd).toBe(4999.99);
	});

	test('many sales but little revenue: no by the statute’s “and”, yes by “or”', () => {
		const result = evaluate(entries(steady(24, 30, 100)));
		expect(result.answer).toBe('no');
		expect(result.meetsEitherFigure).toBe(true);
	});

	test('sales spread over 13 months, none of 12 reaching the mark: “may” (a window can start mid-month)', () => {
		// 13 months of 16 sales and $400: 12 months give 192 and $4,800; 13 give 208 and $5,200.
		const result = evaluate(entries(steady(13, 16, 400), 5));
		expect(result.answer).toBe('may');
		expect(result.period).toMatchObject({ first: months[5], last: months[17], sales: 208, revenueUsd: 5200 });
	});

	test('far below in every 13 months: no, with the window that came closest', () => {
		const result = evaluate(entries([[5, 50], [90, 2000], [5, 50]], 3));
		expect(result.answer).toBe('no');
		expect(result.meetsEitherFigure).toBe(false);
		expect(result.period.sales).toBe(100);
	});

	test('a burst in an old window still counts while it lies within the 24 months', () => {
		const result = evaluate(entries([[250, 6000]], 0));
		expect(result.answer).toBe('yes');
		expect(result.period).toMatchObject({ first: months[0], last: months[11] });
	});

	test('the latest qualifying window is the one named', () => {
		const result = evaluate({ ...entries([[250, 6000]], 0), ...entries([[250, 6000]], 20) });
		expect(result.period.last).toBe('2026-11');
	});
});

describe('gaps, short histories and order', () => {
	test('months left empty count as no sales, and are listed', () => {
		const result = evaluate(entries([[150, 3000], ['', ''], [60, 2500]], 10));
		expect(result.answer).toBe('yes');
		expect(result.blankMonths).toContain(months[11]);
		expect(result.blankMonths).toHaveLength(22);
	});

	test('fewer than 12 months of selling can already reach the mark', () => {
		const result = evaluate(entries([[120, 2600], [90, 2500]], 22));
		expect(result.answer).toBe('yes');
		expect(result.period.sales).toBe(210);
	});

	test('an empty table is “no”, not an error', () => {
		const result = evaluate({});
		expect(result.answer).toBe('no');
		expect(result.blankMonths).toHaveLength(24);
	});

	test('entries given out of order give the same answer', () => {
		const ordered = entries([[100, 2000], [60, 1500], [50, 1600]], 4);
		const shuffled = Object.fromEntries(Object.entries(ordered).reverse());
		expect(evaluate(shuffled)).toEqual(evaluate(ordered));
	});

	test('months outside the 24 are not counted', () => {
		const result = evaluate({ '2024-01': { sales: '5000', revenue: '90000' } });
		expect(result.answer).toBe('no');
	});

	test('bad cells are reported by month and field, and nothing is judged', () => {
		const evaluation = evaluateMonths(months, { [months[0]!]: { sales: '-3', revenue: '1e9' }, [months[1]!]: { sales: '１２', revenue: '1,000' } }, rules);
		expect(evaluation).toEqual({
			ok: false,
			errors: [
				{ month: months[0], field: 'sales', error: 'negative' },
				{ month: months[0], field: 'revenue', error: 'exponent' },
			],
		});
	});
});

describe('the $20,000 disclosure tier, over the same windows', () => {
	test('applies when a qualifying 12-month window reaches $20,000', () => {
		const result = evaluate(entries(steady(12, 20, 1700), 12));
		expect(result.answer).toBe('yes');
		expect(result.disclosure).toBe('yes');
		expect(result.disclosurePeriod?.revenueUsd).toBe(20400);
	});

	test('exactly $20,000 applies', () => {
		expect(evaluate(entries([...steady(11, 20, 1700), [20, 1300]], 12)).disclosure).toBe('yes');
	});

	test('$20,000 only over 13 months: may', () => {
		const result = evaluate(entries(steady(13, 20, 1600), 11));
		expect(result.answer).toBe('yes');
		expect(result.disclosure).toBe('may');
	});

	test('revenue of $20,000 does not apply the tier without 200 sales', () => {
		const result = evaluate(entries(steady(12, 10, 2000), 12));
		expect(result.answer).toBe('no');
		expect(result.disclosure).toBe('no');
	});
});

describe('totals the reader knows', () => {
	test.each([
		['200', '5,000', 'yes', 'no'],
		['199', '50000', 'no', 'no'],
		['１０００', '$25,000', 'yes', 'yes'],
	])('%s sales, %s', (sales, revenue, answer, disclosure) => {
		const evaluation = evaluateTotals(sales, revenue, rules);
		expect(evaluation.ok && evaluation.result.answer).toBe(answer);
		expect(evaluation.ok && evaluation.result.disclosure).toBe(disclosure);
	});

	test('bad totals are reported per field', () => {
		expect(evaluateTotals('abc', '-1', rules)).toEqual({ ok: false, errors: ['sales', 'revenue'], reasons: ['not-a-number', 'negative'] });
	});
});

describe('pasting from a spreadsheet', () => {
	test('tab-separated rows with months, in any order, header skipped', () => {
		const table = readPastedTable('Month\tUnits\tRevenue\n2026-11\t20\t1,500.50\n2026-10\t18\t1200\n', months, months[0]!, 'sales');
		expect(table.entries).toEqual({ '2026-11': { sales: '20', revenue: '1,500.50' }, '2026-10': { sales: '18', revenue: '1200' } });
		expect(table.unclearRows).toBe(0);
	});

	test('CSV with quoted thousands and full-width digits', () => {
		const table = readPastedTable('2025年1月,"1,200","$15,000"\n2025年2月,１２,300\n', months, months[0]!, 'sales');
		expect(table.entries['2025-01']).toEqual({ sales: '1,200', revenue: '$15,000' });
		expect(table.entries['2025-02']).toEqual({ sales: '１２', revenue: '300' });
	});

	test('rows without months fill down from the cell pasted into; a single column goes into that column', () => {
		const table = readPastedTable('100\n200\n300', months, months[22]!, 'revenue');
		expect(table.entries).toEqual({ [months[22]!]: { revenue: '100' }, [months[23]!]: { revenue: '200' } });
	});

	test('an unquoted comma inside a CSV figure makes the row unclear, not wrong', () => {
		const table = readPastedTable('2026-01,1,234,5,000', months, months[0]!, 'sales');
		expect(table.unclearRows).toBe(1);
		expect(table.entries).toEqual({});
	});

	test('months outside the 24 are named, not filled', () => {
		expect(readPastedTable('2020-01\t5\t5', months, months[0]!, 'sales').outsideMonths).toEqual(['2020-01']);
	});

	test('pasted values are then checked like typed ones', () => {
		const table = readPastedTable('2026-11\tabc\t-5', months, months[0]!, 'sales');
		const evaluation = evaluateMonths(months, table.entries as Record<string, MonthEntry>, rules);
		expect(evaluation.ok).toBe(false);
	});
});

describe('saved state', () => {
	test('round-trips and drops what it does not know', () => {
		const saved = { mode: 'totals' as const, entries: { '2026-01': { sales: '1', revenue: '2' } }, totals: { sales: '３', revenue: '' } };
		expect(parseSavedInform(serializeSavedInform(saved))).toEqual(saved);
		expect(parseSavedInform('{"mode":"x","entries":{"bad":{"sales":"1"},"2026-02":{"sales":5}},"totals":null}')).toEqual({
			mode: 'months',
			entries: { '2026-02': { sales: '', revenue: '' } },
			totals: { sales: '', revenue: '' },
		});
		expect(parseSavedInform('not json')).toEqual(parseSavedInform(null));
		expect(serializeSavedInform(parseSavedInform(null))).toBeNull();
	});
});
