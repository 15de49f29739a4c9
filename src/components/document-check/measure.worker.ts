/**
 * Decodes and measures one image off the page's main thread, so a 12-megapixel photo never freezes
 * the page: the browser's decoder reads the file twice (full size, then scaled down to the size it
 * is measured at) and the copy's pixels are measured here. Answers null when it cannot be decoded.
 */
import { measureImage, measuringSize, type ImageMeasurements } from '../../lib/document-check/measure-image';
import type { SiteThresholds } from '../../lib/document-check/rule-set';

export interface MeasureRequest {
	id: number;
	file: File;
	site: SiteThresholds;
}
export interface MeasureResponse {
	id: number;
	measured: ImageMeasurements | null;
}

async function measure(file: File, site: SiteThresholds): Promise<ImageMeasurements | null> {
	try {
		const full = await createImageBitmap(file);
		const { width, height } = full;
		full.close();
		const size = measuringSize(width, height, site.measureLongSidePx);
		const copy = await createImageBitmap(file, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'medium' });
		const context = new OffscreenCanvas(size.width, size.height).getContext('2d', { willReadFrequently: true });
		if (!context) return null;
		context.drawImage(copy, 0, 0);
		copy.close();
		return measureImage(context.getImageData(0, 0, size.width, size.height), width, height, site);
	} catch {
		return null;
	}
}

self.addEventListener('message', async (event: MessageEvent<MeasureRequest>) => {
	const { id, file, site } = event.data;
	const response: MeasureResponse = { id, measured: await measure(file, site) };
	self.postMessage(response);
});
