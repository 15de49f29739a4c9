/**
 * What a file is, read from its first bytes: a renamed file is reported as what it is. Only the
 * kinds a reader is likely to pick are told apart; the signatures are the formats' own.
 */
export const FILE_KINDS = ['jpeg', 'png', 'tiff', 'pdf', 'heic', 'webp', 'gif', 'bmp', 'executable', 'zip', 'unknown'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Bytes to read from the start of a file: enough for every signature below. */
export const SNIFF_BYTES = 32;

/** Kinds the checker can decode and measure in a browser. */
export const MEASURABLE_KINDS: readonly FileKind[] = ['jpeg', 'png'];

/** The file-name extensions that belong to each kind Amazon accepts. */
export const EXTENSIONS_OF: Partial<Record<FileKind, readonly string[]>> = {
	jpeg: ['jpg', 'jpeg'],
	png: ['png'],
	tiff: ['tiff', 'tif'],
	pdf: ['pdf'],
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/** ISO base-media brands of HEIC and HEIF images (the `ftyp` box's major brand). */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

export function sniffFileKind(bytes: Uint8Array): FileKind {
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
	if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
	// PDF readers accept the marker anywhere in the first kilobyte; writers put it first.
	if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
	if (ascii(bytes, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(bytes, 8, 12))) return 'heic';
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
	if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
	if (ascii(bytes, 0, 2) === 'BM') return 'bmp';
	// Windows programs start with "MZ"; ELF and Mach-O are the other executables a renamed download could be.
	if (ascii(bytes, 0, 2) === 'MZ' || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) || startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(bytes, [0xfe, 0xed, 0xfa, 0xcf]))
		return 'executable';
	// Word (.docx) files are ZIP archives too.
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
	return 'unknown';
}

/** The extension of a file name, lower-case, without the dot; '' when there is none. */
export function extensionOf(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : '';
}
