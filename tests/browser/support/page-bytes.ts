import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileOfPath } from '../../../scripts/bench/resources';
import { compressBody } from '../../../scripts/static-server.mjs';

/** Sizes as the budgets count them: gzip -9 of the bytes, as the bench and the server compress. */
export const gzipSize = (bytes: Buffer | string) => compressBody(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, 'gzip').length;

/** The file in a build folder that a same-origin URL of the site served under `siteUrl` is. */
export function builtFile(outDir: string, siteUrl: string, url: string): string {
	const file = fileOfPath(new URL(url).pathname, new URL(siteUrl).pathname);
	if (file === null) throw new Error(`${url} lies outside the site at ${siteUrl}`);
	return join(outDir, file);
}

/**
 * Relative specifiers a built module imports statically: `import … from "./x.js"`, `import "./x.js"`
 * and `export … from "./x.js"`. Dynamic `import("./x.js")` is left out: it loads only when used.
 * Rollup's output is minified but regular, so a pattern is enough here.
 */
export function staticImports(code: string): string[] {
	const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\*\s*(?:as\s+[\w$]+\s*)?|\{[^}]*\}\s*)?(?:from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
	return [...code.matchAll(pattern)].map((match) => match[1]!);
}

/** The built files of `entries` (site URLs) and everything they import statically, transitively. */
export function moduleClosure(outDir: string, siteUrl: string, entries: readonly string[]): string[] {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (seen.has(url)) continue;
		seen.add(url);
		const code = readFileSync(builtFile(outDir, siteUrl, url), 'utf8');
		for (const specifier of staticImports(code)) queue.push(new URL(specifier, url).href);
	}
	return [...seen].map((url) => builtFile(outDir, siteUrl, url));
}
