/**
 * The browser's part of the document check: reading a file's first bytes, decoding a downscaled
 * copy of an image off the main thread, and looking up camera details. Everything is judged in
 * src/lib/document-check; nothing read here leaves the page.
 */
import { measureImage, measuringSize, needsCameraLookup, SNIFF_BYTES, type DocumentRules, type ImageMeasurements } from '../../lib/document-check';

type Rules = Pick<DocumentRules, 'official' | 'site'>;

/** The file's first bytes, or null when it cannot be read (a folder, a file moved away meanwhile). */
export async function readHead(file: File): Promise<Uint8Array | null> {
	try {
		return new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
	} catch {
		return null;
	}
}

/**
 * Decodes the image twice, both times inside the browser's decoder, not in a script: once for its
 * full size, once scaled down to the size it is measured at. Null when it cannot be decoded.
 */
export async function measureFile(file: File, rules: Rules): Promise<ImageMeasurements | null> {
	let width: number;
	let height: number;
	let pixels: ImageData;
	try {
		const full = await createImageBitmap(file);
		({ width, height } = full);
		full.close();
		const size = measuringSize(width, height, rules.site.measureLongSidePx);
		const copy = await createImageBitmap(file, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'medium' });
		const canvas = new OffscreenCanvas(size.width, size.height);
		const context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context) return null;
		context.drawImage(copy, 0, 0);
		copy.close();
		pixels = context.getImageData(0, 0, size.width, size.height);
	} catch {
		return null;
	}
	const measured = measureImage(pixels, width, height, rules.site);
	return needsCameraLookup(width, height, rules) ? { ...measured, cameraNamed: await namesCamera(file) } : measured;
}

/** Camera details live in the first segments of a photo; a quarter of a megabyte holds them. */
const METADATA_BYTES = 256 * 1024;

/** Whether the file's EXIF names a camera. The EXIF reader is downloaded only when this runs. */
async function namesCamera(file: File): Promise<boolean> {
	try {
		const { parse } = await import('exifr/dist/lite.esm.mjs');
		const tags = await parse(await file.slice(0, METADATA_BYTES).arrayBuffer(), { pick: ['Make', 'Model'] });
		return Boolean(tags?.Make || tags?.Model);
	} catch {
		return false;
	}
}
