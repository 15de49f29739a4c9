import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { mark, type Budgets } from '../../scripts/bench/budgets';
import { buildTable, failingAuditLines, formatReport, lighthouseTable, pageBudgetTable, searchTable, type BenchResults } from '../../scripts/bench/report';
import { bytesByKind } from '../../scripts/bench/resources';
import { displayWidth, formatTable, kb } from '../../scripts/bench/table';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Budgets;

describe('mark', () => {
	test('a figure at or under a maximum passes, over it fails', () => {
		expect(mark(2048, 2048)).toBe('✓');
		expect(mark(2049, 2048)).toBe('✗');
	});
	test('a score at or over a minimum passes', () => {
		expect(mark(100, 100, 'min')).toBe('✓');
		expect(mark(99, 100, 'min')).toBe('✗');
	});
	test('no figure, no mark', () => {
		expect(mark(null, 1)).toBe('');
		expect(mark(Number.NaN, 1)).toBe('');
	});
});

describe('formatTable', () => {
	test('pads columns, Chinese counted two wide, figures right-aligned', () => {
		expect(displayWidth('申诉 a')).toBe(6);
		expect(formatTable(['query', 'ms'], [['申诉', '5'], ['appeal', '120']])).toBe(['query    ms', '------  ---', '申诉      5', 'appeal  120'].join('\n'));
	});
	test('kilobytes with one decimal', () => {
		expect(kb(1536)).toBe('1.5');
	});
});

const guideLoad = (jsGzip: number) => ({
	type: 'guide',
	path: '/en/appeal/',
	requests: 4,
	scriptMs: 1,
	bytes: bytesByKind([
		{ kind: 'html', sizes: { raw: 30000, gzip: 8000, brotli: 6000 } },
		{ kind: 'css', sizes: { raw: 20000, gzip: 5000, brotli: 4000 } },
		{ kind: 'js', sizes: { raw: 3000, gzip: jsGzip, brotli: jsGzip } },
	]),
});

const results: BenchResults = {
	pages: [guideLoad(700), guideLoad(3000)],
	lighthouse: [
		{ type: 'guide', path: '/en/appeal/', scores: { performance: 100, accessibility: 96, 'best-practices': 100, seo: 100 }, failing: [{ category: 'accessibility', id: 'link-name', title: 'Links have names', score: 0 }] },
	],
	search: [{ path: '/en/appeal/', query: 'appeal', openMs: 80, queryMs: 1000, requests: 12, transferBytes: 100 * 1024 }],
	builds: [
		{ factor: 1, guides: 20, pages: 32, astroMs: 15000, pagefindMs: 400, headersMs: 100, pdfMs: 20000, indexBytes: 768 * 1024, largestGuidePdfBytes: 270 * 1024 },
		{ factor: 10, guides: 200, pages: 212, astroMs: 60000, pagefindMs: 2900, headersMs: 100, pdfMs: null, indexBytes: 4096 * 1024, largestGuidePdfBytes: null },
	],
};

describe('report', () => {
	test('marks page bytes against the page type’s budget', () => {
		const [, within, over] = pageBudgetTable(results.pages, budgets).split('\n').slice(1);
		expect(within).toContain('12.7 ≤ 18.0 ✓');
		expect(within).toContain('0.7 ≤ 2.0 ✓');
		expect(over).toContain('2.9 ≤ 2.0 ✗');
	});

	test('scores below their minimum fail, and the audits behind them are named', () => {
		expect(lighthouseTable(results.lighthouse, budgets)).toMatch(/100 ✓ +96 ✗ +100 ✓ +100 ✓/);
		expect(failingAuditLines(results.lighthouse)).toEqual(['/en/appeal/: accessibility/link-name (0)']);
	});

	test('search time is open plus query time', () => {
		expect(searchTable(results.search, budgets)).toContain('1080 ≤ 1000 ✗');
		expect(searchTable(results.search, budgets)).toContain('100.0 ≤ 150.0 ✓');
	});

	test('build figures per page, skipped PDFs said so', () => {
		const [, , one, ten] = buildTable(results.builds, budgets).split('\n');
		expect(one).toMatch(/^1× +20 +32 +15\.0 +0\.4 +0\.1 +15\.5 ≤ 30\.0 ✓ +484 +768\.0 +24\.0 +20\.0 ≤ 60\.0 ✓ +270\.0 ≤ 1024\.0 ✓$/);
		expect(ten).toMatch(/^10× .* 63\.0 ≤ 30\.0 ✗ +297 +4096\.0 +19\.3 +skipped$/);
	});

	test('the whole report has every section', () => {
		const report = formatReport(results, budgets);
		for (const title of ['Page weight', 'Budgets per page', 'Lighthouse', 'short of full marks: /en/appeal/', 'Search', 'Build']) expect(report).toContain(title);
	});
});
