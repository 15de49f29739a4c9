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
