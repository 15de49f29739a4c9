import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const SUFFIX = '?single-file';

/**
 * `import '../scripts/entry.ts?single-file'` in a page script puts the entry and everything it
 * imports, Preact included, into that script's own file, bundled by esbuild, instead of the
 * chunks it would share with the islands. For the search dialog, which is downloaded only when
 * the reader opens search: as shared chunks its code came in five files, fetched in a chain of
 * three round trips before the dialog could open. Its copy of Preact (4.5 KB gzip) is downloaded
 * again on the one page that also has islands, the search page, where the dialog never opens.
 */
export default function singleFileScript(): Plugin {
	let define: Record<string, string> = {};
	return {
		name: 'handbook:single-file-script',
		enforce: 'pre',
		configResolved(config) {
			// What Vite would replace in the modules it bundles itself.
			define = { 'import.meta.env.BASE_URL': JSON.stringify(config.base), 'import.meta.env.DEV': JSON.stringify(config.command === 'serve') };
		},
		async resolveId(source, importer) {
			if (!source.endsWith(SUFFIX)) return null;
			const entry = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
			return entry ? `\0${entry.id}${SUFFIX}` : null;
		},
		async load(id) {
			if (!id.startsWith('\0') || !id.endsWith(SUFFIX)) return null;
			const result = await build({
				entryPoints: [id.slice(1, -SUFFIX.length)],
				bundle: true,
				write: false,
				format: 'esm',
				target: 'es2022',
				// Vite minifies the chunk. Minified here, `import(url)` would become `import(\`…\`)`, which
				// Vite wraps in its preload helper: another file to fetch first.
				minify: false,
				jsx: 'automatic',
				jsxImportSource: 'preact',
				define,
				metafile: true,
			});
			for (const input of Object.keys(result.metafile.inputs)) this.addWatchFile(resolve(input));
			return result.outputFiles[0]!.text;
		},
	};
}
