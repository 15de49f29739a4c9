// Builds the site into OUT_DIR (default dist/) and indexes it for search.
// BASE_PATH and SITE_URL are read by astro.config.mjs; see the README.
import { execFileSync } from 'node:child_process';

const outDir = process.env.OUT_DIR || 'dist';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit', env });

run('astro', ['build', '--silent']);
run('pagefind', ['--site', outDir, '--silent']);
console.log(`Built the site into ${outDir}/`);
