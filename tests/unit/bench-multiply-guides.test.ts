import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { copyGuideSource, copySlug } from '../../scripts/bench/multiply-guides';
import { checkGuideParity, type GuideSource } from '../../src/lib/content-parity';

const source = ['---', 'title: "Appealing: step by step"', 'description: One sentence.', 'section: verification', 'order: 3', 'sources:', '  - title: Official guide', '    kind: official', '---', '', '## Steps {#steps}', '', 'title: not frontmatter', ''].join('\n');

describe('copyGuideSource', () => {
	test('numbers the title, moves the order after the originals and keeps the rest', () => {
		const copy = copyGuideSource(source, 2);
		const { frontmatter, content } = parseFrontmatter(copy);
		expect(frontmatter.title).toBe('Appealing: step by step (3)');
		expect(frontmatter.order).toBe(203);
		expect(frontmatter.sources).toEqual([{ title: 'Official guide', kind: 'official' }]);
		expect(content).toBe(parseFrontmatter(source).content);
	});

	test('handles plain and single-quoted titles', () => {
		expect(parseFrontmatter(copyGuideSource(source.replace('"Appealing: step by step"', 'Appealing'), 1)).frontmatter.title).toBe('Appealing (2)');
		expect(parseFrontmatter(copyGuideSource(source.replace('"Appealing: step by step"', "'申诉'"), 1)).frontmatter.title).toBe('申诉 (2)');
	});

	test('refuses a file without frontmatter', () => {
		expect(() => copyGuideSource('## Steps {#steps}\n', 1)).toThrow(/frontmatter/);
	});
});

test('copies of the real guides still pass the language parity check', () => {
	const guides: GuideSource[] = [];
	for (const locale of ['zh', 'en']) {
		for (const file of readdirSync(`src/content/guides/${locale}`).filter((name) => /\.mdx?$/.test(name))) {
			const original = readFileSync(`src/content/guides/${locale}/${file}`, 'utf8');
			for (const copy of [1, 9]) {
				const { frontmatter, content } = parseFrontmatter(copyGuideSource(original, copy));
				const slug = copySlug(file.replace(/\.mdx?$/, ''), copy);
				expect(frontmatter.order).toBeLessThan(1000);
				guides.push({ locale, slug, path: `${locale}/${slug}${file.slice(file.lastIndexOf('.'))}`, body: content, shared: { section: frontmatter.section, order: frontmatter.order } });
			}
		}
	}
	expect(guides.length).toBeGreaterThan(4);
	expect(guides.every((guide) => guide.path.endsWith('.mdx'))).toBe(true);
	expect(checkGuideParity(guides, ['zh', 'en'])).toEqual([]);
});
