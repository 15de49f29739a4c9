import { describe, expect, test } from 'vitest';
import { isLocale, otherLocales, pickLocale } from '../../src/i18n/locales';

describe('pickLocale', () => {
	test('takes the first browser language the site serves', () => {
		expect(pickLocale(['en-US', 'zh-CN'])).toBe('en');
		expect(pickLocale(['zh-CN', 'en'])).toBe('zh');
		expect(pickLocale(['de-DE', 'zh-TW', 'en'])).toBe('zh');
		expect(pickLocale(['EN-gb'])).toBe('en');
	});
	test('falls back to Chinese, the language of most readers', () => {
		expect(pickLocale([])).toBe('zh');
		expect(pickLocale(['fr-FR', 'de'])).toBe('zh');
	});
});

test('isLocale and otherLocales', () => {
	expect(isLocale('zh')).toBe(true);
	expect(isLocale('zh-CN')).toBe(false);
	expect(isLocale(undefined)).toBe(false);
	expect(otherLocales('zh')).toEqual(['en']);
	expect(otherLocales('en')).toEqual(['zh']);
});
