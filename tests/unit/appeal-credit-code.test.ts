import { describe, expect, test } from 'vitest';
import { checkCreditCode, expectedCheckCharacter, normaliseCreditCode } from '../../src/lib/appeal/credit-code';

/*
 * Worked by hand (alphabet values: digits are themselves, A=10 … H=17, J=18 … N=22, P=23 … R=25,
 * T=26, U=27, W=28, X=29, Y=30; weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28):
 *
 * 91350100M000100Y4|3
 *   9·1 + 1·3 + 3·9 + 5·27 + 0 + 1·26 + 0 + 0 + M(21)·20 + 0 + 0 + 0 + 1·8 + 0 + 0 + Y(30)·30 + 4·28
 *   = 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3 → '3'. Valid.
 *
 * 91110108710919586|9
 *   9 + 3 + 9 + 27 + 0 + 26 + 0 + 8·17 + 7·20 + 1·29 + 0 + 9·13 + 1·8 + 9·24 + 5·10 + 8·30 + 6·28
 *   = 1178 = 38 · 31, so mod 31 = 0; 31 − 0 = 31 → '0'. The code ends in 9, so it is NOT valid;
 *   911101087109195860 is the valid form.
 *
 * 91310000MA1FL0000|N
 *   9 + 3 + 27 + 27 + M(21)·20 + A(10)·29 + 1·25 + F(15)·13 + L(20)·8 = 1156; 1156 mod 31 = 9;
 *   31 − 9 = 22 → 'N'. Valid, with a letter as its check character.
 */
const VALID = ['91350100M000100Y43', '911101087109195860', '91310000MA1FL0000N'];

describe('normaliseCreditCode', () => {
	test('trims, drops spaces and hyphens, turns full-width into half-width and upper-cases', () => {
		expect(normaliseCreditCode('  9135 0100-m000 100y43 ')).toBe('91350100M000100Y43');
		expect(normaliseCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
		expect(normaliseCreditCode('91350100\u3000M000100Y43')).toBe('91350100M000100Y43');
		expect(normaliseCreditCode('913501－00M000100Y43')).toBe('91350100M000100Y43');
		expect(normaliseCreditCode('')).toBe('');
	});
});

describe('expectedCheckCharacter', () => {
	test('matches the hand-worked examples', () => {
		expect(expectedCheckCharacter('91350100M000100Y4')).toBe('3');
		expect(expectedCheckCharacter('91110108710919586')).toBe('0');
		expect(expectedCheckCharacter('91310000MA1FL0000')).toBe('N');
	});

	test('gives up on characters the alphabet does not have', () => {
		expect(expectedCheckCharacter('91350100O000100Y4')).toBeUndefined();
	});
});

describe('checkCreditCode', () => {
	test.each(VALID)('accepts %s', (code) => {
		expect(checkCreditCode(code)).toEqual({ ok: true, code });
	});

	test('accepts a valid code however it was typed, and returns it normalised', () => {
		expect(checkCreditCode(' 9135-0100-m000-100y-43 ')).toEqual({ ok: true, code: '91350100M000100Y43' });
		expect(checkCreditCode('９１３５０１００ｍ０００１００ｙ４３')).toEqual({ ok: true, code: '91350100M000100Y43' });
	});

	test('rejects an empty code', () => {
		expect(checkCreditCode('')).toEqual({ ok: false, reason: 'empty' });
		expect(checkCreditCode(' - \u3000')).toEqual({ ok: false, reason: 'empty' });
	});

	test.each(['91350100M000100Y4', '91350100M000100Y433', '9135', '91350100M000100Y43X'])(
		'rejects %s for its length',
		(code) => {
			expect(checkCreditCode(code)).toEqual({ ok: false, reason: 'length' });
		},
	);

	test.each(['I', 'O', 'Z', 'S', 'V'])('rejects the letter %s, which codes never use', (letter) => {
		expect(checkCreditCode(`91350100${letter}000100Y43`)).toEqual({ ok: false, reason: 'characters' });
	});

	test('rejects punctuation and CJK characters', () => {
		expect(checkCreditCode('91350100M000100Y4.')).toEqual({ ok: false, reason: 'characters' });
		expect(checkCreditCode('91350100M000100Y4号')).toEqual({ ok: false, reason: 'characters' });
	});

	test('rejects a wrong check character', () => {
		expect(checkCreditCode('911101087109195869')).toEqual({ ok: false, reason: 'check-character' });
		expect(checkCreditCode('91350100M000100Y44')).toEqual({ ok: false, reason: 'check-character' });
	});

	test('catches a single mistyped character and two swapped neighbours', () => {
		expect(checkCreditCode('91350100M000100Y53').ok).toBe(false);
		expect(checkCreditCode('91351000M000100Y43').ok).toBe(false);
	});
});
