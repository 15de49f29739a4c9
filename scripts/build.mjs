// Builds the site into OUT_DIR (default dist/), indexes it for search, prints its PDFs and writes
// the security headers file.
// BASE_PATH and SITE_URL are read by astro.config.mjs; see the README.
import { execFileSync } from 'node:child_process';

const outDir = process.env.OUT_DIR || 'dist';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit', env });

// --force: the content cache keys on file contents, not on our Markdown plugins, so a plugin change
// would otherwise leave pages rendered by the old code.
run('astro', ['build', '--force', '--silent']);
run('node', ['scripts/build-search-index.mjs', outDir]);
run('node', ['scripts/build-pdfs.mjs', outDir]);
run('node', ['scripts/build-headers.mjs', outDir]);
console.log(`Built the site into ${outDir}/`);
