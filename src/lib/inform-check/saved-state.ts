import { storedFields } from '../stored-fields';
import type { MonthKey } from './months';
import type { MonthEntry } from './windows';

/** What the INFORM checker keeps in sessionStorage, so a reload or the language switch loses nothing. */
export interface SavedInform {
	mode: 'months' | 'totals';
	entries: Record<MonthKey, MonthEntry>;
	totals: MonthEntry;
}

export const SAVED_INFORM_KEY = 'seller-handbook:inform-check:v1';
const MAX_CELL = 40;

export function emptySavedInform(): SavedInform {
	return { mode: 'months', entries: {}, totals: { sales: '', revenue: '' } };
}

/** The value to store, or null when nothing was entered and nothing should stay behind. */
export function serializeSavedInform(saved: SavedInform): string | null {
	const entries = Object.fromEntries(Object.entries(saved.entries).filter(([, entry]) => entry.sales !== '' || entry.revenue !== ''));
	const trimmed = { ...saved, entries };
	return JSON.stringify(trimmed) === JSON.stringify(emptySavedInform()) ? null : JSON.stringify(trimmed);
}

/** Reads saved state back, trusting nothing: unknown months, fields and values are dropped. */
export function parseSavedInform(json: string | null): SavedInform {
	const saved = emptySavedInform();
	const fields = storedFields(json);
	if (!fields) return saved;
	const { mode, entries, totals } = fields;
	if (mode === 'totals') saved.mode = 'totals';
	saved.totals = entry(totals);
	if (typeof entries === 'object' && entries !== null) {
		for (const [month, value] of Object.entries(entries)) if (/^\d{4}-\d{2}$/.test(month)) saved.entries[month] = entry(value);
	}
	return saved;
}

function entry(value: unknown): MonthEntry {
	const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
	const text = (field: unknown) => (typeof field === 'string' ? field.slice(0, MAX_CELL) : '');
	return { sales: text(fields.sales), revenue: text(fields.revenue) };
}
