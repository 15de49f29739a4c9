import { storedFields } from '../stored-fields';
import { MAX_CHECKED_CHARACTERS } from './message-parts';

/** What the e-mail checker keeps in sessionStorage (never in the address): the pasted text. */
export const SAVED_EMAIL_KEY = 'seller-handbook:email-check:v1';

/** The value to store, or null when there is nothing to keep or too much to keep. */
export function serializeSavedEmail(text: string): string | null {
	return text.trim() === '' || text.length > MAX_CHECKED_CHARACTERS ? null : JSON.stringify({ text });
}

export function parseSavedEmail(json: string | null): string {
	const text = storedFields(json)?.text;
	return typeof text === 'string' ? text.slice(0, MAX_CHECKED_CHARACTERS) : '';
}
