import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Budgets } from '../../scripts/bench/budgets';
import { peerFigures, peerTable, type SameContentRun } from '../../scripts/bench/peer-figures';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Budgets;

const run = (site: SameContentRun['site'], path: string, mode: SameContentRun['mode'], ms: number, searchBytes: number): SameContentRun => ({
	site,
	path,
	mode,
	lastKeyToFirstResultMs: ms,
	first: { bytes: 15000, n: 4 },
	search: { bytes: searchBytes, n: site === 'ours' ? 11 : 12 },
});

const runs = [
	...[30, 40, 900].map((ms) => run('ours', '/zh/appeal/', 'warm', ms, 105000)),
	...[400, 500, 600].map((ms) => run('starlight', '/zh/appeal/', 'warm', ms, 126000)),
	...[200, 250, 300].map((ms) => run('ours', '/zh/faq/', 'cold', ms, 105000)),
	...[400, 500, 600].map((ms) => run('starlight', '/zh/faq/', 'cold', ms, 126000)),
	...[10, 20, 30].map((ms) => run('ours', '/en/appeal/', 'warm', ms, 120000)),
	...[400, 500, 600].map((ms) => run('starlight', '/en/appeal/', 'warm', ms, 126000)),
];

test('medians per language and mode, marked against the peer budgets', () => {
	const figures = peerFigures({ runs: 3, runs_: runs }, budgets);
	const byName = (start: string) => figures.find((figure) => figure.figure.startsWith(start))!;
	// One slow run among three does not move the median.
	expect(byName('zh “申诉”, index loaded')).toMatchObject({ ours: 40, starlight: 500 });
	expect(byName('zh “申诉” typed at once')).toMatchObject({ ours: 250, starlight: 500, budget: { of: 'ratio', max: budgets.search.peer.zhColdRatio } });
	expect(byName('en first search: bytes')).toMatchObject({ ours: 120, starlight: 126 });
	const table = peerTable(figures);
	expect(table).toMatch(/index loaded: last key → first result\s+500 ms\s+40 ms\s+0\.08×\s+≤ 50 ms ✓/);
	expect(table).toMatch(/typed at once: last key → first result\s+500 ms\s+250 ms\s+0\.50×\s+÷ ≤ 0\.6 ✓/);
	expect(table).toMatch(/en first search: bytes\s+126\.0 kB\s+120\.0 kB\s+0\.95×\s+≤ 110\.0 kB ✗/);
});
