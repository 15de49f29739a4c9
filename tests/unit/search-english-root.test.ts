import { expect, test } from 'vitest';
import { englishRoot } from '../../src/lib/search/english-root';

test.each([
	['verify', 'verif'],
	['verification', 'verif'],
	['verified', 'verif'],
	['Verifying', 'verif'],
	['appeals', 'appeal'],
	['requirements', 'requir'],
	['photos', 'photo'],
])('%s → %s', (word, root) => {
	expect(englishRoot(word)).toBe(root);
	expect(word.toLowerCase().startsWith(englishRoot(word))).toBe(true);
});

test('short words and words with digits stay as they are', () => {
	expect(englishRoot('sms')).toBe('sms');
	expect(englishRoot('uses')).toBe('uses');
	expect(englishRoot('2SV')).toBe('2sv');
});
