// Lighthouse (mobile form factor, simulated throttling: its defaults) over Debian's Chromium,
// launched here with the flags that keep it off the network this machine closes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../chromium.mjs';

/** The audits that count towards a category's score and did not pass. */
function failingAudits(lhr) {
	return Object.entries(lhr.categories).flatMap(([category, { auditRefs }]) =>
		auditRefs
			.filter((ref) => ref.weight > 0)
			.map((ref) => lhr.audits[ref.id])
			.filter((audit) => audit.score !== null && audit.score < 1)
			.map((audit) => ({ category, id: audit.id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) }))
	);
}

/** Runs Lighthouse on each page in turn; one Chromium for all, with its storage reset per run. */
export async function runLighthouse(siteUrl, pages, categories) {
	const userDataDir = await mkdtemp(join(tmpdir(), 'bench-lighthouse-'));
	const chrome = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumFlags], userDataDir, logLevel: 'error' });
	try {
		const results = [];
		for (const { type, path } of pages) {
			const { lhr } = await lighthouse(new URL(path.slice(1), siteUrl).href, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
			if (lhr.runtimeError) throw new Error(`Lighthouse could not run on ${path}: ${lhr.runtimeError.message}`);
			const scores = Object.fromEntries(categories.map((category) => [category, lhr.categories[category]?.score == null ? null : Math.round(lhr.categories[category].score * 100)]));
			results.push({ type, path, scores, failing: failingAudits(lhr) });
		}
		return results;
	} finally {
		chrome.kill();
		await rm(userDataDir, { recursive: true, force: true });
	}
}
