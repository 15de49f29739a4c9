import { describe, expect, test } from 'vitest';
import { emptyInput } from '../../src/lib/appeal/model';
import { emptySavedAppeal, parseSavedAppeal, serializeSavedAppeal, withLinkedSituation } from '../../src/lib/appeal/saved-state';

test('round-trips what the form holds', () => {
	const saved = {
		situation: 'restart-reply' as const,
		input: { ...emptyInput(), email: 'seller@example.com', checked: ['photos-complete' as const], documents: ['business-licence' as const], contactMethod: 'chat' as const },
	};
	expect(parseSavedAppeal(JSON.stringify(saved))).toEqual(saved);
});

test.each([null, '', 'not json', '42', '"text"', '[]', '{"situation":"hacked","input":"x"}'])('starts empty from %j', (json) => {
	expect(parseSavedAppeal(json)).toEqual(emptySavedAppeal());
});

test('keeps the valid parts of a damaged value and drops the rest', () => {
	const parsed = parseSavedAppeal(
		JSON.stringify({
			situation: 'login-access',
			input: { email: 42, businessName: 'ACME', checked: ['cookies-cleared', 'made-up', 7], documents: 'business-licence', contactMethod: 'pigeon', extra: 'x' },
		})
	);
	expect(parsed.situation).toBe('login-access');
	expect(parsed.input).toEqual({ ...emptyInput(), businessName: 'ACME', checked: ['cookies-cleared'] });
	expect(parsed.input).not.toHaveProperty('extra');
});

describe('the country, once typed in and now a choice', () => {
	const parseInput = (input: object) => parseSavedAppeal(JSON.stringify({ situation: 'wrong-business-type', input })).input;

	test('a choice and the place typed under “other” are read back as they were', () => {
		expect(parseInput({ country: 'hong-kong' })).toEqual({ ...emptyInput(), country: 'hong-kong' });
		expect(parseInput({ country: 'other', countryOther: 'Singapore' })).toEqual({ ...emptyInput(), country: 'other', countryOther: 'Singapore' });
	});

	test('a country saved as free text by the older form still shows, under “other”', () => {
		expect(parseInput({ country: '中国' })).toEqual({ ...emptyInput(), country: 'other', countryOther: '中国' });
		expect(parseInput({ country: 'China' }).countryOther).toBe('China');
	});

	test('nothing is made up: blank, odd or oversized values', () => {
		expect(parseInput({ country: '  ' })).toEqual(emptyInput());
		expect(parseInput({ country: 7 })).toEqual(emptyInput());
		expect(parseInput({ country: ['hong-kong'] })).toEqual(emptyInput());
		expect(parseInput({ country: 'x'.repeat(10_000) }).countryOther).toBe('x'.repeat(100));
		// A place already typed under "other" is not overwritten by an old free-text country.
		expect(parseInput({ country: 'China', countryOther: 'Singapore' }).countryOther).toBe('Singapore');
		expect(parseInput({ countryOther: 42, businessNameEn: { a: 1 } })).toEqual(emptyInput());
	});

	test('the English company name is kept and capped like the other names', () => {
		expect(parseInput({ businessNameEn: 'Example Ltd' }).businessNameEn).toBe('Example Ltd');
		expect(parseInput({ businessNameEn: 'y'.repeat(1000) }).businessNameEn).toBe('y'.repeat(200));
	});
});

test('caps an oversized saved value', () => {
	const parsed = parseSavedAppeal(JSON.stringify({ situation: null, input: { notes: 'x'.repeat(100_000) } }));
	expect(parsed.input.notes.length).toBe(2000);
});

test('an empty form leaves nothing to store', () => {
	expect(serializeSavedAppeal(emptySavedAppeal())).toBeNull();
	expect(serializeSavedAppeal({ situation: 'login-access', input: emptyInput() })).toBe(JSON.stringify({ situation: 'login-access', input: emptyInput() }));
});

describe('a link that names a situation', () => {
	test('selects it and keeps every field already typed', () => {
		const saved = { ...emptySavedAppeal(), situation: 'verification-failed' as const };
		saved.input.email = 'seller@example.com';
		const linked = withLinkedSituation(saved, '?s=restart-reply');
		expect(linked.situation).toBe('restart-reply');
		expect(linked.input.email).toBe('seller@example.com');
	});

	test('an unknown, empty or missing situation changes nothing', () => {
		const saved = { ...emptySavedAppeal(), situation: 're-review' as const };
		for (const search of ['?s=made-up', '?s=', '', '?x=restart-reply', '?s=%3Cscript%3E']) {
			expect(withLinkedSituation(saved, search)).toBe(saved);
		}
	});
});
