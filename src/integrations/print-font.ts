import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
// HarfBuzz comes with subset-font; its full build can also draw glyphs, which the conversion needs.
import * as harfbuzz from 'harfbuzzjs';
import { findFace, readFace, writeFace } from '../lib/print-font/sfnt';
import { toTrueTypeOutlines, type PathCommand } from '../lib/print-font/truetype-outlines';

/** The family the print stylesheet (src/styles/global.css) asks for first. */
const FAMILY = 'Handbook Print Sans';

const WEIGHTS = [
	{ weight: 400, postScriptName: 'NotoSansCJKsc-Regular', style: 'Regular' },
	{ weight: 700, postScriptName: 'NotoSansCJKsc-Bold', style: 'Bold' },
] as const;

type SubsetFont = (font: Buffer, text: string, options: { targetFormat: 'sfnt'; preserveNameIds: number[] }) => Promise<Buffer>;
type ConvertFont = (font: Buffer, format: 'woff2') => Promise<Buffer>;

/** Source files whose text can reach a page; their characters make up the subset. */
const TEXT_FILE = /\.(md|mdx|astro|ts|tsx|css)$/;
const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * The font that printed pages and the PDFs use: Noto Sans CJK SC (from fonts-noto-cjk), cut down
 * to the characters in the site's sources and rewritten with TrueType outlines, which Chromium
 * embeds in PDFs by name with a Unicode map (see src/lib/print-font/truetype-outlines.ts).
 * Screens keep the system fonts: only the print stylesheet names this family, so a browser
 * downloads it only when someone prints.
 *
 * The @font-face rules are added to every page; without the Noto font on the build machine they
 * are left out, printed pages fall back to system fonts and the PDF stage skips the PDFs.
 * The result is cached under .astro/ and made again when the text or the source fonts change.
 */
export default function printFont(): AstroIntegration {
	return {
		name: 'print-font',
		hooks: {
			'astro:config:setup': async ({ command, config, createCodegenDir, injectScript, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				const stylesheet = await printFontStylesheet(fileURLToPath(config.srcDir), fileURLToPath(createCodegenDir()), logger);
				if (stylesheet) injectScript('page-ssr', `import ${JSON.stringify(stylesheet)};`);
			},
		},
	};
}

/** Where fontconfig finds a Noto Sans CJK SC weight; null without fontconfig or the font. */
function sourceFontFile(style: string): string | null {
	try {
		const file = execFileSync('fc-match', ['--format=%{file}', `Noto Sans CJK SC:style=${style}`], { encoding: 'utf8' });
		return file && existsSync(file) ? file : null;
	} catch {
		return null;
	}
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

async function printFontStylesheet(srcDir: string, codegenDir: string, logger: AstroIntegrationLogger): Promise<string | null> {
	// fc-match answers with its best substitute when the font is missing, hence the look for the face by name.
	const found = await Promise.all(
		WEIGHTS.map(async (source) => {
			const file = sourceFontFile(source.style);
			const face = file ? findFace(await readFile(file), source.postScriptName) : null;
			return file && face ? { ...source, file, face } : null;
		}),
	);
	const sources = found.filter((source) => source !== null);
	if (sources.length < WEIGHTS.length) {
		logger.warn('Noto Sans CJK SC not found: printed pages use system fonts and no PDFs are made (apt-get install fonts-noto-cjk).');
		return null;
	}
	const text = await sourceText(srcDir);
	const converter = await Promise.all(['sfnt.ts', 'quadratic-curves.ts', 'truetype-outlines.ts'].map((file) => readFile(join(srcDir, 'lib/print-font', file), 'utf8')));
	const fontStamps = await Promise.all(sources.map(async ({ file }) => `${file}:${(await stat(file)).size}`));
	const key = createHash('sha256').update([text, ...fontStamps, ...converter].join('\0')).digest('hex').slice(0, 16);
	const dir = join(codegenDir, key);
	const stylesheet = join(dir, 'print-font.css');
	if (existsSync(stylesheet)) return stylesheet;

	// Written aside and moved into place whole: another build in the same tree may be reading the cache.
	await mkdir(codegenDir, { recursive: true });
	const draft = await mkdtemp(join(codegenDir, 'draft-'));
	const require = createRequire(import.meta.url);
	const subsetFont = require('subset-font') as SubsetFont;
	const { convert } = require('fontverter') as { convert: ConvertFont };
	try {
		const rules: string[] = [];
		for (const { weight, style, face } of sources) {
			// Name IDs 0, 13 and 14 (copyright, licence, licence URL) travel with the font, as the OFL asks.
			const subset = await subsetFont(Buffer.from(writeFace(face)), text, { targetFormat: 'sfnt', preserveNameIds: [0, 13, 14] });
			const font = new harfbuzz.Font(new harfbuzz.Face(new harfbuzz.Blob(subset)));
			const trueType = writeFace(toTrueTypeOutlines(readFace(subset), (glyphId) => font.glyphToJson(glyphId) as PathCommand[]));
			const name = `print-sans-${style.toLowerCase()}.woff2`;
			await writeFile(join(draft, name), await convert(Buffer.from(trueType), 'woff2'));
			rules.push(`@font-face {\n\tfont-family: '${FAMILY}';\n\tsrc: url('./${name}') format('woff2');\n\tfont-weight: ${weight};\n\tfont-display: block;\n}`);
		}
		await writeFile(join(draft, 'print-font.css'), `/* Made by src/integrations/print-font.ts; only the print stylesheet uses this family. */\n${rules.join('\n')}\n`);
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
