import { expect, test } from 'vitest';
import { sectionInView } from '../../src/lib/section-in-view';

const headings = (...tops: number[]) => tops.map((top, index) => ({ id: `s${index + 1}`, top }));

test('above the first heading no section is being read', () => {
	expect(sectionInView(headings(300, 900), 120)).toBeNull();
	expect(sectionInView([], 120)).toBeNull();
});

test('the last heading at or above the line is the section being read', () => {
	expect(sectionInView(headings(-800, -100, 119, 400), 120)).toBe('s3');
	expect(sectionInView(headings(-800, -100, 121, 400), 120)).toBe('s2');
	expect(sectionInView(headings(-2000, -1500, -900), 120)).toBe('s3');
});
