import { describe, expect, test } from 'vitest';
import { containsHan, hanAdvice } from '../../src/lib/appeal/han-advice';
import { FIELDS, emptyInput, isTextField, type AppealInput, type TextFieldId } from '../../src/lib/appeal/model';

const TEXT_FIELDS = FIELDS.filter((field): field is TextFieldId => isTextField(field));

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
	const adviceFor = (input: AppealInput, offersEnglishName = true) =>
		Object.fromEntries(TEXT_FIELDS.flatMap((field) => {
			const advice = hanAdvice(field, input, offersEnglishName);
			return advice ? [[field, advice]] : [];
		}));

	test('a form in the expected scripts gets no advice, the Chinese name of the legal representative included', () => {
		expect(adviceFor(company)).toEqual({});
		expect(adviceFor(company, false)).toEqual({});
	});

	test('each field the English text quotes as typed says what to type instead', () => {
		const input: AppealInput = {
			...company,
			legalRepPinyin: '张三',
			businessNameEn: '示例贸易',
			storeName: '示例家居',
			countryOther: '新加坡',
			notes: '页面显示错误',
		};
		expect(adviceFor(input)).toEqual({
			legalRepPinyin: 'pinyin',
			businessNameEn: 'company',
			storeName: 'name',
			countryOther: 'place',
			notes: 'text',
		});
	});

	test('Latin letters with a single Chinese character still get advice', () => {
		expect(hanAdvice('legalRepPinyin', { ...company, legalRepPinyin: 'Zhang 三' }, true)).toBe('pinyin');
	});

	test('a Chinese licence name asks for the English name only while that field is empty', () => {
		const chinese = { ...company, businessName: '深圳市示例贸易有限公司' };
		expect(hanAdvice('businessName', chinese, true)).toBe('add-company');
		expect(hanAdvice('businessName', { ...chinese, businessNameEn: ' \u3000 ' }, true)).toBe('add-company');
		expect(hanAdvice('businessName', { ...chinese, businessNameEn: 'Shenzhen Example Trading Co., Ltd.' }, true)).toBeUndefined();
		// A form without the English name field (a login problem): the business name itself should be in English.
		expect(hanAdvice('businessName', chinese, false)).toBe('company');
	});

	test('fields that may or must be in Chinese, or are checked otherwise, get none', () => {
		const input: AppealInput = { ...company, legalRepName: '张三', email: '张三@example.com', creditCode: '统一代码', caseId: '一二三', phone: '电话' };
		for (const field of ['legalRepName', 'email', 'creditCode', 'caseId', 'phone'] as const) expect(hanAdvice(field, input, true)).toBeUndefined();
	});

	test('nothing typed is changed', () => {
		const input: AppealInput = { ...company, legalRepPinyin: '张三' };
		const before = JSON.stringify(input);
		hanAdvice('legalRepPinyin', input, true);
		expect(JSON.stringify(input)).toBe(before);
	});
});
