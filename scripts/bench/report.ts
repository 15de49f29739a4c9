// The bench's results as printed tables, each figure marked against its budget.
import type { Budgets } from './budgets.ts';
import { mark } from './budgets.ts';
import { peerTable, type PeerFigure } from './peer-figures.ts';
import type { BytesByKind } from './resources.ts';
import { RESOURCE_KINDS } from './resources.ts';
import type { Sizes } from './sizes.ts';
import { formatTable, kb } from './table.ts';

export interface PageLoadResult {
	type: string;
	path: string;
	requests: number;
	bytes: BytesByKind;
	/** Chromium's ScriptDuration from load to network idle, before any interaction. */
	scriptMs: number;
}

export interface FailingAudit {
	category: string;
	id: string;
	title: string;
	score: number;
	displayValue?: string;
}

export interface LighthouseResult {
	type: string;
	path: string;
	scores: Record<string, number | null>;
	failing: FailingAudit[];
}

export interface SearchResult {
	path: string;
	query: string;
	/** From pressing "/" to the focus in the search field. */
	openMs: number;
	/** From typing the query to the first result on screen. */
	queryMs: number;
	requests: number;
	/** Compressed bytes over the wire, bodies only, from pressing "/" until the network is idle. */
	transferBytes: number;
}

export interface BuildResult {
	factor: number;
	guides: number;
	pages: number;
	astroMs: number;
	pagefindMs: number;
	/** null when the PDF stage was skipped. */
	pdfMs: number | null;
	/** The _headers file. */
	headersMs: number;
	indexBytes: number;
	largestGuidePdfBytes: number | null;
}

export interface BenchResults {
	pages: PageLoadResult[];
	lighthouse: LighthouseResult[];
	search: SearchResult[];
	builds: BuildResult[];
	/** Search beside the Starlight peer; absent with --no-peer. */
	peer?: PeerFigure[];
	/** --only search: no page weight, Lighthouse or document check were measured. */
	searchOnly?: boolean;
}

const sizesCell = (sizes: Sizes) => `${kb(sizes.raw)}/${kb(sizes.gzip)}/${kb(sizes.brotli)}`;
const budgetCell = (value: number, budget: number, format: (value: number) => string) => `${format(value)} ≤ ${format(budget)} ${mark(value, budget)}`;
const seconds = (ms: number) => (ms / 1000).toFixed(1);

function pageWeightTable(pages: readonly PageLoadResult[]): string {
	return formatTable(
		['page', 'requests', ...RESOURCE_KINDS.map((kind) => `${kind} KB`), 'total KB'],
		pages.map((page) => [page.path, String(page.requests), ...RESOURCE_KINDS.map((kind) => sizesCell(page.bytes[kind])), sizesCell(page.bytes.total)])
	);
}

export function pageBudgetTable(pages: readonly PageLoadResult[], budgets: Budgets): string {
	return formatTable(
		['page', 'HTML+CSS gzip KB', 'JS gzip KB (before interaction)', 'total gzip KB', 'script ms'],
		pages.map((page) => {
			const budget = budgets.pageTypes[page.type]!;
			return [
				page.path,
				budgetCell(page.bytes.html.gzip + page.bytes.css.gzip, budget.htmlCssGzip, kb),
				budgetCell(page.bytes.js.gzip, budget.jsGzip, kb),
				budgetCell(page.bytes.total.gzip, budget.totalGzip, kb),
				page.scriptMs.toFixed(0),
			];
		})
	);
}

export function lighthouseTable(results: readonly LighthouseResult[], budgets: Budgets): string {
	const categories = Object.keys(budgets.lighthouse);
	return formatTable(
		['page', ...categories],
		results.map((result) =>
			[result.path, ...categories.map((category) => {
				const score = result.scores[category];
				return score === null || score === undefined ? 'n/a' : `${score} ${mark(score, budgets.lighthouse[category]!, 'min')}`;
			})]
		)
	);
}

/** Every audit that keeps a page below 100, one line per page. */
export function failingAuditLines(results: readonly LighthouseResult[]): string[] {
	return results
		.filter((result) => result.failing.length > 0)
		.map((result) => `${result.path}: ${result.failing.map((audit) => `${audit.category}/${audit.id} (${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''})`).join('; ')}`);
}

export function searchTable(results: readonly SearchResult[], budgets: Budgets): string {
	return formatTable(
		['page', 'query', 'open ms', 'query→results ms', 'open→results ms', 'requests', 'fetched gzip KB'],
		results.map((result) => [
			result.path,
			result.query,
			result.openMs.toFixed(0),
			result.queryMs.toFixed(0),
			budgetCell(result.openMs + result.queryMs, budgets.search.openToFirstResultsMs, (ms) => ms.toFixed(0)),
			String(result.requests),
			budgetCell(result.transferBytes, budgets.search.firstQueryGzip, kb),
		])
	);
}

export function buildTable(builds: readonly BuildResult[], budgets: Budgets): string {
	return formatTable(
		['content', 'guides', 'pages', 'Astro s', 'Pagefind s', 'headers s', 'site s', 'ms/page', 'index KB', 'index KB/page', 'PDFs s', 'largest guide PDF KB'],
		builds.map((build) => {
			const siteMs = build.astroMs + build.pagefindMs + build.headersMs;
			return [
				`${build.factor}×`,
				String(build.guides),
				String(build.pages),
				seconds(build.astroMs),
				seconds(build.pagefindMs),
				seconds(build.headersMs),
				budgetCell(siteMs / 1000, budgets.build.siteSeconds, (s) => s.toFixed(1)),
				(siteMs / build.pages).toFixed(0),
				kb(build.indexBytes),
				kb(build.indexBytes / build.pages),
				build.pdfMs === null ? 'skipped' : budgetCell(build.pdfMs / 1000, budgets.build.pdfSeconds, (s) => s.toFixed(1)),
				build.largestGuidePdfBytes === null ? '' : budgetCell(build.largestGuidePdfBytes, budgets.pdf.guideBytes, kb),
			];
		})
	);
}

export function formatReport(results: BenchResults, budgets: Budgets): string {
	const pageBlocks = [
		['Page weight on first load, empty cache (KB raw/gzip/brotli)', pageWeightTable(results.pages)],
		[
			'Budgets per page (gzip; JS is everything loaded before any interaction; script ms is Chromium’s script time until the network is idle)',
			pageBudgetTable(results.pages, budgets),
		],
		['Lighthouse (mobile, simulated throttling)', lighthouseTable(results.lighthouse, budgets), ...failingAuditLines(results.lighthouse).map((line) => `short of full marks: ${line}`)],
	];
	const blocks = [
		...(results.searchOnly ? [] : pageBlocks),
		['Search: "/" on a guide page, then the query', searchTable(results.search, budgets)],
		['Build (site = everything but the PDFs; per page = over every HTML page built)', buildTable(results.builds, budgets)],
		...(results.peer ? [['Search beside Starlight on the same guides, one run (same-content.mjs: zh “申诉” committed at once, en “appeal” typed; bytes gzip -9)', peerTable(results.peer)]] : []),
	];
	return blocks.map((block) => block.join('\n')).join('\n\n');
}
