import { expect, test } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/dates';

const date = new Date('2026-11-22T00:00:00Z');

test('writes dates the way each language does, whatever the time zone', () => {
	expect(formatDate(date, 'zh')).toBe('2026年11月22日');
	expect(formatDate(date, 'en')).toBe('22 November 2026');
	expect(isoDate(date)).toBe('2026-11-22');
});
