/**
 * A guide whose last review is older than this is flagged at build time: Amazon changes its
 * pages, and a reader acting on a stale guide can go wrong.
 */
const REVIEW_INTERVAL_MONTHS = 6;

/** The date `months` calendar months before `date` (clamped to the month's last day). */
export function monthsBefore(date: Date, months: number): Date {
	const earlier = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1));
	const lastDay = new Date(Date.UTC(earlier.getUTCFullYear(), earlier.getUTCMonth() + 1, 0)).getUTCDate();
	earlier.setUTCDate(Math.min(date.getUTCDate(), lastDay));
	return earlier;
}

/** One warning per guide last reviewed before the review interval, naming the file and the date. */
export function staleGuideWarnings(guides: readonly { path: string; lastReviewed: Date }[], today: Date): string[] {
	const limit = monthsBefore(today, REVIEW_INTERVAL_MONTHS);
	return guides
		.filter((guide) => guide.lastReviewed.getTime() < limit.getTime())
		.map((guide) => `${guide.path}: last reviewed ${guide.lastReviewed.toISOString().slice(0, 10)}, more than ${REVIEW_INTERVAL_MONTHS} months ago; check its sources and update lastReviewed`);
}
