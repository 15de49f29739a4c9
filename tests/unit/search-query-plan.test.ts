import { expect, test } from 'vitest';
import { MAX_QUERY_LENGTH, planQuery } from '../../src/lib/search/query-plan';

test('a Chinese term is searched character by character, and as a phrase for ranking', () => {
	expect(planQuery('两步验证')).toEqual({ allWords: '两 步 验 证', phrases: ['"两 步 验 证"'], roots: null, asTyped: null, terms: ['两步验证'] });
});

test('mixed queries keep their Latin words and get one phrase per Han run', () => {
	expect(planQuery('SPS 申诉')).toEqual({ allWords: 'sps 申 诉', phrases: ['"申 诉"'], roots: null, asTyped: null, terms: ['申诉', 'sps'] });
	expect(planQuery('2SV验证码')).toMatchObject({ allWords: '2sv 验 证 码', terms: ['验证码', '2sv'] });
	expect(planQuery('INFORM 法案 卖家')?.phrases).toEqual(['"法 案"', '"卖 家"']);
});

test('a single Han character needs no phrase', () => {
	expect(planQuery('证')).toMatchObject({ allWords: '证', phrases: [] });
});

test('English words are also searched by their roots', () => {
	expect(planQuery('verify')).toMatchObject({ allWords: 'verify', roots: 'verif' });
	expect(planQuery('Seller Central')).toMatchObject({ allWords: 'seller central', roots: 'sell central' });
	expect(planQuery('sms')?.roots).toBeNull();
});

test('full-width letters and digits, and Traditional characters, are normalised', () => {
	expect(planQuery('ＳＰＳ　１４天')?.allWords).toBe('sps 14 天');
	expect(planQuery('申訴', { 訴: '诉' })?.terms).toEqual(['申诉']);
});

test('nothing searchable gives no plan', () => {
	expect(planQuery('')).toBeNull();
	expect(planQuery('  ，。！？ ')).toBeNull();
	expect(planQuery('"<>"')).toBeNull();
});

test('quotes and markup typed by the reader cannot change the query syntax', () => {
	expect(planQuery('"申诉" OR <b>')).toMatchObject({ allWords: 'or b 申 诉', phrases: ['"申 诉"'] });
});

test('very long input is cut', () => {
	expect(planQuery('验'.repeat(5000))!.terms[0]).toHaveLength(MAX_QUERY_LENGTH);
});

test('a query typed in Traditional characters is also searched as typed, for pages that quote Traditional text', () => {
	const plan = planQuery('高頻答疑', { 頻: '频' });
	expect(plan).toMatchObject({ allWords: '高 频 答 疑', asTyped: '"高 頻 答 疑"' });
	expect(planQuery('高頻 答疑 sps', { 頻: '频' })?.asTyped).toBeNull();
	expect(planQuery('高频答疑', { 頻: '频' })?.asTyped).toBeNull();
});
