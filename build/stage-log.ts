/**
 * A stage that runs inside Astro's build (an integration) ends with one log line that says what it
 * did and how long it took: "[search-index] indexed 45 pages in 1234 ms". The build runner
 * (build/stages.mjs) shows these lines and reads the times back for the bench.
 */

export function doneLine(what: string, startedAt: number): string {
	return `${what} in ${Math.round(performance.now() - startedAt)} ms`;
}

/** The milliseconds of a line written by doneLine, or null for any other line. */
export function doneMs(line: string): number | null {
	const match = / in (\d+) ms$/.exec(line);
	return match ? Number(match[1]) : null;
}
