import { describe, expect, test } from 'vitest';
import { compareOutlines, isValidHeadingId, splitExplicitId } from '../../src/lib/heading-ids';
import { readOutline } from '../../src/lib/markdown-outline';

describe('splitExplicitId', () => {
	test('separates a trailing {#id}', () => {
		expect(splitExplicitId('视频通话验证 {#video-call}')).toEqual({ text: '视频通话验证', id: 'video-call' });
		expect(splitExplicitId('The video call{#video-call}  ')).toEqual({ text: 'The video call', id: 'video-call' });
	});
	test('reports a heading without one', () => {
		expect(splitExplicitId('The video call')).toEqual({ text: 'The video call', id: null });
		expect(splitExplicitId('A {#marker} in the middle')).toEqual({ text: 'A {#marker} in the middle', id: null });
	});
	test('keeps an empty marker visible as an empty id', () => {
		expect(splitExplicitId('Empty {#}')).toEqual({ text: 'Empty', id: '' });
	});
});

test('isValidHeadingId accepts lowercase ASCII words joined by hyphens only', () => {
	for (const id of ['video-call', 'step-1', 'faq', 'a1b2']) expect(isValidHeadingId(id)).toBe(true);
	for (const id of ['', 'Video-call', 'video_call', '-call', 'call-', 'video--call', '1-step', '视频', 'video call']) {
		expect(isValidHeadingId(id)).toBe(false);
	}
});

describe('readOutline', () => {
	test('lists ids in order with their levels', () => {
		const outline = readOutline('## One {#one}\n\ntext\n\n### Two {#two}\n\n## Three {#three}\n');
		expect(outline.problems).toEqual([]);
		expect(outline.entries).toEqual([
			{ depth: 2, id: 'one' },
			{ depth: 3, id: 'two' },
			{ depth: 2, id: 'three' },
		]);
	});
	test('names every heading that is missing, repeats or misspells its id', () => {
		const outline = readOutline('# Title {#title}\n\n## No id\n\n## Bad {#Bad_Id}\n\n## A {#a}\n\n## Again {#a}\n');
		expect(outline.problems).toEqual([
			'"# Title": the page title is the only h1; use ## or ###',
			'"## No id" has no explicit id: end it with \\{#some-id}',
			'"## Bad" has the id "Bad_Id": use lowercase a-z, 0-9 and hyphens',
			'"## Again" repeats the id "a"',
		]);
	});
	test('reads the escaped id marker of an MDX guide, around embedded components and imports', () => {
		const mdx = "import Quiz from './Quiz.astro';\n\n## Steps \\{#steps}\n\n<Quiz />\n\n:::tip\n### Inside \\{#inside}\n:::\n";
		expect(readOutline(mdx, 'mdx')).toEqual({ entries: [{ depth: 2, id: 'steps' }, { depth: 3, id: 'inside' }], problems: [] });
	});
	test('reports an unescaped {#id} in MDX as the parse error Astro would stop on', () => {
		const { entries, problems } = readOutline('## Steps {#steps}\n', 'mdx');
		expect(entries).toEqual([]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^not valid MDX: /);
	});
	test('ignores heading-like lines inside code and finds headings inside asides', () => {
		const outline = readOutline('```\n## not a heading\n```\n\n:::tip\n### Inside {#inside}\n:::\n');
		expect(outline.entries).toEqual([{ depth: 3, id: 'inside' }]);
	});
});

describe('compareOutlines', () => {
	const names = { reference: 'zh/a.md', other: 'en/a.md' };
	const zh = [
		{ depth: 2, id: 'one' },
		{ depth: 3, id: 'two' },
	];
	test('finds no difference between identical outlines', () => {
		expect(compareOutlines(zh, [...zh], names)).toEqual([]);
	});
	test('names missing and extra sections with the file they are in', () => {
		expect(compareOutlines(zh, [{ depth: 2, id: 'one' }, { depth: 3, id: 'three' }], names)).toEqual([
			'#two is in zh/a.md but missing from en/a.md',
			'#three is in en/a.md but missing from zh/a.md',
		]);
	});
	test('names a section whose level differs', () => {
		expect(compareOutlines(zh, [{ depth: 2, id: 'one' }, { depth: 2, id: 'two' }], names)).toEqual([
			'#two is an h3 in zh/a.md but an h2 in en/a.md',
		]);
	});
	test('reports a different order when the same sections are shuffled', () => {
		expect(compareOutlines(zh, [zh[1]!, zh[0]!], names)).toEqual([
			'sections are in a different order: zh/a.md: one two; en/a.md: two one',
		]);
	});
});
