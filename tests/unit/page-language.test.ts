import { expect, test } from 'vitest';
import { pageLanguage } from '../../src/i18n/page-language';
import { useTranslations } from '../../src/i18n/translate';

test('a page in one language hands its components the language and its strings', () => {
	const { locale, t } = pageLanguage({ locale: 'en', t: useTranslations('en') });
	expect(locale).toBe('en');
	expect(t('toc.title')).toBe(useTranslations('en')('toc.title'));
});

test('a component that needs a language fails the build on a page that speaks both', () => {
	expect(() => pageLanguage({})).toThrow(/has none/);
});
