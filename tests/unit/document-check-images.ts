/** Images the document-check tests make themselves: RGBA pixel arrays, and the first bytes of files. */
import type { Pixels } from '../../src/lib/document-check/measure-image';

/** A document-like page: light paper with dark "text" strokes, a red seal if `seal`, tinted by `tint`. */
export function documentImage(width: number, height: number, { seal = true, tint = [0, 0, 0] as [number, number, number], seed = 1 } = {}): Pixels {
	const data = new Uint8ClampedArray(width * height * 4);
	let state = seed;
	const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const offset = (y * width + x) * 4;
			// Lines of "text": short dark strokes on every eighth row band.
			const inText = y % 16 < 6 && x % 12 < 8 && random() > 0.3;
			let [r, g, b] = inText ? [30, 30, 30] : [235, 235, 230];
			if (seal && Math.hypot(x - width * 0.75, y - height * 0.7) < Math.min(width, height) * 0.12) [r, g, b] = [200, 40, 40];
			data[offset] = r + tint[0];
			data[offset + 1] = g + tint[1];
			data[offset + 2] = b + tint[2];
			data[offset + 3] = 255;
		}
	}
	return { width, height, data };
}

/** The same image with every pixel's channels averaged: a black-and-white copy. */
export function withoutColour(pixels: Pixels): Pixels {
	const data = new Uint8ClampedArray(pixels.data);
	for (let offset = 0; offset < data.length; offset += 4) {
		const grey = Math.round((data[offset]! + data[offset + 1]! + data[offset + 2]!) / 3);
		data[offset] = data[offset + 1] = data[offset + 2] = grey;
	}
	return { ...pixels, data };
}

/** A box blur of the given radius, run three times (close to a Gaussian): an out-of-focus photo. */
export function blurred(pixels: Pixels, radius: number): Pixels {
	let data = new Uint8ClampedArray(pixels.data);
	const { width, height } = pixels;
	for (let pass = 0; pass < 3; pass++) {
		for (const horizontal of [true, false]) {
			const next = new Uint8ClampedArray(data.length);
			for (let y = 0; y < height; y++) {
				for (let x = 0; x < width; x++) {
					for (let channel = 0; channel < 4; channel++) {
						let sum = 0;
						let count = 0;
						for (let d = -radius; d <= radius; d++) {
							const [sx, sy] = horizontal ? [x + d, y] : [x, y + d];
							if (sx < 0 || sy < 0 || sx >= width || sy >= height) continue;
							sum += data[(sy * width + sx) * 4 + channel]!;
							count++;
						}
						next[(y * width + x) * 4 + channel] = sum / count;
					}
				}
			}
			data = next;
		}
	}
	return { width, height, data };
}

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

/** First bytes of files of each kind, as their writers start them. */
export const HEADS = {
	jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
	png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'),
	tiff: bytes([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]),
	tiffBigEndian: bytes([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]),
	pdf: bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'),
	// An iPhone photo: an ISO base-media "ftyp" box with the HEIC brand.
	heic: bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'),
	heif: bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0], 'mif1heic'),
	webp: bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '),
	gif: bytes('GIF89a', [1, 0, 1, 0]),
	bmp: bytes('BM', [0x3a, 0, 0, 0, 0, 0, 0, 0]),
	exe: bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0]),
	elf: bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
	zip: bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]),
	text: bytes('hello, this is not an image'),
};
