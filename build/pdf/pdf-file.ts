/**
 * Reading and amending the PDFs Chromium writes (Skia's PDF backend: plain objects, a classic
 * cross-reference table, no object streams). Not a general PDF parser: it reads what Skia writes
 * and fails loudly on anything else.
 * Structure: ISO 32000-1, §7.3 (objects), §7.5 (file structure), §12.3 (destinations, outline).
 */

const latin1 = new TextDecoder('latin1');

interface PdfFile {
	text: string;
	size: number;
	root: number;
	info: number | null;
	startxref: number;
	/** The text of an object between "obj" and "endobj". */
	object: (id: number) => string;
}

const dictionaryNumber = (dictionary: string, key: string) => {
	const match = new RegExp(`/${key}\\s+(\\d+)`).exec(dictionary);
	return match ? Number(match[1]) : null;
};

/**
 * Where each object starts, from the cross-reference tables: the newest table first, then the
 * ones before it (/Prev), so an object changed by an update is found at its new place.
 */
function objectOffsets(text: string, startxref: number): Map<number, number> {
	const offsets = new Map<number, number>();
	const visited = new Set<number>();
	for (let at: number | null = startxref; at !== null; ) {
		if (visited.has(at)) throw new Error('The PDF cross-reference tables refer back to themselves');
		visited.add(at);
		const end = text.indexOf('trailer', at);
		if (!text.startsWith('xref', at) || end === -1) throw new Error(`No cross-reference table at byte ${at}`);
		const lines = text.slice(at + 4, end).split(/\r\n|\r|\n/).map((line) => line.trim()).filter(Boolean);
		for (let index = 0; index < lines.length; ) {
			const [first, count] = lines[index]!.split(' ').map(Number) as [number, number];
			for (let entry = 0; entry < count; entry++) {
				const [offset, , kind] = lines[index + 1 + entry]!.split(' ');
				if (kind === 'n' && !offsets.has(first + entry)) offsets.set(first + entry, Number(offset));
			}
			index += 1 + count;
		}
		at = dictionaryNumber(text.slice(end, text.indexOf('startxref', end)), 'Prev');
	}
	return offsets;
}

function readPdf(pdf: Uint8Array): PdfFile {
	const text = latin1.decode(pdf);
	const trailerAt = text.lastIndexOf('trailer');
	const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
	if (trailerAt === -1 || !startxref) throw new Error('Not a PDF with a classic trailer (as Chromium writes them)');
	const trailer = text.slice(trailerAt, startxref.index);
	const size = dictionaryNumber(trailer, 'Size');
	const root = dictionaryNumber(trailer, 'Root');
	if (size === null || root === null) throw new Error('The PDF trailer has no /Size or /Root');
	const offsets = objectOffsets(text, Number(startxref[1]));
	const object = (id: number) => {
		const offset = offsets.get(id);
		const match = offset === undefined ? null : /^\d+ \d+ obj\s*([\s\S]*?)\s*endobj/.exec(text.slice(offset, text.indexOf('endobj', offset) + 6));
		if (!match) throw new Error(`The PDF has no object ${id}`);
		return match[1]!;
	};
	return { text, size, root, info: dictionaryNumber(trailer, 'Info'), startxref: Number(startxref[1]), object };
}

const reference = (dictionary: string, key: string) => {
	const match = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dictionary);
	return match ? Number(match[1]) : null;
};

/** A PDF name with its #xx escapes decoded: "/a#2Db" → "a-b". */
const decodeName = (name: string) => name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A string as Skia writes them: "(literal)" with backslash escapes, or "<FEFF…>" hex UTF-16BE. */
function decodeString(token: string): string {
	if (token.startsWith('<')) {
		const bytes = token.slice(1, -1).replace(/\s/g, '');
		const units = Array.from({ length: bytes.length / 4 }, (_, index) => parseInt(bytes.slice(4 * index, 4 * index + 4), 16));
		return String.fromCharCode(...(units[0] === 0xfeff ? units.slice(1) : units));
	}
	const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
	return token
		.slice(1, -1)
		.replace(/\\([0-7]{1,3}|[\s\S])/g, (_, escaped: string) => (/^[0-7]/.test(escaped) ? String.fromCharCode(parseInt(escaped, 8)) : (escapes[escaped] ?? escaped)));
}

const STRING = String.raw`(\((?:[^()\\]|\\[\s\S])*\)|<[0-9A-Fa-f\s]*>)`;

/** The string value of a key in a dictionary, e.g. the /Title of an outline item; null when absent. */
function dictionaryString(dictionary: string, key: string): { token: string; value: string } | null {
	const match = new RegExp(`/${key}\\s*${STRING}`).exec(dictionary);
	return match ? { token: match[1]!, value: decodeString(match[1]!) } : null;
}

/** A PDF text string in UTF-16BE, as hex: safe for any characters. */
export function pdfTextString(text: string): string {
	const hex = [...text].flatMap((character) => {
		const code = character.codePointAt(0)!;
		const units = code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code];
		return units.map((unit) => unit.toString(16).padStart(4, '0'));
	});
	return `<FEFF${hex.join('').toUpperCase()}>`;
}

