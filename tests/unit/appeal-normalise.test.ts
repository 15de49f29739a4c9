import { describe, expect, test } from 'vitest';
import {
	MAX_LENGTH,
	capLength,
	codePointLength,
	normaliseField,
	normaliseMultiLine,
	normaliseSingleLine,
} from '../../src/lib/appeal/normalise';
import { FIELDS, isTextField } from '../../src/lib/appeal/model';

const HOSTILE = [
	'',
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'\u0000\u0001\u0007\u001B[31m\u007F\u0080\u009F',
	'\uD800 lone high, lone low \uDC00, reversed \uDC00\uD800',
	'x'.repeat(100_000),
	'中'.repeat(100_000),
	'😀'.repeat(100_000),
	'\n'.repeat(100_000),
	'a\u0301'.repeat(50_000),
];

describe('normaliseSingleLine', () => {
	test('turns full-width ASCII into half-width', () => {
		expect(normaliseSingleLine('ｓｅｌｌｅｒ＠ｅｘａｍｐｌｅ．ｃｏｍ')).toBe('seller@example.com');
		expect(normaliseSingleLine('ＺＨＡＮＧ　Ｓａｎ')).toBe('ZHANG San');
	});

	test('trims and collapses spaces, tabs and line breaks into single spaces', () => {
		expect(normaliseSingleLine('  深圳市\t示例\r\n贸易   有限公司 \u2028 ')).toBe('深圳市 示例 贸易 有限公司');
	});

	test('strips C0 and C1 control characters', () => {
		expect(normaliseSingleLine('Zh\u0000ang\u0007 \u001B[0mSan\u007F\u0085\u009F')).toBe('Zhang [0mSan');
	});

	test('keeps CJK, emoji and HTML-looking text as they are', () => {
		expect(normaliseSingleLine('张三 👩‍👩‍👧 store')).toBe('张三 👩‍👩‍👧 store');
		expect(normaliseSingleLine('"><img onerror=alert(1)>')).toBe('"><img onerror=alert(1)>');
	});

	test('drops lone surrogates but keeps pairs', () => {
		expect(normaliseSingleLine('a\uD800b\uDC00c😀')).toBe('abc😀');
	});
});

describe('normaliseMultiLine', () => {
	test('keeps line breaks, trims each line and allows one blank line at most', () => {
		expect(normaliseMultiLine('\n\n  First   line \r\n\r\n\r\n\r\n  second\tline\rthird  \n\n')).toBe(
			'First line\n\nsecond line\nthird',
		);
	});

	test('strips control characters other than the line break', () => {
		expect(normaliseMultiLine('a\u0000b\u0085c\u009Fd\ne')).toBe('ab\ncd\ne');
	});
});

describe('capLength', () => {
	test('leaves values within the limit alone', () => {
		expect(capLength('张三', 2)).toEqual({ value: '张三', truncated: false });
		expect(capLength('😀😀', 2)).toEqual({ value: '😀😀', truncated: false });
	});

	test('cuts longer values to the limit in code points', () => {
		expect(capLength('abcdef', 3)).toEqual({ value: 'abc', truncated: true });
		expect(capLength('😀😀😀', 2)).toEqual({ value: '😀😀', truncated: true });
	});

	test('never cuts an emoji sequence or a letter with its accent in half', () => {
		const family = '👩‍👩‍👧'; // five code points
		expect(capLength(`ab${family}`, 5)).toEqual({ value: 'ab', truncated: true });
		expect(capLength('e\u0301e\u0301', 3)).toEqual({ value: 'e\u0301', truncated: true });
	});

	test('counts what a reader counts', () => {
		expect(codePointLength('a中😀')).toBe(3);
	});
});

describe('normaliseField', () => {
	test('uses the rules each field needs', () => {
		expect(normaliseField('notes', ' a \n\n\n b ')).toBe('a\n\nb');
		expect(normaliseField('storeName', ' a \n\n\n b ')).toBe('a b');
		expect(normaliseField('creditCode', ' 9135 0100-m000100y43\n')).toBe('91350100M000100Y43');
	});

	test('has a maximum for every text field, e.g. 254 for the e-mail', () => {
		expect(MAX_LENGTH.email).toBe(254);
		expect(MAX_LENGTH.businessName).toBe(200);
		expect(MAX_LENGTH.notes).toBe(2000);
	});
});

describe('nothing throws, whatever the input', () => {
	test.each(HOSTILE.map((value, index) => [index, value] as const))('hostile input #%i', (_, value) => {
		for (const field of FIELDS.filter(isTextField)) {
			const normalised = normaliseField(field, value);
			const capped = capLength(normalised, MAX_LENGTH[field]);
			expect(codePointLength(capped.value)).toBeLessThanOrEqual(MAX_LENGTH[field]);
			expect(capped.value).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
			expect(capped.value).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
		}
	});

	test('100 000 characters are capped to the field maximum', () => {
		expect(capLength(normaliseMultiLine('x'.repeat(100_000)), MAX_LENGTH.notes)).toEqual({
			value: 'x'.repeat(2000),
			truncated: true,
		});
	});
});
