import { describe, expect, test } from 'vitest';
import { localeOfPath, localizedPath, switchLocale, withBase } from '../../src/lib/paths';

describe('withBase', () => {
	test('leaves paths alone at the domain root', () => {
		expect(withBase('/zh/appeal/', '/')).toBe('/zh/appeal/');
	});
	test('prefixes a sub-path with exactly one slash between', () => {
		expect(withBase('/zh/appeal/', '/handbook/')).toBe('/handbook/zh/appeal/');
		expect(withBase('/zh/appeal/', '/handbook')).toBe('/handbook/zh/appeal/');
		expect(withBase('zh/', '/handbook/')).toBe('/handbook/zh/');
	});
});

describe('locale paths', () => {
	test('builds a language home and a guide path', () => {
		expect(localizedPath('zh')).toBe('/zh/');
		expect(localizedPath('en', 'appeal')).toBe('/en/appeal/');
	});
	test('reads the language of a path', () => {
		expect(localeOfPath('/zh/appeal/')).toBe('zh');
		expect(localeOfPath('/en/')).toBe('en');
		expect(localeOfPath('/')).toBeNull();
		expect(localeOfPath('/fr/appeal/')).toBeNull();
	});
	test('switches the language and keeps the rest of the path', () => {
		expect(switchLocale('/zh/appeal/', 'en')).toBe('/en/appeal/');
		expect(switchLocale('/en/', 'zh')).toBe('/zh/');
		expect(switchLocale('/en/search/', 'en')).toBe('/en/search/');
	});
	test('sends language-neutral paths to the target home', () => {
		expect(switchLocale('/', 'en')).toBe('/en/');
		expect(switchLocale('/404/', 'zh')).toBe('/zh/');
	});
});
