import Papa from 'papaparse';
import { parseMonthLabel, type MonthKey } from './months';
import type { MonthEntry } from './windows';

export interface PastedTable {
	/** Figures by month, as pasted (still text: the table checks them like typed ones). */
	entries: Record<MonthKey, Partial<MonthEntry>>;
	/** Rows with more figures than columns, e.g. 1,234 unquoted in a comma-separated line. */
	unclearRows: number;
	/** Months named in the paste that lie outside the 24 months. */
	outsideMonths: MonthKey[];
}

/**
 * Reads cells pasted from a spreadsheet (tab-separated) or a CSV file. A row may start with its
 * month (any order); rows without one fill the months from `startMonth` on. One figure per row
 * goes into `column`; two are sales then revenue. Header rows (no figure, no month) are skipped.
 * Only called when the reader pastes more than one cell, so the CSV parser loads only then.
 */
export function readPastedTable(text: string, months: readonly MonthKey[], startMonth: MonthKey, column: keyof MonthEntry): PastedTable {
	const { data } = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n').trim(), { skipEmptyLines: 'greedy', delimitersToGuess: ['\t', ',', ';'] });
	const table: PastedTable = { entries: {}, unclearRows: 0, outsideMonths: [] };
	let next = months.indexOf(startMonth);
	for (const row of data) {
		const cells = row.map((cell) => cell.trim());
		const labelled = parseMonthLabel(cells[0] ?? '');
		const figures = labelled ? cells.slice(1) : cells;
		if (!labelled && !figures.some((cell) => /[0-9０-９]/.test(cell))) continue;
		const filled = figures.filter((cell) => cell !== '');
		if (filled.length > 2) {
			table.unclearRows++;
			continue;
		}
		const month = labelled ?? months[next];
		if (!labelled) next++;
		if (!month || !months.includes(month)) {
			if (month) table.outsideMonths.push(month);
			continue;
		}
		table.entries[month] = figures.length >= 2 ? { sales: figures[0]!, revenue: figures[1]! } : { [column]: figures[0] ?? '' };
	}
	return table;
}
