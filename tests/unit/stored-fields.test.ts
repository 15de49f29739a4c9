import { describe, expect, test } from 'vitest';
import { storedFields } from '../../src/lib/stored-fields';

describe('reading a stored object back', () => {
	test('gives the fields of a JSON object', () => {
		expect(storedFields('{"text":"hi","n":2}')).toEqual({ text: 'hi', n: 2 });
	});

	test.each([null, '', '{not json', 'null', '[1,2]', '"text"', '42', 'true'])('gives null for %j', (json) => {
		expect(storedFields(json)).toBeNull();
	});
});
