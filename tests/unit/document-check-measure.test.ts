import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { colourShare, hasScreenShape, laplacianVariance, measureImage, measuringSize } from '../../src/lib/document-check/measure-image';
import { documentRulesSchema } from '../../src/lib/document-check/rule-set';
import { blurred, documentImage, withoutColour } from './document-check-images';

const { site } = documentRulesSchema.parse(JSON.parse(readFileSync('src/content/rules/document-rules.json', 'utf8')));

describe('colour', () => {
	test('a colour document (a red seal on a page) has colour; its black-and-white copy has none', () => {
		const colour = documentImage(400, 300);
		expect(colourShare(colour, site.colourChroma)).toBeGreaterThanOrEqual(site.minColourShare);
		expect(colourShare(withoutColour(colour), site.colourChroma)).toBeLessThan(site.minColourShare);
	});

	test('an overall tint from warm light is not colour, but a seal under the same light is', () => {
		const warm = [18, 4, -16] as [number, number, number];
		expect(colourShare(documentImage(400, 300, { seal: false, tint: warm }), site.colourChroma)).toBeLessThan(site.minColourShare);
		expect(colourShare(documentImage(400, 300, { tint: warm }), site.colourChroma)).toBeGreaterThanOrEqual(site.minColourShare);
	});

	test('an empty image has no colour and does not throw', () => {
		expect(colourShare({ width: 0, height: 0, data: new Uint8ClampedArray() }, site.colourChroma)).toBe(0);
	});
});

describe('sharpness', () => {
	const sharp = documentImage(200, 150, { seed: 7 });
	// Blurring in plain JavaScript is slow on a busy machine: a wait, not a timing check.
	const slow = { timeout: 60_000 };
	test('a sharp page scores above the threshold, the same page blurred scores below it', slow, () => {
		expect(laplacianVariance(sharp)).toBeGreaterThan(site.minSharpness);
		expect(laplacianVariance(blurred(sharp, 3))).toBeLessThan(site.minSharpness);
	});

	test('more blur scores lower', slow, () => {
		expect(laplacianVariance(blurred(sharp, 1))).toBeGreaterThan(laplacianVariance(blurred(sharp, 3)));
	});

	test('a flat image scores 0, and one too small for the kernel too', () => {
		const flat = { width: 50, height: 50, data: new Uint8ClampedArray(50 * 50 * 4).fill(200) };
		expect(laplacianVariance(flat)).toBe(0);
		expect(laplacianVariance({ width: 2, height: 2, data: new Uint8ClampedArray(16).fill(9) })).toBe(0);
	});
});

test('the measured copy keeps the aspect and is never enlarged', () => {
	expect(measuringSize(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
	expect(measuringSize(3000, 4000, 1600)).toEqual({ width: 1200, height: 1600 });
	expect(measuringSize(640, 480, 1600)).toEqual({ width: 640, height: 480 });
	expect(measuringSize(20000, 1, 1600)).toEqual({ width: 1600, height: 1 });
});

describe('screen shape', () => {
	test.each([
		[1170, 2532, true],
		[2532, 1170, true],
		[1920, 1080, true],
		[1000, 2200, true],
		[4032, 3024, false],
		[4000, 2250, false],
		[3000, 4000, false],
		[1080, 1440, false],
	])('%i × %i: %s', (width, height, expected) => {
		expect(hasScreenShape(width, height, site)).toBe(expected);
	});
});

test('measureImage reports the full size with the copy’s colour and sharpness', () => {
	const copy = documentImage(200, 150);
	const measured = measureImage(copy, 4000, 3000, site);
	expect(measured).toMatchObject({ width: 4000, height: 3000 });
	expect(measured.colourShare).toBe(colourShare(copy, site.colourChroma));
	expect(measured.sharpness).toBe(laplacianVariance(copy));
});
