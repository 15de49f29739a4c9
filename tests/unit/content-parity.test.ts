import { expect, test } from 'vitest';
import { checkGuideParity, type GuideSource } from '../../src/lib/content-parity';

const guide = (locale: string, slug: string, body: string, shared = { section: 'verification', order: 1 }): GuideSource => ({
	locale,
	slug,
	path: `src/content/guides/${locale}/${slug}.md`,
	body,
	shared,
});

test('passes guides that exist in both languages with the same sections', () => {
	const body = '## A {#a}\n\n### B {#b}\n';
	expect(checkGuideParity([guide('zh', 'appeal', body), guide('en', 'appeal', body)], ['zh', 'en'])).toEqual([]);
});

test('names the file that has no twin and the file to add', () => {
	expect(checkGuideParity([guide('zh', 'appeal', '## A {#a}\n')], ['zh', 'en'])).toEqual([
		'src/content/guides/zh/appeal.md: no en version; add src/content/guides/en/appeal.md',
	]);
});

test('names both files and the section that differs', () => {
	const problems = checkGuideParity([guide('zh', 'appeal', '## A {#a}\n\n## B {#b}\n'), guide('en', 'appeal', '## A {#a}\n')], ['zh', 'en']);
	expect(problems).toEqual(['appeal: #b is in src/content/guides/zh/appeal.md but missing from src/content/guides/en/appeal.md']);
});

test('reports heading problems with the file they are in', () => {
	const problems = checkGuideParity([guide('zh', 'faq', '## 问题\n'), guide('en', 'faq', '## Question {#q}\n')], ['zh', 'en']);
	expect(problems[0]).toBe('src/content/guides/zh/faq.md: "## 问题" has no explicit id: end it with \\{#some-id}');
});

test('reports frontmatter that must agree between languages', () => {
	const problems = checkGuideParity(
		[guide('zh', 'faq', '## Q {#q}\n', { section: 'support', order: 10 }), guide('en', 'faq', '## Q {#q}\n', { section: 'support', order: 9 })],
		['zh', 'en']
	);
	expect(problems).toEqual(['faq: "order" is 10 in src/content/guides/zh/faq.md but 9 in src/content/guides/en/faq.md']);
});
