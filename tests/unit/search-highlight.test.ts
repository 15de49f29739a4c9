import { describe, expect, test } from 'vitest';
import { excerptSegments, highlightTerms, parseExcerpt } from '../../src/lib/search/highlight';

const render = (segments: { text: string; marked: boolean }[]) => segments.map(({ text, marked }) => (marked ? `[${text}]` : text)).join('');

test('parseExcerpt reads marks and entities as text', () => {
	expect(parseExcerpt('Use &lt;b&gt; &amp; <mark>verification</mark> codes')).toEqual([
		{ text: 'Use <b> & ', marked: false },
		{ text: 'verification', marked: true },
		{ text: ' codes', marked: false },
	]);
});

test('highlightTerms marks every occurrence, case-insensitively, merging overlaps', () => {
	expect(render(highlightTerms('SPS and sps', ['sps']))).toBe('[SPS] and [sps]');
	expect(render(highlightTerms('两步验证码', ['两步验证', '验证码']))).toBe('[两步验证码]');
	expect(render(highlightTerms('nothing here', ['申诉']))).toBe('nothing here');
});

describe('excerptSegments', () => {
	test('Chinese: removes the index spaces and marks the term whole', () => {
		const html = '只 用 最 新 的 <mark>两 </mark><mark>步 </mark><mark>验 </mark><mark>证 </mark>码';
		expect(render(excerptSegments(html, ['两步验证']))).toBe('只用最新的[两步验证]码');
	});

	test('Chinese: marks nothing when the excerpt has only scattered characters of the term', () => {
		const html = '本 页 分 <mark>两 </mark>部 分， 经 <mark>验 </mark>之 谈';
		expect(render(excerptSegments(html, ['两步验证']))).toBe('本页分两部分， 经验之谈');
	});

	test('English: keeps Pagefind’s marks, which include stemmed forms', () => {
		expect(render(excerptSegments('Seller identity <mark>verification</mark> explained', ['verify']))).toBe('Seller identity [verification] explained');
	});
});
