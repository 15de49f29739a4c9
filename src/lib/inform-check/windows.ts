import { parseAmount, type AmountError } from './amounts';
import type { MonthKey } from './months';

/** The statute's figures, from src/content/rules/inform-thresholds.json. */
export interface InformRules {
	sales: number;
	revenueUsd: number;
	windowMonths: number;
	lookbackMonths: number;
	disclosureRevenueUsd: number;
}

/** What the reader typed for one month, kept as typed. */
export interface MonthEntry {
	sales: string;
	revenue: string;
}

export interface CellError {
	month: MonthKey;
	field: 'sales' | 'revenue';
	error: AmountError;
}

/** A run of months and what they add up to. */
export interface Period {
	first: MonthKey;
	last: MonthKey;
	sales: number;
	revenueUsd: number;
}

/**
 * yes: figures the reader gave reach the mark in a calendar 12-month window;
 * may: no calendar window does, but a 12-month period starting mid-month could (13 months reach it);
 * no: not even 13 months in a row reach it.
 */
export type Answer = 'yes' | 'may' | 'no';

export interface InformResult {
	answer: Answer;
	/** yes: the latest window that reaches the mark; may: the 13 months that could hold one; no: the window closest to it. */
	period: Period;
	/** The $20,000 tier, over the same 12-month windows (only meaningful when answer is not "no"). */
	disclosure: Answer;
	disclosurePeriod: Period | null;
	/** Amazon's announcement said "or": would a window reach 200 sales or $5,000 on its own? */
	meetsEitherFigure: boolean;
	/** Months left empty, counted as no sales. */
	blankMonths: MonthKey[];
}

export type MonthlyEvaluation = { ok: true; result: InformResult } | { ok: false; errors: CellError[] };

/** Evaluates the monthly table: `months` are the 24 months to look at, oldest first; entries for other months are ignored. */
export function evaluateMonths(months: readonly MonthKey[], entries: Readonly<Record<MonthKey, MonthEntry>>, rules: InformRules): MonthlyEvaluation {
	const errors: CellError[] = [];
	const blankMonths: MonthKey[] = [];
	const figures = months.map((month) => {
		const entry = entries[month] ?? { sales: '', revenue: '' };
		const sales = parseAmount(entry.sales, { whole: true });
		const revenue = parseAmount(entry.revenue, { whole: false });
		if (!sales.ok) errors.push({ month, field: 'sales', error: sales.error });
		if (!revenue.ok) errors.push({ month, field: 'revenue', error: revenue.error });
		const salesValue = sales.ok ? sales.value : null;
		const revenueValue = revenue.ok ? revenue.value : null;
		if (salesValue === null && revenueValue === null) blankMonths.push(month);
		return { month, sales: salesValue ?? 0, revenueUsd: revenueValue ?? 0 };
	});
	if (errors.length > 0) return { ok: false, errors };

	const spans = (length: number): Period[] =>
		Array.from({ length: Math.max(0, figures.length - length + 1) }, (_, start) => {
			const slice = figures.slice(start, start + length);
			return {
				first: slice[0]!.month,
				last: slice.at(-1)!.month,
				sales: slice.reduce((sum, month) => sum + month.sales, 0),
				revenueUsd: Math.round(slice.reduce((sum, month) => sum + month.revenueUsd, 0) * 100) / 100,
			};
		});
	// Fewer months than a window: the months given are the whole window (the rest count as no sales).
	const windows = spans(Math.min(rules.windowMonths, figures.length));
	// A 12-month period that starts mid-month touches 13 calendar months; their total bounds it.
	const overlaps = figures.length > rules.windowMonths ? spans(rules.windowMonths + 1) : [];
	return { ok: true, result: judge(windows, overlaps, rules, blankMonths) };
}

/** Evaluates totals the reader knows for one 12-month period. */
export function evaluateTotals(salesRaw: string, revenueRaw: string, rules: InformRules): { ok: true; result: InformResult } | { ok: false; errors: ('sales' | 'revenue')[]; reasons: AmountError[] } {
	const sales = parseAmount(salesRaw, { whole: true });
	const revenue = parseAmount(revenueRaw, { whole: false });
	const failed = [sales.ok ? null : (['sales', sales.error] as const), revenue.ok ? null : (['revenue', revenue.error] as const)].filter((item) => item !== null);
	if (failed.length > 0) return { ok: false, errors: failed.map(([field]) => field), reasons: failed.map(([, error]) => error) };
	const period: Period = { first: '', last: '', sales: (sales.ok && sales.value) || 0, revenueUsd: (revenue.ok && revenue.value) || 0 };
	return { ok: true, result: judge([period], [], rules, []) };
}

function judge(windows: readonly Period[], overlaps: readonly Period[], rules: InformRules, blankMonths: MonthKey[]): InformResult {
	const reaches = (period: Period) => period.sales >= rules.sales && period.revenueUsd >= rules.revenueUsd;
	const closeness = (period: Period) => Math.min(period.sales / rules.sales, period.revenueUsd / rules.revenueUsd);
	const latest = (periods: readonly Period[]) => periods.at(-1) ?? null;

	const reaching = windows.filter(reaches);
	const overlapping = overlaps.filter(reaches);
	const answer: Answer = reaching.length > 0 ? 'yes' : overlapping.length > 0 ? 'may' : 'no';
	const period = latest(reaching) ?? latest(overlapping) ?? [...windows].sort((a, b) => closeness(b) - closeness(a))[0]!;

	const tierWindows = reaching.filter((window) => window.revenueUsd >= rules.disclosureRevenueUsd);
	const tierOverlaps = overlapping.filter((window) => window.revenueUsd >= rules.disclosureRevenueUsd);
	const disclosure: Answer = answer === 'no' ? 'no' : tierWindows.length > 0 ? 'yes' : tierOverlaps.length > 0 ? 'may' : 'no';

	return {
		answer,
		period,
		disclosure,
		disclosurePeriod: disclosure === 'yes' ? latest(tierWindows) : disclosure === 'may' ? latest(tierOverlaps) : null,
		meetsEitherFigure: windows.some((window) => window.sales >= rules.sales || window.revenueUsd >= rules.revenueUsd),
		blankMonths,
	};
}