function pageNumbers(file: PdfFile): Map<number, number> {
	const pagesRoot = reference(file.object(file.root), 'Pages');
	if (pagesRoot === null) throw new Error('The PDF catalog has no /Pages');
	const numbers = new Map<number, number>();
	const walk = (id: number) => {
		const kids = /\/Kids\s*\[([^\]]*)\]/.exec(file.object(id));
		if (!kids) numbers.set(id, numbers.size + 1);
		else for (const kid of kids[1]!.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(kid[1]));
	};
	walk(pagesRoot);
	return numbers;
}

/**
 * The page number (from 1) of every named destination. Chromium names a destination after the
 * id of each element that a link in the document points to (`href="#id"`).
 */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
	const file = readPdf(pdf);
	const numbers = pageNumbers(file);
	const pages = new Map<string, number>();
	const dests = reference(file.object(file.root), 'Dests');
	if (dests === null) return pages;
	for (const match of file.object(dests).matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
		const page = numbers.get(Number(match[2]));
		if (page !== undefined) pages.set(decodeName(match[1]!), page);
	}
	return pages;
}

export interface OutlineItem {
	id: number;
	title: string;
	/** 1 for the top level. */
	depth: number;
}

/** The bookmarks, in order, with their depth. */
export function outlineItems(pdf: Uint8Array): OutlineItem[] {
	const file = readPdf(pdf);
	const outlines = reference(file.object(file.root), 'Outlines');
	const items: OutlineItem[] = [];
	const walk = (first: number | null, depth: number) => {
		for (let id = first; id !== null; id = reference(file.object(id), 'Next')) {
			items.push({ id, title: dictionaryString(file.object(id), 'Title')?.value ?? '', depth });
			walk(reference(file.object(id), 'First'), depth + 1);
		}
	};
	if (outlines !== null) walk(reference(file.object(outlines), 'First'), 1);
	return items;
}

/**
 * A bookmark's title as the page's heading reads. Chromium (156) sometimes writes a heading's
 * text twice in its bookmark, "After the callAfter the call", when the heading sits at a page
 * break; a title is put right only when its first half is one of the page's headings.
 */
export function repairedTitle(title: string, headings: ReadonlySet<string>): string {
	const half = title.slice(0, title.length / 2);
	return !headings.has(title) && title.length % 2 === 0 && title === half + half && headings.has(half) ? half : title;
}

export interface DocumentInfo {
	title: string;
	author: string;
	subject: string;
}

/**
 * The PDF made complete: its document information set (title, author, subject: Chromium writes
 * only the title), viewers told to show the title rather than the file name, as PDF/UA asks, and
 * bookmark titles repaired against the document's `headings`. The changes are appended as an
 * incremental update, so Chromium's bytes stay as they are.
 */
export function amendPdf(pdf: Uint8Array, info: DocumentInfo, headings: Iterable<string>): Uint8Array {
	const file = readPdf(pdf);
	const catalog = file.object(file.root);
	if (!catalog.startsWith('<<') || !catalog.endsWith('>>')) throw new Error('The PDF catalog is not a dictionary');
	const oldInfo = file.info === null ? '' : file.object(file.info);
	// Chromium's producer and dates stay; its creator is the user-agent string of a headless browser.
	const kept = ['Producer', 'CreationDate', 'ModDate'].flatMap((key) => {
		const value = dictionaryString(oldInfo, key);
		return value ? [`/${key} ${value.token}`] : [];
	});
	const infoId = file.size;
	const objects = [
		{ id: file.root, body: `${catalog.slice(0, -2).replace(/\/ViewerPreferences\s*<<[^>]*>>/, '')}\n/ViewerPreferences <</DisplayDocTitle true>>>>` },
		{
			id: infoId,
			body: `<</Title ${pdfTextString(info.title)}\n/Author ${pdfTextString(info.author)}\n/Subject ${pdfTextString(info.subject)}\n/Creator (Chromium)${kept.map((entry) => `\n${entry}`).join('')}>>`,
		},
	];
	const known = new Set(headings);
	for (const { id, title } of outlineItems(pdf)) {
		const repaired = repairedTitle(title, known);
		if (repaired === title) continue;
		const item = file.object(id);
		objects.push({ id, body: item.replace(dictionaryString(item, 'Title')!.token, pdfTextString(repaired)) });
	}

	// Every character of the update is one byte: ASCII, or Latin-1 copied from the file.
	let update = '\n';
	const written: { id: number; offset: number }[] = [];
	for (const { id, body } of objects) {
		written.push({ id, offset: pdf.length + update.length });
		update += `${id} 0 obj\n${body}\nendobj\n`;
	}
	const xrefOffset = pdf.length + update.length;
	update += 'xref\n';
	for (const { id, offset } of written.sort((a, b) => a.id - b.id)) update += `${id} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
	update += `trailer\n<</Size ${file.size + 1}\n/Root ${file.root} 0 R\n/Info ${infoId} 0 R\n/Prev ${file.startxref}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
	const bytes = new Uint8Array(pdf.length + update.length);
	bytes.set(pdf);
	bytes.set(Uint8Array.from(update, (character) => character.charCodeAt(0)), pdf.length);
	return bytes;
}
