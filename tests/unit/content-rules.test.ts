import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { GUIDES_DIR } from '../../src/lib/content-files';

/** The only other site guides may link to: the marketplace's own Seller Central. */
const ALLOWED_LINK_HOSTS = new Set(['sellercentral.amazon.com']);

/**
 * Personal data that appears in the source articles' quoted e-mails (a seller token, a case ID,
 * a survey host, a support agent's name and sender address) and must never reach the site.
 */
const PERSONAL_DATA = ['A338EZF90LH13C', '15347202291', 'qualtrics', 'SV_43bxcsh7rg71Y31', 'Anik', 'merch.service05'];

/** Figures from the 2026 support article that cannot be checked and must stay out. */
const UNVERIFIABLE_FIGURES = ['78%', '43%', '60%', '37%', '90%', '12小时', '18小时', '36小时', '48小时', '72小时'];

const files = readdirSync(GUIDES_DIR, { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.mdx?$/.test(file))
	.map((file) => ({ file, text: readFileSync(join(GUIDES_DIR, file), 'utf8') }));

test('there are guides to check, in both languages', () => {
	expect(files.filter(({ file }) => file.startsWith('zh/')).length).toBeGreaterThanOrEqual(10);
	expect(files.filter(({ file }) => file.startsWith('en/')).length).toBe(files.filter(({ file }) => file.startsWith('zh/')).length);
});

describe.each(files)('$file', ({ text }) => {
	const { frontmatter, content } = parseFrontmatter(text);

	test('lists its sources and carries a last-reviewed date that is not in the future', () => {
		expect(frontmatter.sources?.length).toBeGreaterThan(0);
		for (const source of frontmatter.sources) {
			expect(source.title).toBeTruthy();
			expect(source.publisher).toBeTruthy();
			expect(['official', 'community', 'mixed']).toContain(source.kind);
		}
		const reviewed = new Date(frontmatter.lastReviewed);
		expect(Number.isNaN(reviewed.getTime())).toBe(false);
		expect(reviewed.getTime()).toBeLessThanOrEqual(Date.now());
	});

	test('links to no site outside the allow-list', () => {
		const hosts = [...content.matchAll(/https?:\/\/[^\s)>\]"']+/g)].map((match) => new URL(match[0]).hostname);
		expect(hosts.filter((host) => !ALLOWED_LINK_HOSTS.has(host))).toEqual([]);
	});

	test('reproduces no personal data and no unverifiable statistics from the sources', () => {
		expect(PERSONAL_DATA.filter((item) => text.includes(item))).toEqual([]);
		expect(UNVERIFIABLE_FIGURES.filter((item) => text.includes(item))).toEqual([]);
	});
});
