import { describe, expect, test } from 'vitest';
import { chapterPages, contentsHtml, coverHtml, escapeHtml, type HandbookPart } from '../../build/pdf/handbook';

const parts: HandbookPart[] = [
	{ title: 'Identity verification', chapters: [{ id: 'appeal', title: 'Appealing <a> failed "verification"' }] },
	{ title: 'Checkers', chapters: [{ id: 'failure-quiz', title: 'Why did it fail?' }] },
];

describe('the handbook’s cover', () => {
	test('escapes text and links the address given', () => {
		const html = coverHtml({
			title: 'Handbook & co',
			description: 'For <sellers>',
			reviewed: 'Last reviewed 22 November 2026',
			addressLine: '手册在线版：{url}',
			address: 'https://help.example.org/zh/',
			independence: 'Independent.',
		});
		expect(html).toContain('<h1>Handbook &#38; co</h1>');
		expect(html).toContain('For &#60;sellers&#62;');
		expect(html).toContain('<p>手册在线版：<a href="https://help.example.org/zh/">https://help.example.org/zh/</a></p>');
	});
});

describe('the table of contents', () => {
	test('links every chapter under its part, with placeholders before the first printing', () => {
		const html = contentsHtml('Contents', parts, null);
		expect(html).toMatch(/<p class="handbook-part">Identity verification<\/p>\s*<ol><li><a href="#appeal">/);
		expect(html).toContain(escapeHtml('Appealing <a> failed "verification"'));
		expect(html.match(/class="handbook-page">000</g)).toHaveLength(2);
	});

	test('shows the pages the chapters start on once they are known', () => {
		const html = contentsHtml('Contents', parts, new Map([['appeal', 3], ['failure-quiz', 41]]));
		expect(html).toContain('<a href="#appeal"><span>Appealing &#60;a&#62; failed &#34;verification&#34;</span><span class="handbook-leader"></span><span class="handbook-page">3</span></a>');
		expect(html).toContain('<span class="handbook-page">41</span>');
	});
});

describe('chapterPages', () => {
	test('reads each chapter’s first page from the printed destinations', () => {
		const destinations = new Map([['appeal', 3], ['appeal--video-call', 5], ['failure-quiz', 41]]);
		expect(chapterPages(parts, destinations)).toEqual(new Map([['appeal', 3], ['failure-quiz', 41]]));
	});

	test('is null while a chapter has no page', () => {
		expect(chapterPages(parts, new Map([['appeal', 3]]))).toBeNull();
	});
});
