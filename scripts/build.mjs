// npm run build: builds the site into OUT_DIR (default dist/) with the stages in build/stages.mjs:
// the pages, their search index and _headers (Astro and its integrations), then the PDFs.
// BASE_PATH is the sub-path the site is served under (default "/"); SITE_URL, read by
// astro.config.mjs, its public origin. See the README.
import { resolve } from 'node:path';
import { stages } from '../build/stages.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.OUT_DIR || 'dist');
const base = process.env.BASE_PATH || '/';
for (const stage of stages) await stage.run({ root, outDir, base });
console.log(`Built the site into ${outDir}/`);
