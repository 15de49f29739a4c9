import { storedFields } from '../stored-fields';
import { CHECKS, CONTACT_METHODS, DOCUMENTS, emptyInput, isCountry, isSituation, type AppealInput, type Situation } from './model';
import { capLength, MAX_LENGTH } from './normalise';

/** What the generator keeps in sessionStorage so a reload or a language switch loses nothing. */
export interface SavedAppeal {
	situation: Situation | null;
	input: AppealInput;
}

export const SAVED_APPEAL_KEY = 'seller-handbook:appeal:v1';

export function emptySavedAppeal(): SavedAppeal {
	return { situation: null, input: emptyInput() };
}

/** The value to store, or null when the form is empty and nothing should stay behind. */
export function serializeSavedAppeal(saved: SavedAppeal): string | null {
	const json = JSON.stringify(saved);
	return json === JSON.stringify(emptySavedAppeal()) ? null : json;
}

/**
 * Reads saved state back, trusting nothing: storage can hold anything (an older version, a
 * hand-edited value). Unknown fields and values are dropped; what is valid is kept.
 */
export function parseSavedAppeal(json: string | null): SavedAppeal {
	const saved = emptySavedAppeal();
	const stored = storedFields(json);
	if (!stored) return saved;
	const { situation, input } = stored;
	if (isSituation(situation)) saved.situation = situation;
	if (typeof input !== 'object' || input === null) return saved;
	const fields = input as Record<string, unknown>;

	for (const field of Object.keys(MAX_LENGTH) as (keyof typeof MAX_LENGTH)[]) {
		const value = fields[field];
		if (typeof value === 'string') saved.input[field] = capLength(value, MAX_LENGTH[field]).value;
	}
	const pick = <T extends string>(allowed: readonly T[], value: unknown): T[] =>
		Array.isArray(value) ? allowed.filter((item) => value.includes(item)) : [];
	saved.input.checked = pick(CHECKS, fields.checked);
	saved.input.documents = pick(DOCUMENTS, fields.documents);
	const [method] = pick(CONTACT_METHODS, [fields.contactMethod]);
	if (method) saved.input.contactMethod = method;
	readCountry(saved.input, fields.country);
	return saved;
}

/**
 * The country choice. Before it was a choice, the country was typed in: such a value is kept as
 * the place typed under "other", unless one is already there.
 */
function readCountry(input: AppealInput, value: unknown) {
	if (isCountry(value)) input.country = value;
	else if (typeof value === 'string' && value.trim()) {
		input.country = 'other';
		if (input.countryOther === '') input.countryOther = capLength(value, MAX_LENGTH.countryOther).value;
	}
}

/** The query parameter a link uses to open the generator on one situation: `?s=restart-reply`. */
export const SITUATION_PARAM = 's';

/**
 * The saved form with the situation a link asked for (`?s=…`), if it names one the generator
 * knows. Only the situation changes: what the reader already typed stays.
 */
export function withLinkedSituation(saved: SavedAppeal, search: string): SavedAppeal {
	const requested = new URLSearchParams(search).get(SITUATION_PARAM);
	return isSituation(requested) ? { ...saved, situation: requested } : saved;
}
