import { expect, test } from 'vitest';
import { parseOpenccCharacters, reduceToCorpus, toSimplified } from '../../src/lib/search/traditional-to-simplified';

const table = ['# Open Chinese Convert (OpenCC) Dictionary', '訴\t诉', '營\t营', '業\t业', '執\t执', '臺\t台 臺', '著\t着 著', '碼\t码', ''].join('\n');

test('reads an OpenCC character table, taking the first candidate and skipping comments', () => {
	const map = parseOpenccCharacters(table);
	expect(map.get('訴')).toBe('诉');
	expect(map.get('臺')).toBe('台');
	expect(map.size).toBe(7);
});

test('keeps only characters whose Simplified form the site uses', () => {
	const reduced = reduceToCorpus(parseOpenccCharacters(table), '提交申诉，上传营业执照');
	expect(reduced).toEqual({ 訴: '诉', 營: '营', 業: '业', 執: '执' });
});

test('converts a Traditional query character by character and leaves the rest', () => {
	const map = reduceToCorpus(parseOpenccCharacters(table), '申诉 营业执照 验证码');
	expect(toSimplified('申訴', map)).toBe('申诉');
	expect(toSimplified('營業執照 SPS', map)).toBe('营业执照 SPS');
	expect(toSimplified('constructor', map)).toBe('constructor');
});
