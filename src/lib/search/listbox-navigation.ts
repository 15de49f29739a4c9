/**
 * The highlighted option in a list the reader moves through with the arrow keys from a text
 * field: -1 is none (the field itself). Down from the last option wraps to the first, up from the
 * first (or from none) to the last, as in the search boxes readers already know.
 */
export function moveActiveOption(active: number, step: 1 | -1, count: number): number {
	if (count === 0) return -1;
	if (active < 0) return step === 1 ? 0 : count - 1;
	return (active + step + count) % count;
}
