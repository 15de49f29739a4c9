// The build, stage by stage, in order: `npm run build` (scripts/build.mjs) runs this list, and the
// bench (scripts/bench/build-stages.mjs) runs and times the same list in its copies of the project.
// Each stage takes { root, outDir, base }: the project to build, the absolute output folder and the
// sub-path the site is served under ("/" or "/handbook/").
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { printPdfs } from './pdf/print-pdfs.mjs';
import { doneMs } from './stage-log.ts';

/**
 * Astro builds the pages, then its integrations (build/integrations/) index them for search and
 * write _headers in its astro:build:done hook. Shows each integration's closing line and any
 * error, as Astro's other progress lines would bury them; returns the integrations' times by name.
 */
async function buildSite({ root, outDir, base }) {
	// astro.config.mjs reads the output folder and base from the environment; SITE_URL passes through.
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, BASE_PATH: base };
	// --force: the content cache keys on file contents, not on our Markdown plugins, so a plugin change
	// would otherwise leave pages rendered by the old code. --json: one log entry a line, readable here.
	const astro = spawn(process.execPath, [join(root, 'node_modules/.bin/astro'), 'build', '--force', '--json'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
	const times = {};
	const show = (stream, out) =>
		createInterface({ input: stream }).on('line', (line) => {
			let entry;
			try {
				entry = JSON.parse(line);
			} catch {
				out.write(`${line}\n`);
				return;
			}
			const ms = doneMs(entry.message);
			if (ms !== null) times[entry.label] = ms;
			if (ms !== null || entry.level === 'error') out.write(`[${entry.label}] ${entry.message}\n`);
		});
	show(astro.stdout, process.stdout);
	show(astro.stderr, process.stderr);
	const code = await new Promise((resolve, reject) => astro.on('error', reject).on('close', resolve));
	if (code !== 0) throw new Error(`astro build failed (exit code ${code})`);
	return times;
}

export const stages = [
	{ name: 'astro', run: buildSite },
	{ name: 'pdfs', run: printPdfs },
];
