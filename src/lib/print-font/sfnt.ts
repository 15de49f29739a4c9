/**
 * Reading and writing the table structure of OpenType/TrueType files ("sfnt"), just enough to
 * take one face out of a font collection (.ttc) and to swap tables in a face.
 * Layout: https://learn.microsoft.com/typography/opentype/spec/otff
 */

export type Tables = Map<string, Uint8Array>;

export interface Face {
	/** 0x00010000 for TrueType outlines, "OTTO" for CFF outlines. */
	version: number;
	tables: Tables;
}

export const TRUETYPE_VERSION = 0x00010000;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const tagAt = (bytes: Uint8Array, offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));

/** Where each face's table directory starts: one offset for a single font, one per face in a collection. */
export function faceOffsets(font: Uint8Array): number[] {
	if (tagAt(font, 0) !== 'ttcf') return [0];
	const data = view(font);
	const count = data.getUint32(8);
	return Array.from({ length: count }, (_, index) => data.getUint32(12 + 4 * index));
}

/** The face whose directory starts at `offset`. In a collection, table offsets count from the file's start, so this works for both. */
export function readFace(font: Uint8Array, offset = 0): Face {
	const data = view(font);
	const count = data.getUint16(offset + 4);
	const tables: Tables = new Map();
	for (let index = 0; index < count; index++) {
		const record = offset + 12 + 16 * index;
		const start = data.getUint32(record + 8);
		tables.set(tagAt(font, record), font.subarray(start, start + data.getUint32(record + 12)));
	}
	return { version: data.getUint32(offset), tables };
}

/** The PostScript name (name ID 6), e.g. "NotoSansCJKsc-Regular", or null when the face has none. */
export function postScriptName(tables: Tables): string | null {
	const name = tables.get('name');
	if (!name) return null;
	const data = view(name);
	const count = data.getUint16(2);
	const strings = data.getUint16(4);
	for (let index = 0; index < count; index++) {
		const record = 6 + 12 * index;
		if (data.getUint16(record + 6) !== 6) continue;
		const platform = data.getUint16(record);
		const start = strings + data.getUint16(record + 10);
		const bytes = name.subarray(start, start + data.getUint16(record + 8));
		// Windows names are UTF-16BE; Macintosh (platform 1) ones are single bytes, ASCII for this ID.
		if (platform === 3) return String.fromCharCode(...Array.from({ length: bytes.length / 2 }, (_, i) => (bytes[2 * i]! << 8) | bytes[2 * i + 1]!));
		if (platform === 1) return String.fromCharCode(...bytes);
	}
	return null;
}

/** The face of a font or collection with the given PostScript name, or null. */
export function findFace(font: Uint8Array, name: string): Face | null {
	for (const offset of faceOffsets(font)) {
		const face = readFace(font, offset);
		if (postScriptName(face.tables) === name) return face;
	}
	return null;
}

function checksum(bytes: Uint8Array): number {
	const padded = new Uint8Array((bytes.length + 3) & ~3);
	padded.set(bytes);
	const data = view(padded);
	let sum = 0;
	for (let offset = 0; offset < padded.length; offset += 4) sum = (sum + data.getUint32(offset)) >>> 0;
	return sum;
}

/**
 * Writes a standalone font file: the table directory sorted by tag, each table 4-byte aligned,
 * with checksums and the whole-file adjustment in `head` that the format asks for.
 */
export function writeFace({ version, tables }: Face): Uint8Array {
	const tags = [...tables.keys()].sort();
	const directorySize = 12 + 16 * tags.length;
	const size = tags.reduce((total, tag) => total + ((tables.get(tag)!.length + 3) & ~3), directorySize);
	const font = new Uint8Array(size);
	const data = view(font);
	const entrySelector = Math.floor(Math.log2(tags.length));
	data.setUint32(0, version);
	data.setUint16(4, tags.length);
	data.setUint16(6, 16 * 2 ** entrySelector);
	data.setUint16(8, entrySelector);
	data.setUint16(10, 16 * tags.length - 16 * 2 ** entrySelector);
	let offset = directorySize;
	let headOffset = -1;
	tags.forEach((tag, index) => {
		const table = new Uint8Array(tables.get(tag)!);
		if (tag === 'head') {
			headOffset = offset;
			view(table).setUint32(8, 0);
		}
		const record = 12 + 16 * index;
		for (let i = 0; i < 4; i++) data.setUint8(record + i, tag.charCodeAt(i));
		data.setUint32(record + 4, checksum(table));
		data.setUint32(record + 8, offset);
		data.setUint32(record + 12, table.length);
		font.set(table, offset);
		offset += (table.length + 3) & ~3;
	});
	if (headOffset >= 0) data.setUint32(headOffset + 8, (0xb1b0afba - checksum(font)) >>> 0);
	return font;
}
