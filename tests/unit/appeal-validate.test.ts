import { describe, expect, test } from 'vitest';
import {
	SITUATIONS,
	emptyInput,
	fieldsFor,
	isSituation,
	type AppealInput,
	type FieldId,
	type Situation,
} from '../../src/lib/appeal/model';
import { validate } from '../../src/lib/appeal/validate';
import { fieldLabel } from '../../src/lib/appeal/wording';
import { readAppealWording } from '../support/content-data';

const APPEAL_WORDING = readAppealWording();

const COMPANY: AppealInput = {
	...emptyInput(),
	email: 'seller@example.com',
	businessName: '深圳市示例贸易有限公司',
	creditCode: '91350100M000100Y43',
	legalRepName: '张三',
	legalRepPinyin: 'Zhang San',
};

function errorsFor(changes: Partial<AppealInput>, situation: Situation = 'verification-failed') {
	return validate({ ...COMPANY, ...changes }, situation);
}

describe('validate', () => {
	test('a complete input has no errors', () => {
		expect(validate(COMPANY, 'verification-failed')).toEqual({});
		expect(validate({ ...COMPANY, country: 'mainland-china' }, 'wrong-business-type')).toEqual({});
		expect(validate({ ...COMPANY, country: 'other', countryOther: 'Singapore' }, 'wrong-business-type')).toEqual({});
		expect(validate({ ...COMPANY, notes: 'The page says "There was a problem".' }, 'login-access')).toEqual({});
	});

	test('an empty form reports exactly the required fields of each situation', () => {
		expect(validate(emptyInput(), 'verification-failed')).toEqual({
			email: 'required-missing',
			businessName: 'required-missing',
			creditCode: 'required-missing',
			legalRepName: 'required-missing',
			legalRepPinyin: 'required-missing',
		});
		expect(validate(emptyInput(), 'wrong-business-type')).toEqual({
			email: 'required-missing',
			legalRepName: 'required-missing',
			legalRepPinyin: 'required-missing',
			country: 'required-missing',
		});
		expect(validate(emptyInput(), 'login-access')).toEqual({ email: 'required-missing', notes: 'required-missing' });
	});

	test('whitespace and control characters alone count as missing', () => {
		expect(errorsFor({ email: ' \u3000\t\u0000 ' })).toEqual({ email: 'required-missing' });
	});

	test('e-mail format', () => {
		expect(errorsFor({ email: 'seller@example' })).toEqual({ email: 'email-format' });
		expect(errorsFor({ email: 'seller example.com' })).toEqual({ email: 'email-format' });
		expect(errorsFor({ email: 'a@b@example.com' })).toEqual({ email: 'email-format' });
		expect(errorsFor({ email: 'ｓｅｌｌｅｒ＠ｅｘａｍｐｌｅ．ｃｏｍ' })).toEqual({});
		expect(errorsFor({ email: `${'a'.repeat(250)}@example.com` })).toEqual({ email: 'too-long' });
	});

	test('credit code problems, each with its own code', () => {
		expect(errorsFor({ creditCode: '91350100M000100Y4' })).toEqual({ creditCode: 'credit-code-length' });
		expect(errorsFor({ creditCode: 'x'.repeat(300) })).toEqual({ creditCode: 'credit-code-length' });
		expect(errorsFor({ creditCode: '91350100O000100Y43' })).toEqual({ creditCode: 'credit-code-characters' });
		expect(errorsFor({ creditCode: '911101087109195869' })).toEqual({ creditCode: 'credit-code-check' });
		expect(errorsFor({ creditCode: '9135 0100 m000 100y 43' })).toEqual({});
	});

	test('the case ID is optional, and digits only', () => {
		expect(errorsFor({ caseId: '' })).toEqual({});
		expect(errorsFor({ caseId: '12345678901' })).toEqual({});
		expect(errorsFor({ caseId: '１２３４５' })).toEqual({});
		expect(errorsFor({ caseId: 'Case 123' })).toEqual({ caseId: 'case-id-digits' });
		expect(errorsFor({ caseId: '123-456' })).toEqual({ caseId: 'case-id-digits' });
	});

	test('the phone number is optional and checked leniently', () => {
		for (const phone of ['+86 138 0013 8000', '(010) 1234-5678', '123456', '+'.concat('1'.repeat(20))]) {
			expect(errorsFor({ phone }), phone).toEqual({});
		}
		for (const phone of ['12345', '1'.repeat(21), '138 0013 8000 ext. 5', 'call me', '+86 138.0013.8000']) {
			expect(errorsFor({ phone }), phone).toEqual({ phone: 'phone-format' });
		}
	});

	test('too-long values', () => {
		expect(errorsFor({ businessName: '公'.repeat(201) })).toEqual({ businessName: 'too-long' });
		expect(errorsFor({ businessName: '公'.repeat(200) })).toEqual({});
		expect(errorsFor({ notes: 'n'.repeat(2001) })).toEqual({ notes: 'too-long' });
	});

	test('a required country must be chosen, and typed in when it is “other”', () => {
		expect(errorsFor({ country: '' }, 'wrong-business-type')).toEqual({ country: 'required-missing' });
		expect(errorsFor({ country: 'other', countryOther: ' ' }, 'wrong-business-type')).toEqual({ countryOther: 'required-missing' });
		// Where the country is optional, "other" with nothing typed is no error either.
		expect(errorsFor({ country: 'other' })).toEqual({});
		// The typed-in place counts only under "other".
		expect(errorsFor({ country: 'macao', countryOther: '😀'.repeat(200) }, 'wrong-business-type')).toEqual({});
		expect(errorsFor({ country: 'other', countryOther: '😀'.repeat(200) }, 'wrong-business-type')).toEqual({ countryOther: 'too-long' });
	});

	test('only looks at the fields the situation shows', () => {
		const login = { ...emptyInput(), email: 'seller@example.com', notes: 'Error', creditCode: 'nonsense' };
		expect(validate(login, 'login-access')).toEqual({});
		expect(validate({ ...COMPANY, businessName: '', creditCode: '', country: 'taiwan' }, 'wrong-business-type')).toEqual(
			{},
		);
	});

	test.each(SITUATIONS)('never throws, even on hostile input (%s)', (situation) => {
		const hostile: AppealInput = {
			...emptyInput(),
			email: '\uD800'.repeat(1000),
			businessName: '<script>alert(1)</script>',
			creditCode: '\u0000'.repeat(100_000),
			legalRepName: '"><img onerror=alert(1)>',
			legalRepPinyin: 'x'.repeat(100_000),
			storeName: '\n'.repeat(10_000),
			countryOther: '😀'.repeat(10_000),
			caseId: '1'.repeat(100_000),
			phone: '+'.repeat(100_000),
			notes: '\r\n\t'.repeat(100_000),
		};
		expect(() => validate(hostile, situation)).not.toThrow();
	});
});

