import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { GUIDES_DIR } from '../../src/lib/content-files';
import { en } from '../../src/i18n/ui/en';

/** A guide's prose: the body without link targets, heading-id markers or embedded components. */
function prose(locale: 'zh' | 'en', file: string): string {
	const { content } = parseFrontmatter(readFileSync(join(GUIDES_DIR, locale, file), 'utf8'));
	return content
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/\\\{#[a-z0-9-]+\}/g, '')
		.replace(/^<[A-Z][^>]*\/>$/gm, '');
}

const slugs = readdirSync(join(GUIDES_DIR, 'zh')).filter((file) => /\.mdx?$/.test(file));

test('every guide exists in both languages (the comparisons below pair them)', () => {
	expect(slugs.length).toBeGreaterThanOrEqual(10);
	expect(readdirSync(join(GUIDES_DIR, 'en')).filter((file) => /\.mdx?$/.test(file)).sort()).toEqual([...slugs].sort());
});

describe('dates are written for readers', () => {
	test.each(slugs.flatMap((file) => [['zh', file], ['en', file]] as const))('%s/%s has no ISO date in its prose', (locale, file) => {
		expect(prose(locale, file).match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []).toEqual([]);
	});
});

/**
 * English names Amazon plainly; "the marketplace" where Amazon is meant reads evasive. These are
 * the meant uses: one marketplace among Amazon's stores, as opposed to another.
 */
const MEANT_MARKETPLACE = ['for the marketplace named'];

test.each(slugs)('en/%s says "Amazon", not "the marketplace", where Amazon is meant', (file) => {
	let text = prose('en', file);
	for (const phrase of MEANT_MARKETPLACE) text = text.replaceAll(phrase, '');
	expect(text.match(/[^.!?\n]*\bthe marketplace\b[^.!?\n]*/gi) ?? []).toEqual([]);
});

test('the English UI strings name Amazon plainly too', () => {
	const uses = Object.entries(en).filter(([, value]) => /\bthe marketplace\b/i.test(value));
	expect(uses).toEqual([]);
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ENGLISH_NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, sixty: 60 };
const CHINESE_NUMBER_WORDS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const DOMAIN = /\b(?:[a-z0-9-]+\.)+(?:com|cn|co\.uk|co\.jp|de|in|it|ca|fr|gov|org)\b/gi;

/**
 * The facts a reader acts on — numbers, amounts, dates, domains, e-mail addresses — as a set of
 * comparable tokens: "$5,000" and "5,000 美元" are both 5000; "27 June 2023" and "2023 年 6 月 27 日"
 * are 27, 6 and 2023; "three business days" and "3 个工作日" (or "三个工作日") are both 3.
 */
function facts(locale: 'zh' | 'en', text: string): Set<string> {
	const found = new Set<string>();
	for (const match of text.matchAll(EMAIL)) found.add(match[0].toLowerCase());
	text = text.replace(EMAIL, ' ');
	for (const match of text.matchAll(DOMAIN)) found.add(match[0].toLowerCase());
	text = text.replace(DOMAIN, ' ');
	for (const match of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) found.add(match[0].replaceAll(',', ''));
	if (locale === 'en') {
		for (const match of text.matchAll(new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g'))) found.add(String(MONTHS.indexOf(match[1]!) + 1));
		for (const match of text.matchAll(new RegExp(`\\b(${Object.keys(ENGLISH_NUMBER_WORDS).join('|')})\\b`, 'gi'))) found.add(String(ENGLISH_NUMBER_WORDS[match[1]!.toLowerCase()]));
	} else {
		// A Chinese number word counts when a measure word follows: 两天, 三个工作日, 十次.
		for (const match of text.matchAll(/([一两二三四五六七八九十])(?=\s*(?:个|天|次|年|月|周|分钟|小时|项|步|种|位|份|张|条|家|名))/g)) found.add(String(CHINESE_NUMBER_WORDS[match[1]!]));
	}
	return found;
}

test.each(slugs)('%s: every number, amount, date, domain and e-mail address is in both languages', (file) => {
	const zh = facts('zh', prose('zh', file));
	const english = facts('en', prose('en', file));
	expect({ onlyInChinese: [...zh].filter((fact) => !english.has(fact)).sort(), onlyInEnglish: [...english].filter((fact) => !zh.has(fact)).sort() }).toEqual({ onlyInChinese: [], onlyInEnglish: [] });
});
