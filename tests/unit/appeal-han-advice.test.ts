import { describe, expect, test } from 'vitest';
import { containsHan, hanAdvice } from '../../src/lib/appeal/han-advice';
import { SITUATIONS, emptyInput, type AppealInput } from '../../src/lib/appeal/model';

describe('containsHan', () => {
	test.each(['张三', 'Zhang 三', '深圳市', '中國', '漢字 kanji', '𠀀'])('finds Chinese characters in %j', (value) => {
		expect(containsHan(value)).toBe(true);
	});

	test.each(['', 'Zhang San', 'Lǚ Xiǎo-míng', 'ＡＢＣ', '，。！（）', '한국어', 'ひらがな', '123 😀', 'Ünïcödé'])('finds none in %j', (value) => {
		expect(containsHan(value)).toBe(false);
	});
});

describe('hanAdvice', () => {
	const company: AppealInput = {
		...emptyInput(),
		email: 'seller@example.com',
		businessName: 'Example Trading Ltd',
		creditCode: '91350100M000100Y43',
		legalRepName: '张三',
		legalRepPinyin: 'Zhang San',
	};

	test('a form in the expected scripts gets no advice, the Chinese name of the legal representative included', () => {
		for (const situation of SITUATIONS) expect(hanAdvice(company, situation)).toEqual({});
	});

	test('each field the English text quotes as typed says what to type instead', () => {
		const input: AppealInput = {
			...company,
			legalRepPinyin: '张三',
			businessNameEn: '示例贸易',
			storeName: '示例家居',
			country: 'other',
			countryOther: '新加坡',
			notes: '页面显示错误',
		};
		expect(hanAdvice(input, 'verification-failed')).toEqual({
			legalRepPinyin: 'pinyin',
			businessNameEn: 'english-company-name',
			storeName: 'english-name',
			countryOther: 'english-place',
			notes: 'english-text',
		});
	});

	test('a Chinese licence name asks for the English name only while that field is empty', () => {
		const chinese = { ...company, businessName: '深圳市示例贸易有限公司' };
		expect(hanAdvice(chinese, 'verification-failed')).toEqual({ businessName: 'add-english-company-name' });
		expect(hanAdvice({ ...chinese, businessNameEn: '  ' }, 'restart-reply')).toEqual({ businessName: 'add-english-company-name' });
		expect(hanAdvice({ ...chinese, businessNameEn: 'Shenzhen Example Trading Co., Ltd.' }, 're-review')).toEqual({});
		// A login problem offers no English name field: the business name itself should be in English.
		expect(hanAdvice(chinese, 'login-access')).toEqual({ businessName: 'english-company-name' });
	});

	test('fields the form does not show get no advice', () => {
		const input: AppealInput = { ...company, businessName: '示例', countryOther: '新加坡', country: 'taiwan', creditCode: '统一代码' };
		// No business name for an individual, no typed-in country unless "other" is chosen.
		expect(hanAdvice(input, 'wrong-business-type')).toEqual({});
		expect(hanAdvice({ ...input, legalRepPinyin: '李四' }, 'login-access')).toEqual({ businessName: 'english-company-name' });
	});

	test('nothing typed is changed', () => {
		const input: AppealInput = { ...company, legalRepPinyin: '张三' };
		const before = JSON.stringify(input);
		hanAdvice(input, 'verification-failed');
		expect(JSON.stringify(input)).toBe(before);
	});
});
