import { expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n/translate';
import { en } from '../../src/i18n/ui/en';
import { zh } from '../../src/i18n/ui/zh';

test('fills placeholders and leaves unknown ones visible', () => {
	expect(useTranslations('en')('heading.copyLink', { title: 'The video call' })).toBe('Copy link to section: The video call');
	expect(useTranslations('zh')('meta.lastReviewed', { date: '2026年11月22日' })).toBe('最后审核：2026年11月22日');
	expect(useTranslations('en')('meta.lastReviewed')).toBe('Last reviewed {date}');
});

test('every language has every string, with the same placeholders, and none is empty', () => {
	const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
	expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
	for (const key of Object.keys(en) as (keyof typeof en)[]) {
		expect(zh[key].trim(), key).not.toBe('');
		expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
	}
});
