/**
 * The fields of a JSON object read back from storage, or null for anything else: no value, broken
 * JSON, an array, a string or a number. Storage can hold anything (an older version, a hand-edited
 * value), so each reader takes from these fields only what it can check.
 */
export function storedFields(json: string | null): Record<string, unknown> | null {
	let raw: unknown;
	try {
		raw = JSON.parse(json ?? 'null');
	} catch {
		return null;
	}
	return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
}
