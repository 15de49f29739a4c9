/**
 * Measurements on decoded pixels (RGBA, row by row, as a canvas gives them). No DOM: the island
 * decodes a downscaled copy and passes its pixels here. Thresholds come from the rules file.
 */
import type { SiteThresholds } from './rule-set';

export interface Pixels {
	width: number;
	height: number;
	/** RGBA, 4 bytes per pixel. */
	data: Uint8ClampedArray | Uint8Array;
}

/** At most this many pixels are sampled for colour: enough to find a red seal, cheap on any image. */
const COLOUR_SAMPLES = 40_000;

/**
 * The share of sampled pixels with a clear colour, after removing the image's overall tint (warm
 * light on a grey copy tints every pixel alike, which is not colour in the document).
 */
export function colourShare(pixels: Pixels, chroma: number): number {
	const { data, width, height } = pixels;
	const count = width * height;
	if (count === 0) return 0;
	const step = Math.max(1, Math.floor(count / COLOUR_SAMPLES));
	const redMinusGreen: number[] = [];
	const blueMinusGreen: number[] = [];
	for (let index = 0; index < count; index += step) {
		const offset = index * 4;
		redMinusGreen.push(data[offset]! - data[offset + 1]!);
		blueMinusGreen.push(data[offset + 2]! - data[offset + 1]!);
	}
	const tintRed = median(redMinusGreen);
	const tintBlue = median(blueMinusGreen);
	let coloured = 0;
	for (let sample = 0; sample < redMinusGreen.length; sample++) {
		const red = redMinusGreen[sample]! - tintRed;
		const blue = blueMinusGreen[sample]! - tintBlue;
		// Distance from grey in the (r-g, b-g) plane, as the largest channel difference.
		if (Math.max(Math.abs(red), Math.abs(blue), Math.abs(red - blue)) > chroma) coloured++;
	}
	return coloured / redMinusGreen.length;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Luma (BT.601) of each pixel. */
export function greyscale(pixels: Pixels): Float32Array {
	const { data, width, height } = pixels;
	const grey = new Float32Array(width * height);
	for (let index = 0; index < grey.length; index++) {
		const offset = index * 4;
		grey[index] = 0.299 * data[offset]! + 0.587 * data[offset + 1]! + 0.114 * data[offset + 2]!;
	}
	return grey;
}

/**
 * Sharpness as the variance of the 4-neighbour Laplacian over the image: sharp edges (text) give
 * large second differences, blur flattens them. Compare only values measured at the same scale.
 */
export function laplacianVariance(pixels: Pixels): number {
	const { width, height } = pixels;
	if (width < 3 || height < 3) return 0;
	const grey = greyscale(pixels);
	let sum = 0;
	let sumOfSquares = 0;
	for (let y = 1; y < height - 1; y++) {
		for (let x = 1; x < width - 1; x++) {
			const index = y * width + x;
			const value = grey[index - 1]! + grey[index + 1]! + grey[index - width]! + grey[index + width]! - 4 * grey[index]!;
			sum += value;
			sumOfSquares += value * value;
		}
	}
	const count = (width - 2) * (height - 2);
	const mean = sum / count;
	return sumOfSquares / count - mean * mean;
}

/** The size to decode an image at so its longer side is at most `longSide`, never enlarged. */
export function measuringSize(width: number, height: number, longSide: number): { width: number; height: number } {
	const scale = Math.min(1, longSide / Math.max(width, height));
	return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Whether an image has the shape of a screen: exactly a common screen size (either way round), or
 * at least `screenAspectMin` times as long as it is wide, as phone screens are and camera photos are not.
 */
export function hasScreenShape(width: number, height: number, site: Pick<SiteThresholds, 'screenSizes' | 'screenAspectMin'>): boolean {
	const long = Math.max(width, height);
	const short = Math.min(width, height);
	if (short === 0) return false;
	return long / short >= site.screenAspectMin || site.screenSizes.some(([a, b]) => Math.max(a, b) === long && Math.min(a, b) === short);
}

/** What the verdict needs to know about an image. */
export interface ImageMeasurements {
	/** The full image's size, before downscaling. */
	width: number;
	height: number;
	colourShare: number;
	sharpness: number;
	/** Whether the file names the camera that took it; undefined when not looked up. */
	cameraNamed?: boolean | undefined;
}

/** Measures a downscaled copy of an image whose full size is `width` × `height`. */
export function measureImage(copy: Pixels, width: number, height: number, site: Pick<SiteThresholds, 'colourChroma'>): ImageMeasurements {
	return { width, height, colourShare: colourShare(copy, site.colourChroma), sharpness: laplacianVariance(copy) };
}
