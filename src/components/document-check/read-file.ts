/**
 * The browser's part of the document check: reading a file's first bytes, having a worker decode
 * and measure an image, and looking up camera details. Everything is judged in
 * src/lib/document-check; nothing read here leaves the page.
 */
import { needsCameraLookup, SNIFF_BYTES, type DocumentRules, type ImageMeasurements } from '../../lib/document-check';
import type { MeasureRequest, MeasureResponse } from './measure.worker';

type Rules = Pick<DocumentRules, 'official' | 'site'>;

/** The file's first bytes, or null when it cannot be read (a folder, a file moved away meanwhile). */
export async function readHead(file: File): Promise<Uint8Array | null> {
	try {
		return new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
	} catch {
		return null;
	}
}

// One worker for the page, started on the first image; files are checked one at a time.
let worker: Worker | undefined;
let nextRequest = 1;
const pending = new Map<number, (measured: ImageMeasurements | null) => void>();

function measureInWorker(file: File, rules: Rules): Promise<ImageMeasurements | null> {
	if (!worker) {
		worker = new Worker(new URL('./measure.worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (event: MessageEvent<MeasureResponse>) => {
			pending.get(event.data.id)?.(event.data.measured);
			pending.delete(event.data.id);
		});
	}
	const request: MeasureRequest = { id: nextRequest++, file, site: rules.site };
	return new Promise((resolve) => {
		pending.set(request.id, resolve);
		worker!.postMessage(request);
	});
}

/** Decodes and measures an image; null when it cannot be decoded. */
export async function measureFile(file: File, rules: Rules): Promise<ImageMeasurements | null> {
	const measured = await measureInWorker(file, rules);
	if (!measured) return null;
	return needsCameraLookup(measured.width, measured.height, rules) ? { ...measured, cameraNamed: await namesCamera(file) } : measured;
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
