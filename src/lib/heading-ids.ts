/**
 * Headings carry their anchor id in the source, `## The video call \{#video-call}`, so links
 * shared by readers keep working when a heading is reworded or translated. The backslash is
 * Markdown's escape: MDX would read a bare `{…}` as a JavaScript expression, and plain Markdown
 * reads `\{` as `{` too, so both parsers see the same text, "The video call {#video-call}".
 */

/** Lowercase ASCII words joined by hyphens, starting with a letter: stable and URL-safe. */
const HEADING_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const TRAILING_ID = /\s*\{#([^{}]*)\}\s*$/;

export interface SplitHeading {
	/** The heading text without the id marker. */
	text: string;
	/** The id written in the source, or null when the heading has none. */
	id: string | null;
}

/** Separates a trailing `{#id}` marker from heading text. */
export function splitExplicitId(raw: string): SplitHeading {
	const match = TRAILING_ID.exec(raw);
	if (!match) return { text: raw, id: null };
	return { text: raw.slice(0, match.index), id: match[1] ?? '' };
}

export function isValidHeadingId(id: string): boolean {
	return HEADING_ID_PATTERN.test(id);
}

export interface OutlineEntry {
	depth: number;
	id: string;
}

/**
 * Lists how `other` differs from `reference` (two language versions of one page), in words a
 * writer can act on. An empty list means both have the same sections in the same order.
 */
export function compareOutlines(
	reference: readonly OutlineEntry[],
	other: readonly OutlineEntry[],
	names: { reference: string; other: string }
): string[] {
	const differences: string[] = [];
	const referenceById = new Map(reference.map((entry) => [entry.id, entry]));
	const otherById = new Map(other.map((entry) => [entry.id, entry]));

	for (const entry of reference) {
		if (!otherById.has(entry.id)) differences.push(`#${entry.id} is in ${names.reference} but missing from ${names.other}`);
	}
	for (const entry of other) {
		const counterpart = referenceById.get(entry.id);
		if (!counterpart) {
			differences.push(`#${entry.id} is in ${names.other} but missing from ${names.reference}`);
		} else if (counterpart.depth !== entry.depth) {
			differences.push(
				`#${entry.id} is an h${counterpart.depth} in ${names.reference} but an h${entry.depth} in ${names.other}`
			);
		}
	}
	if (differences.length === 0) {
		const referenceOrder = reference.map((entry) => entry.id).join(' ');
		const otherOrder = other.map((entry) => entry.id).join(' ');
		if (referenceOrder !== otherOrder) {
			differences.push(`sections are in a different order: ${names.reference}: ${referenceOrder}; ${names.other}: ${otherOrder}`);
		}
	}
	return differences;
}
