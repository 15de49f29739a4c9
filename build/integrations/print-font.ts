import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The family the print stylesheet (src/styles/print.css) asks for first. */
const FAMILY = 'Handbook Print Sans';
/** Google's Noto Sans SC, one static TrueType (glyf) file per weight. */
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const WEIGHTS = [
	{ weight: 400, file: '400Regular/NotoSansSC_400Regular.ttf', style: 'regular' },
	{ weight: 700, file: '700Bold/NotoSansSC_700Bold.ttf', style: 'bold' },
] as const;

type SubsetFont = (font: Buffer, text: string, options: { targetFormat: 'woff2'; preserveNameIds: number[] }) => Promise<Buffer>;

/** Source files whose text can reach a page; their characters make up the subset. */
const TEXT_FILE = /\.(md|mdx|astro|ts|tsx|css|yaml|json)$/;
const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * The font that printed pages and the PDFs use: Noto Sans SC from Google's TrueType build (an npm
 * package), cut down to the characters in the site's sources. Chromium embeds a TrueType font in a
 * PDF by name with a Unicode map, so Chinese text stays text; the system's Noto Sans CJK has CFF
 * outlines, which Chromium draws as unnamed Type 3 glyphs.
 * Screens keep the system fonts: only the print stylesheet names this family, so a browser
 * downloads it only when someone prints.
 * The result is cached under .astro/ and made again when the text or the font package changes.
 */
export default function printFont(): AstroIntegration {
	return {
		name: 'print-font',
		hooks: {
			'astro:config:setup': async ({ command, config, createCodegenDir, injectScript }) => {
				if (command !== 'build' && command !== 'dev') return;
				const stylesheet = await printFontStylesheet(fileURLToPath(config.srcDir), fileURLToPath(createCodegenDir()));
				injectScript('page-ssr', `import ${JSON.stringify(stylesheet)};`);
			},
		},
	};
}

async function sourceText(dir: string): Promise<string> {
	const files = (await readdir(dir, { recursive: true })).filter((file) => TEXT_FILE.test(file));
	const texts = await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')));
	// Characters the build writes that the sources do not hold as such: all of printable ASCII (URLs,
	// numbers), the quotes, dashes and ellipsis that Markdown's smartypants makes of ' " - and ...,
	// and \u escapes in strings.
	const ascii = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('');
	const source = texts.join('');
	const escapes = [...source.matchAll(/\\u([0-9a-fA-F]{4})/g)].map((match) => String.fromCharCode(parseInt(match[1]!, 16)));
	const characters = new Set([...ascii, ...'‘’“”–—…', ...escapes, ...source]);
	return [...characters].filter((character) => !/\p{Cc}/u.test(character)).sort().join('');
}

async function printFontStylesheet(srcDir: string, codegenDir: string): Promise<string> {
	const require = createRequire(import.meta.url);
	const packageDir = dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
	const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string };
	const text = await sourceText(srcDir);
	const key = createHash('sha256').update([text, FONT_PACKAGE, version].join('\0')).digest('hex').slice(0, 16);
	const dir = join(codegenDir, key);
	const stylesheet = join(dir, 'print-font.css');
	if (existsSync(stylesheet)) return stylesheet;

	// Written aside and moved into place whole: another build in the same tree may be reading the cache.
	await mkdir(codegenDir, { recursive: true });
	const draft = await mkdtemp(join(codegenDir, 'draft-'));
	const subsetFont = require('subset-font') as SubsetFont;
	try {
		const rules: string[] = [];
		for (const { weight, file, style } of WEIGHTS) {
			const name = `print-sans-${style}.woff2`;
			// Name IDs 0, 13 and 14 (copyright, licence, licence URL) travel with the font, as the OFL asks.
			const subset = await subsetFont(await readFile(join(packageDir, file)), text, { targetFormat: 'woff2', preserveNameIds: [0, 13, 14] });
			await writeFile(join(draft, name), subset);
			rules.push(`@font-face {\n\tfont-family: '${FAMILY}';\n\tsrc: url('./${name}') format('woff2');\n\tfont-weight: ${weight};\n\tfont-display: block;\n}`);
		}
		await writeFile(join(draft, 'print-font.css'), `/* Made by build/integrations/print-font.ts; only the print stylesheet uses this family. */\n${rules.join('\n')}\n`);
	} catch (error) {
		await rm(draft, { recursive: true, force: true });
		throw error;
	}
	await rename(draft, dir).catch(() => rm(draft, { recursive: true, force: true }));
	// Fonts made for earlier text are no longer needed, once no build that started with them can
	// still be running (builds in the same tree may overlap).
	for (const entry of await readdir(codegenDir)) {
		const made = (await stat(join(codegenDir, entry)).catch(() => null))?.mtimeMs ?? Date.now();
		if (entry !== key && Date.now() - made > STALE_AFTER_MS) await rm(join(codegenDir, entry), { recursive: true, force: true });
	}
	return stylesheet;
}
