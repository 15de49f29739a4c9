// npm run bench: builds the site (and a copy with tenfold content) in .bench/, serves the build
// on 127.0.0.1 compressed as hosts do, measures page weight, Lighthouse and search in Chromium,
// prints the tables and writes them as JSON to bench-results/bench.json. Figures are marked
// against budgets.json; nothing here fails on a budget. Then search beside the Starlight peer
// built from the same guides (starlight-peer.mjs), measured in one run with the handbook.
// Usage: node scripts/bench/run.mjs [--no-10x] [--no-peer] [--peer-runs N] [--only search]
//   --no-10x: skip the tenfold build; --no-peer: skip the Starlight comparison;
//   --peer-runs: runs per page and mode in the comparison (default 5);
//   --only search: only the search figures and the Starlight comparison, on a 1× build without
//   PDFs (no tenfold build, page weight, document check or Lighthouse).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../chromium.mjs';
import { startStaticServer } from '../static-server.mjs';
import { mark } from './budgets.ts';
import { buildStages, copyProject, countGuides, multiplyGuides } from './build-stages.mjs';
import { measureDocumentCheck } from './document-check-timing.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { measurePageLoad } from './page-load.mjs';
import { formatReport } from './report.ts';
import { peerFigures } from './peer-figures.ts';
import { measureSearch } from './search-timing.mjs';
import { buildPeer, compareWithPeer } from './starlight-peer.mjs';

const root = resolve(import.meta.dirname, '../..');
const FACTOR = 10;
const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const PEER_RUNS = Number(option('--peer-runs', 5));
const ONLY = option('--only', null);
if (ONLY !== null && ONLY !== 'search') throw new Error(`--only ${ONLY}: only "search" can be run alone`);
const searchOnly = ONLY === 'search';
const SEARCHES = [
	{ path: '/zh/appeal/', query: '申诉' },
	{ path: '/en/appeal/', query: 'appeal' },
];

const budgets = JSON.parse(await readFile(join(root, 'budgets.json'), 'utf8'));
const pages = Object.entries(budgets.pageTypes).flatMap(([type, { paths }]) => paths.map((path) => ({ type, path })));
const log = (line) => console.error(`bench: ${line}`);
// Timings depend on what else the machine is doing; the load when the bench started says how busy it was.
const machine = { node: process.version, cpus: cpus().length, loadAverage: Number(loadavg()[0].toFixed(2)) };

async function build(factor) {
	const projectDir = join(root, '.bench', `${factor}x`);
	await copyProject(root, projectDir);
	const guides = factor === 1 ? await countGuides(projectDir) : await multiplyGuides(projectDir, factor);
	log(`building ${guides} guides (${factor}×)…`);
	// A tenfold handbook takes minutes to print; PDF time per guide is seen at 1×.
	const { outDir, ...figures } = await buildStages(projectDir, { pdf: factor === 1 && !searchOnly });
	return { outDir, result: { factor, guides, ...figures } };
}

const builds = [await build(1)];
if (!process.argv.includes('--no-10x') && !searchOnly) builds.push(await build(FACTOR));
const peerDir = process.argv.includes('--no-peer') ? null : await buildPeer(root, log);

const server = await startStaticServer({ root: builds[0].outDir, compress: true });
const results = { builds: builds.map((built) => built.result), pages: [], search: [], documentCheck: null, lighthouse: [], searchOnly };
try {
	// One Chromium at a time on two cores: Playwright's for loads and search, then Lighthouse's.
	const browser = await launchChromium();
	try {
		if (!searchOnly) {
			log('loading pages…');
			for (const page of pages) results.pages.push(await measurePageLoad(browser, server.url, page));
		}
		log('searching…');
		for (const search of SEARCHES) results.search.push(await measureSearch(browser, server.url, search));
		if (!searchOnly) {
			log('checking a 12-megapixel photo…');
			results.documentCheck = await measureDocumentCheck(browser, server.url);
		}
	} finally {
		await browser.close();
	}
	if (!searchOnly) {
		log('running Lighthouse…');
		results.lighthouse = await runLighthouse(server.url, pages, Object.keys(budgets.lighthouse));
	}
} finally {
	await server.close();
}
if (peerDir) {
	log(`searching beside Starlight (${PEER_RUNS} runs per page and mode)…`);
	results.peer = peerFigures(await compareWithPeer(root, peerDir, builds[0].outDir, PEER_RUNS), budgets);
}

const output = join(root, 'bench-results', 'bench.json');
await mkdir(join(root, 'bench-results'), { recursive: true });
await writeFile(output, `${JSON.stringify({ date: new Date().toISOString(), machine, budgets, ...results }, null, '\t')}\n`);
console.log(`Node ${machine.node}, ${machine.cpus} cores, load average ${machine.loadAverage} when the bench started\n`);
console.log(formatReport(results, budgets));
const check = results.documentCheck;
if (check) console.log(
	`\nDocument check, 12-megapixel JPEG (${(check.fileBytes / 1e6).toFixed(1)} MB): checked in ${check.checkMs} ms; longest main-thread task ${check.longestTaskMs} ms ${mark(check.longestTaskMs, budgets.documentCheck.longestTaskMs)} (budget ${budgets.documentCheck.longestTaskMs} ms), ${check.longTasks} tasks over 50 ms`,
);
console.log(`\nWritten to ${join('bench-results', 'bench.json')}`);
