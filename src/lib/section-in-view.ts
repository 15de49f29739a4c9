/**
 * Which section a reader is reading: the last section heading that has scrolled past a line a
 * little below the top of the window. Used to mark it in the contents and to open the other
 * language at the same place. Pure, so it is tested without a browser.
 */

export interface HeadingPosition {
	id: string;
	/** Distance of the heading's top from the top of the window, in CSS pixels (negative once scrolled past). */
	top: number;
}

/**
 * The id of the section being read, or null above the first heading. `line` is how far down the
 * window a heading counts as reached: a heading just below the sticky header is being read.
 */
export function sectionInView(headings: readonly HeadingPosition[], line: number): string | null {
	let current: string | null = null;
	for (const heading of headings) {
		if (heading.top <= line) current = heading.id;
		else break;
	}
	return current;
}
