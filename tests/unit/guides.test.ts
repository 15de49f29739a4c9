import { expect, test } from 'vitest';
import { groupBySection, guidePath, guideSlug, guidesInOrder, neighbours } from '../../src/lib/guides';

const entry = (id: string, order: number, section: string) => ({ id, data: { title: id, order, section } });
const all = [
	entry('en/faq', 10, 'support'),
	entry('zh/appeal', 3, 'verification'),
	entry('en/appeal', 3, 'verification'),
	entry('en/login', 6, 'access'),
	entry('en/individual', 8, 'verification'),
	entry('en/intro', 1, 'verification'),
];
const sections = ['verification', 'access', 'support'];

test('slug and path of a guide id', () => {
	expect(guideSlug('zh/appeal')).toBe('appeal');
	expect(guidePath('zh/appeal')).toBe('/zh/appeal/');
});

test('orders one language by section, then by order', () => {
	expect(guidesInOrder(all, 'en', sections).map((guide) => guide.id)).toEqual(['en/intro', 'en/appeal', 'en/individual', 'en/login', 'en/faq']);
	expect(guidesInOrder(all, 'zh', sections).map((guide) => guide.id)).toEqual(['zh/appeal']);
});

test('finds the previous and next guide in reading order', () => {
	const ordered = guidesInOrder(all, 'en', sections);
	expect(neighbours(ordered, 'en/intro')).toEqual({ previous: undefined, next: ordered[1] });
	expect(neighbours(ordered, 'en/login').previous?.id).toBe('en/individual');
	expect(neighbours(ordered, 'en/faq').next).toBeUndefined();
	expect(neighbours(ordered, 'en/missing')).toEqual({});
});

test('groups by section and leaves out empty sections', () => {
	const groups = groupBySection(guidesInOrder(all, 'zh', sections), sections);
	expect(groups.map((group) => group.section)).toEqual(['verification']);
});
