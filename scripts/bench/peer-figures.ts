// The figures of issue 20 from the peer's same-content.mjs JSON: the handbook's search beside
// Starlight's on the same guides, in one run, each marked against budgets.json.
import type { Budgets } from './budgets.ts';
import { mark } from './budgets.ts';
import { formatTable } from './table.ts';

/** One run of one page as same-content.mjs records it (the fields used here). */
export interface SameContentRun {
	site: 'starlight' | 'ours';
	path: string;
	mode: 'warm' | 'cold';
	lastKeyToFirstResultMs: number;
	first: { bytes: number; n: number };
	search: { bytes: number; n: number };
}

export interface SameContent {
	runs: number;
	runs_: SameContentRun[];
}

export interface PeerFigure {
	figure: string;
	starlight: number;
	ours: number;
	unit: 'ms' | 'kB' | 'requests';
	/** What the budget limits: the handbook's figure, or its ratio to Starlight's. */
	budget?: { of: 'ours' | 'ratio'; max: number };
}

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Medians over every run of every page of one language, per site. */
export function peerFigures(data: SameContent, budgets: Budgets): PeerFigure[] {
	const pick = (site: SameContentRun['site'], locale: 'zh' | 'en', mode: SameContentRun['mode'], value: (run: SameContentRun) => number) =>
		median(data.runs_.filter((run) => run.site === site && run.mode === mode && run.path.startsWith(`/${locale}/`)).map(value));
	const both = (locale: 'zh' | 'en', mode: SameContentRun['mode'], value: (run: SameContentRun) => number) => ({
		starlight: pick('starlight', locale, mode, value),
		ours: pick('ours', locale, mode, value),
	});
	const latency = (run: SameContentRun) => run.lastKeyToFirstResultMs;
	const kB = (run: SameContentRun) => run.search.bytes / 1000;
	const { peer } = budgets.search;
	return [
		{ figure: 'zh “申诉”, index loaded: last key → first result', ...both('zh', 'warm', latency), unit: 'ms', budget: { of: 'ours', max: peer.zhWarmMs } },
		{ figure: 'zh “申诉” typed at once: last key → first result', ...both('zh', 'cold', latency), unit: 'ms', budget: { of: 'ratio', max: peer.zhColdRatio } },
		{ figure: 'zh first search: bytes', ...both('zh', 'warm', kB), unit: 'kB', budget: { of: 'ours', max: peer.firstSearchKB } },
		{ figure: 'zh first search: requests', ...both('zh', 'warm', (run) => run.search.n), unit: 'requests', budget: { of: 'ours', max: peer.firstSearchRequests } },
		{ figure: 'en “appeal”, index loaded: last key → first result', ...both('en', 'warm', latency), unit: 'ms' },
		{ figure: 'en “appeal” typed at once: last key → first result', ...both('en', 'cold', latency), unit: 'ms' },
		{ figure: 'en first search: bytes', ...both('en', 'warm', kB), unit: 'kB', budget: { of: 'ours', max: peer.firstSearchKB } },
		{ figure: 'en first search: requests', ...both('en', 'warm', (run) => run.search.n), unit: 'requests', budget: { of: 'ours', max: peer.firstSearchRequests } },
		{ figure: 'zh guide, first load: bytes', ...both('zh', 'warm', (run) => run.first.bytes / 1000), unit: 'kB' },
	];
}

const format = (value: number, unit: PeerFigure['unit']) => (unit === 'kB' ? `${value.toFixed(1)} kB` : unit === 'ms' ? `${value.toFixed(0)} ms` : value.toFixed(0));

export function peerTable(figures: readonly PeerFigure[]): string {
	return formatTable(
		['figure (medians)', 'Starlight', 'handbook', 'handbook ÷ Starlight', 'budget'],
		figures.map(({ figure, starlight, ours, unit, budget }) => {
			const ratio = ours / starlight;
			const budgetCell = !budget ? '' : budget.of === 'ratio' ? `÷ ≤ ${budget.max} ${mark(ratio, budget.max)}` : `≤ ${format(budget.max, unit)} ${mark(ours, budget.max)}`;
			return [figure, format(starlight, unit), format(ours, unit), `${ratio.toFixed(2)}×`, budgetCell];
		})
	);
}
