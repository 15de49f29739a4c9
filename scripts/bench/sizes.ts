// Sizes of the files a page loads: as stored, and as a host sends them (gzip -9 and brotli 11).
import { compressBody, isCompressible } from '../static-server.mjs';

export interface Sizes {
	raw: number;
	gzip: number;
	brotli: number;
}

export const noBytes = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });

/** Fonts, images and Pagefind's pre-gzipped files travel as they are, so they count at their own size. */
export function fileSizes(path: string, content: Uint8Array): Sizes {
	if (!isCompressible(path)) return { raw: content.length, gzip: content.length, brotli: content.length };
	return { raw: content.length, gzip: compressBody(content, 'gzip').length, brotli: compressBody(content, 'br').length };
}

export function addSizes(a: Sizes, b: Sizes): Sizes {
	return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}
