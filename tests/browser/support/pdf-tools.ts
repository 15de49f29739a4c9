import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Reads PDFs with poppler-utils (pdfinfo, pdffonts, pdftotext, pdftohtml), as a reader's tools would. */

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** pdfinfo's "Key: value" lines. */
export function pdfInfo(file: string): Record<string, string> {
	return Object.fromEntries(
		run('pdfinfo', [file])
			.split('\n')
			.map((line) => /^([^:]+):\s*(.*)$/.exec(line))
			.filter((match) => match !== null)
			.map((match) => [match[1]!, match[2]!]),
	);
}

export interface PdfFont {
	name: string;
	type: string;
	embedded: boolean;
	unicode: boolean;
}

/** pdffonts' table. Its columns are fixed-width; the header's dashes give the widths. */
export function pdfFonts(file: string): PdfFont[] {
	const [, dashes, ...rows] = run('pdffonts', [file]).trimEnd().split('\n');
	const widths = dashes!.split(' ').map((column) => column.length);
	return rows.map((row) => {
		let at = 0;
		const cells = widths.map((width) => {
			const cell = row.slice(at, at + width).trim();
			at += width + 1;
			return cell;
		});
		return { name: cells[0]!, type: cells[1]!, embedded: cells[3] === 'yes', unicode: cells[5] === 'yes' };
	});
}

/**
 * The text of the document, or of pages `first` to `last`, one string per page; with `layout`,
 * text on one line of the page stays on one line (a contents entry and its page number).
 */
export function pdfPages(file: string, { first, last, layout = false }: { first?: number; last?: number; layout?: boolean } = {}): string[] {
	const options = [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : []), ...(layout ? ['-layout'] : [])];
	return run('pdftotext', [...options, '-enc', 'UTF-8', file, '-']).split('\f').slice(0, -1);
}

/** Text made comparable: compatibility forms folded (ligatures), typographic quotes and dashes plain, no whitespace. */
export function comparable(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[–—]/g, '-')
		.replace(/\s+/g, '');
}

export interface OutlineEntry {
	title: string;
	page: number;
	depth: number;
}

const decodeXml = (text: string) =>
	text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_, decimal?: string, hex?: string, name?: string) =>
		decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name!]!,
	);

/** The bookmark outline, as pdftohtml's XML output gives it (nested <outline> elements). */
export function pdfOutline(file: string): OutlineEntry[] {
	const xml = run('pdftohtml', ['-xml', '-i', '-q', '-stdout', file]);
	const start = xml.indexOf('<outline>');
	if (start === -1) return [];
	const entries: OutlineEntry[] = [];
	let depth = 0;
	for (const [, tag, page, title] of xml.slice(start).matchAll(/<(\/?outline)>|<item page="(\d+)">([^<]*)<\/item>/g)) {
		if (tag === 'outline') depth++;
		else if (tag === '/outline') depth--;
		else entries.push({ title: decodeXml(title!), page: Number(page), depth });
	}
	return entries;
}

/** Named destinations, as pdfinfo -dests lists them: name → page. */
export function pdfDestinations(file: string): Map<string, number> {
	const lines = run('pdfinfo', ['-dests', file]).split('\n').slice(1);
	return new Map(lines.map((line) => /^\s*(\d+)\s.*"(.*)"\s*$/.exec(line)).filter((match) => match !== null).map((match) => [match[2]!, Number(match[1])]));
}

/**
 * Where the document's links lead: web addresses (/URI) and names inside the document (/Dest).
 * Poppler's tools do not list link annotations, so they are read from the file: Chromium writes
 * them as plain, uncompressed dictionaries.
 */
export function pdfLinks(file: string): { uris: string[]; destinations: string[] } {
	const raw = readFileSync(file).toString('latin1');
	const uris = [...raw.matchAll(/\/URI \(((?:[^()\\]|\\.)*)\)/g)].map((match) => match[1]!.replace(/\\(.)/g, '$1'));
	const destinations = [...raw.matchAll(/\/Dest \/([^\s/[\]<>()]+)/g)].map((match) => match[1]!.replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
	return { uris, destinations };
}
