import { expect, test } from 'vitest';
import { monthsBefore, staleGuideWarnings } from '../../src/lib/review-freshness';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test('six months before is the same day of the month, clamped to the shorter month', () => {
	expect(monthsBefore(day('2026-12-01'), 6)).toEqual(day('2026-06-01'));
	expect(monthsBefore(day('2026-08-31'), 6)).toEqual(day('2026-02-28'));
	expect(monthsBefore(day('2026-03-15'), 6)).toEqual(day('2025-09-15'));
});

test('warns about guides reviewed more than six months ago, and only those', () => {
	const guides = [
		{ path: 'zh/appeal.mdx', lastReviewed: day('2026-05-31') },
		{ path: 'en/appeal.mdx', lastReviewed: day('2026-06-01') },
		{ path: 'en/faq.mdx', lastReviewed: day('2026-11-30') },
	];
	expect(staleGuideWarnings(guides, day('2026-12-01'))).toEqual([
		'zh/appeal.mdx: last reviewed 2026-05-31, more than 6 months ago; check its sources and update lastReviewed',
	]);
});