describe('fieldsFor', () => {
	const shown = (situation: Situation): FieldId[] => fieldsFor(situation).map(({ id }) => id);
	const required = (situation: Situation): FieldId[] =>
		fieldsFor(situation).flatMap(({ id, required }) => (required ? [id] : []));

	test('every situation asks for the registration e-mail, the contact method and the checks', () => {
		for (const situation of SITUATIONS) {
			expect(required(situation)).toContain('email');
			expect(shown(situation)).toEqual(expect.arrayContaining(['contactMethod', 'checked', 'documents', 'phone']));
			expect(required(situation)).not.toContain('phone');
			expect(required(situation)).not.toContain('caseId');
		}
	});

	test('the company situations need the licence details and the legal representative', () => {
		for (const situation of ['verification-failed', 're-review', 'restart-reply'] as const) {
			expect(required(situation)).toEqual(
				expect.arrayContaining(['businessName', 'creditCode', 'legalRepName', 'legalRepPinyin']),
			);
		}
	});

	test('an individual seller is asked for a name and pinyin, not a business name or credit code', () => {
		expect(shown('wrong-business-type')).not.toContain('businessName');
		expect(shown('wrong-business-type')).not.toContain('creditCode');
		expect(required('wrong-business-type')).toEqual(expect.arrayContaining(['legalRepName', 'legalRepPinyin']));
		expect(fieldLabel(APPEAL_WORDING, 'wrong-business-type', 'legalRepName').en).not.toContain('representative');
	});

	test('a login problem does not ask for the credit code or the legal representative', () => {
		expect(shown('login-access')).not.toContain('creditCode');
		expect(shown('login-access')).not.toContain('legalRepName');
		expect(required('login-access')).toEqual(['email', 'notes', 'contactMethod']);
	});

	test('every field and situation has a label in both languages', () => {
		for (const situation of SITUATIONS) {
			expect(APPEAL_WORDING.situations[situation].en).not.toBe('');
			expect(APPEAL_WORDING.situations[situation].zh).not.toBe('');
			for (const { id } of fieldsFor(situation)) {
				const label = fieldLabel(APPEAL_WORDING, situation, id);
				expect(label.en).not.toBe('');
				expect(label.zh).not.toBe('');
			}
		}
	});

	test('isSituation recognises the situation ids only', () => {
		expect(SITUATIONS.every(isSituation)).toBe(true);
		expect(isSituation('login')).toBe(false);
		expect(isSituation(undefined)).toBe(false);
	});
});
