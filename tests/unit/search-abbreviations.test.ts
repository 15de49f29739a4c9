import { expect, test } from 'vitest';
import { abbreviationsFor, expandAbbreviations } from '../../src/lib/search/abbreviations';
import { planQuery } from '../../src/lib/search/query-plan';

const zh = abbreviationsFor('zh');
const en = abbreviationsFor('en');

test('an abbreviation becomes the words the guides use, in the page’s language', () => {
	expect(expandAbbreviations('2sv', en)).toBe('two-step verification');
	expect(expandAbbreviations('2fa 验证码', zh)).toBe('两步验证 验证码');
	expect(expandAbbreviations('lost my otp', en)).toBe('lost my verification code');
});

test('only whole words are replaced, also next to Han characters', () => {
	expect(expandAbbreviations('2sv验证码', zh)).toBe('两步验证验证码');
	expect(expandAbbreviations('x2sv 2svx mfas', en)).toBe('x2sv 2svx mfas');
	expect(expandAbbreviations('constructor tostring', en)).toBe('constructor tostring');
});

test('the query plan searches the expansion, so “2SV” no longer means “any page with a 2”', () => {
	expect(planQuery('2SV 验证码', {}, zh)).toMatchObject({ allWords: '两 步 验 证 验 证 码', phrases: ['"两 步 验 证"', '"验 证 码"'] });
	expect(planQuery('２ＳＶ', {}, en)).toMatchObject({ allWords: 'two step verification', terms: ['two', 'step', 'verification'] });
	expect(planQuery('2SV')?.allWords).toBe('2sv');
});
