// The side-by-side comparison with Starlight: a Starlight site built from the project's current
// guides (the peer and its measuring script live in shared/peers/starlight, beside the project),
// measured with the handbook's build in one run by the peer's same-content.mjs.
// Everything happens in .bench/: the peer is copied there, never built where it is shared.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { guideAsPeerMarkdown } from './peer-guides.ts';

const PEER = join('shared', 'peers', 'starlight');
const GUIDES_DIR = join('src', 'content', 'guides');

/** The nearest shared/peers/starlight in the project's folder or above it. */
async function findPeerSource(root) {
	for (let dir = resolve(root); ; dir = dirname(dir)) {
		const candidate = join(dir, PEER);
		if (await stat(join(candidate, 'package.json')).catch(() => null)) return candidate;
		if (dirname(dir) === dir) throw new Error(`No ${PEER} found above ${root}: the Starlight peer is needed for the comparison (or run the bench with --no-peer).`);
	}
}

/** The guides as plain Markdown the peer's import reads, `.md` or `.mdx` alike, under `<to>/src/content/guides`. */
async function writePeerGuides(root, to) {
	await rm(to, { recursive: true, force: true });
	for (const locale of await readdir(join(root, GUIDES_DIR))) {
		await mkdir(join(to, GUIDES_DIR, locale), { recursive: true });
		for (const file of (await readdir(join(root, GUIDES_DIR, locale))).filter((name) => /\.mdx?$/.test(name))) {
			const source = await readFile(join(root, GUIDES_DIR, locale, file), 'utf8');
			await writeFile(join(to, GUIDES_DIR, locale, file.replace(/\.mdx$/, '.md')), guideAsPeerMarkdown(source));
		}
	}
}

async function hashFiles(dir) {
	const hash = createHash('sha256');
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	for (const entry of entries.filter((candidate) => candidate.isFile()).sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
		hash.update(join(entry.parentPath, entry.name).slice(dir.length)).update(await readFile(join(entry.parentPath, entry.name)));
	}
	return hash.digest('hex');
}

const npm = (args, cwd) => execFileSync(process.env.npm_execpath ? process.execPath : 'npm', process.env.npm_execpath ? [process.env.npm_execpath, ...args] : args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });

/**
 * Builds the Starlight peer of the current guides in `.bench/starlight/` unless the same guides
 * and the same peer were built already; returns the peer's folder. Its versions are pinned by the
 * peer's own package-lock.json (`npm ci`).
 */
export async function buildPeer(root, log) {
	const source = await findPeerSource(root);
	const benchDir = join(root, '.bench');
	const peerDir = join(benchDir, 'starlight');
	const guidesCopy = join(benchDir, 'starlight-guides');
	await writePeerGuides(root, guidesCopy);
	const stamp = `${await hashFiles(source)} ${await hashFiles(join(guidesCopy, GUIDES_DIR))}`;
	const stampFile = join(peerDir, '.built-from');
	if ((await readFile(stampFile, 'utf8').catch(() => '')) === stamp && (await stat(join(peerDir, 'dist')).catch(() => null))) {
		log('the Starlight peer of these guides is built already');
		return peerDir;
	}
	const lock = createHash('sha256').update(await readFile(join(source, 'package-lock.json'))).digest('hex');
	const installedFile = join(peerDir, 'node_modules', '.installed-from');
	const installed = (await readFile(installedFile, 'utf8').catch(() => '')) === lock;
	for (const entry of await readdir(peerDir).catch(() => [])) if (entry !== 'node_modules') await rm(join(peerDir, entry), { recursive: true, force: true });
	await cp(source, peerDir, { recursive: true });
	// The shared copy is read-only; the bench's copy is rewritten by the import.
	for (const entry of await readdir(peerDir, { recursive: true, withFileTypes: true })) if (!entry.parentPath.includes('node_modules')) await chmod(join(entry.parentPath, entry.name), entry.isDirectory() ? 0o755 : 0o644);
	await chmod(peerDir, 0o755);
	execFileSync(process.execPath, [join(peerDir, 'tools', 'import-guides.mjs'), guidesCopy, peerDir], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (!installed) {
		log('installing the Starlight peer (npm ci)…');
		try {
			npm(['ci', '--no-audit', '--no-fund', '--loglevel=error'], peerDir);
		} catch {
			// npm 11 refuses a lock file that lacks the optional packages of other platforms; the
			// install still takes every version the lock pins.
			log('npm ci refused the lock file; installing the versions it pins with npm install');
			npm(['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error'], peerDir);
		}
		await writeFile(installedFile, lock);
	}
	log('building the Starlight peer…');
	npm(['run', 'build', '--silent'], peerDir);
	await writeFile(stampFile, stamp);
	return peerDir;
}

// The peer's script takes the handbook's results as complete once they show (`loading: 0`). Ours
// show titles first and load their excerpts once the query stands (search-session.ts), so a
// result list still filling in (aria-busy) counts as loading, as Starlight's placeholders do:
// otherwise the network counts as quiet before the excerpts' downloads begin.
const OURS_LOADING = {
	from: "document.querySelectorAll('.search-dialog .search-result').length, loading: 0,",
	to: 'document.querySelectorAll(\'.search-dialog .search-result\').length, loading: document.querySelectorAll(\'.search-dialog [aria-busy="true"]\').length,',
};

/** Runs the peer's same-content.mjs on both builds, `runs` times per page and mode; returns its JSON. */
export async function compareWithPeer(root, peerDir, oursDist, runs) {
	const out = join(root, '.bench', 'same-content.json');
	const script = await readFile(join(peerDir, 'tools', 'same-content.mjs'), 'utf8');
	if (!script.includes(OURS_LOADING.from)) throw new Error('same-content.mjs no longer reads the handbook\'s results as this bench expects: adapt OURS_LOADING');
	const adapted = join(peerDir, 'tools', 'same-content.handbook.mjs');
	await writeFile(adapted, script.replace(OURS_LOADING.from, OURS_LOADING.to));
	execFileSync(process.execPath, [adapted, '--starlight', join(peerDir, 'dist'), '--ours', oursDist, '--runs', String(runs), '--out', out], {
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	return JSON.parse(await readFile(out, 'utf8'));
}
