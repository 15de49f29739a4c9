import { cubicToQuadratics, type Vector } from './quadratic-curves.ts';
import { TRUETYPE_VERSION, type Face } from './sfnt.ts';

/**
 * Chromium's PDF writer (Skia) embeds fonts with TrueType outlines as named CID fonts with a
 * Unicode map, but draws fonts with CFF outlines, such as Noto Sans CJK, as unnamed Type 3
 * glyphs. This rewrites a CFF-outlined face as a TrueType one: the same glyphs, ids, metrics and
 * layout tables, only the outlines converted from cubic to quadratic curves.
 * glyf layout: https://learn.microsoft.com/typography/opentype/spec/glyf
 */

/** A path as HarfBuzz draws a glyph: move, line, quadratic, cubic, close. */
export interface PathCommand {
	type: 'M' | 'L' | 'Q' | 'C' | 'Z';
	values: number[];
}

export interface Point extends Vector {
	onCurve: boolean;
}

export type Contour = Point[];

/**
 * The contours of a path with quadratic curves only, on the integer grid of font units.
 * Contours run the other way round: CFF draws outer contours anticlockwise, TrueType clockwise.
 */
export function contoursFromPath(commands: readonly PathCommand[], tolerance: number): Contour[] {
	const contours: Contour[] = [];
	let current: Contour = [];
	const finish = () => {
		const rounded = current.map((point) => ({ x: Math.round(point.x), y: Math.round(point.y), onCurve: point.onCurve }));
		// Rounding can make neighbours coincide, and paths often end on the point they started from.
		const points = rounded.filter((point, index) => {
			const previous = rounded[index - 1];
			return !(previous && point.onCurve && previous.onCurve && point.x === previous.x && point.y === previous.y);
		});
		const [first, last] = [points[0], points[points.length - 1]];
		if (points.length > 1 && first && last && last.onCurve && last.x === first.x && last.y === first.y) points.pop();
		if (points.length >= 3) contours.push([points[0]!, ...points.slice(1).reverse()]);
		current = [];
	};
	for (const { type, values: v } of commands) {
		const last = current[current.length - 1] ?? { x: 0, y: 0 };
		if (type === 'M') {
			if (current.length > 0) finish();
			current.push({ x: v[0]!, y: v[1]!, onCurve: true });
		} else if (type === 'L') {
			current.push({ x: v[0]!, y: v[1]!, onCurve: true });
		} else if (type === 'Q') {
			current.push({ x: v[0]!, y: v[1]!, onCurve: false }, { x: v[2]!, y: v[3]!, onCurve: true });
		} else if (type === 'C') {
			const pieces = cubicToQuadratics(last, { x: v[0]!, y: v[1]! }, { x: v[2]!, y: v[3]! }, { x: v[4]!, y: v[5]! }, tolerance);
			for (const { control, end } of pieces) current.push({ ...control, onCurve: false }, { ...end, onCurve: true });
		} else {
			finish();
		}
	}
	if (current.length > 0) finish();
	return contours;
}

export interface Bounds {
	xMin: number;
	yMin: number;
	xMax: number;
	yMax: number;
}

export function contourBounds(contours: readonly Contour[]): Bounds | null {
	const points = contours.flat();
	if (points.length === 0) return null;
	const xs = points.map((point) => point.x);
	const ys = points.map((point) => point.y);
	return { xMin: Math.min(...xs), yMin: Math.min(...ys), xMax: Math.max(...xs), yMax: Math.max(...ys) };
}

const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;

/** One simple glyph in glyf's binary form, padded to 4 bytes; empty for a glyph without contours. */
export function encodeGlyph(contours: readonly Contour[]): Uint8Array {
	const bounds = contourBounds(contours);
	if (!bounds) return new Uint8Array(0);
	const points = contours.flat();
	const flags: number[] = [];
	const xs: number[] = [];
	const ys: number[] = [];
	// Coordinates are stored as differences from the previous point, in one byte where they fit.
	const delta = (value: number, out: number[], short: number, sameOrPositive: number) => {
		if (value === 0) return sameOrPositive;
		if (Math.abs(value) < 256) {
			out.push(Math.abs(value));
			return short | (value > 0 ? sameOrPositive : 0);
		}
		out.push((value >> 8) & 0xff, value & 0xff);
		return 0;
	};
	let previous = { x: 0, y: 0 };
	for (const point of points) {
		const flag = (point.onCurve ? ON_CURVE : 0) | delta(point.x - previous.x, xs, X_SHORT, X_SAME_OR_POSITIVE) | delta(point.y - previous.y, ys, Y_SHORT, Y_SAME_OR_POSITIVE);
		flags.push(flag);
		previous = point;
	}
	const size = 10 + 2 * contours.length + 2 + flags.length + xs.length + ys.length;
	const glyph = new Uint8Array((size + 3) & ~3);
	const data = new DataView(glyph.buffer);
	data.setInt16(0, contours.length);
	data.setInt16(2, bounds.xMin);
	data.setInt16(4, bounds.yMin);
	data.setInt16(6, bounds.xMax);
	data.setInt16(8, bounds.yMax);
	let end = -1;
	contours.forEach((contour, index) => {
		end += contour.length;
		data.setUint16(10 + 2 * index, end);
	});
	// Instruction length stays 0: the outlines carry no hinting.
	glyph.set([...flags, ...xs, ...ys], 12 + 2 * contours.length);
	return glyph;
}

/**
 * The face with TrueType outlines in place of CFF ones. `outline` draws a glyph of the original
 * face by id. Glyph ids, the character map, advances and layout tables stay as they are; the
 * tables that describe outlines (glyf, loca, maxp) are written anew, and the ones that give
 * bounds and side bearings (head, hhea, hmtx) are updated to match.
 */
export function toTrueTypeOutlines(face: Face, outline: (glyphId: number) => PathCommand[], tolerance = 1): Face {
	const table = (tag: string) => {
		const bytes = face.tables.get(tag);
		if (!bytes) throw new Error(`The font has no ${tag} table`);
		return new Uint8Array(bytes);
	};
	const [head, hhea, hmtx, maxp] = [table('head'), table('hhea'), table('hmtx'), table('maxp')];
	const glyphCount = new DataView(maxp.buffer).getUint16(4);
	const glyphs = Array.from({ length: glyphCount }, (_, id) => contoursFromPath(outline(id), tolerance));
	const encoded = glyphs.map(encodeGlyph);

	const glyf = new Uint8Array(encoded.reduce((total, glyph) => total + glyph.length, 0));
	const loca = new Uint8Array(4 * (glyphCount + 1));
	const locaData = new DataView(loca.buffer);
	let offset = 0;
	encoded.forEach((glyph, id) => {
		locaData.setUint32(4 * id, offset);
		glyf.set(glyph, offset);
		offset += glyph.length;
	});
	locaData.setUint32(4 * glyphCount, offset);

	// Side bearings now follow the outlines: each glyph's left side bearing is its xMin.
	const hheaData = new DataView(hhea.buffer);
	const hmtxData = new DataView(hmtx.buffer);
	const metricCount = hheaData.getUint16(34);
	const advance = (id: number) => hmtxData.getUint16(4 * Math.min(id, metricCount - 1));
	const bearingOffset = (id: number) => (id < metricCount ? 4 * id + 2 : 4 * metricCount + 2 * (id - metricCount));
	const all = { xMin: 0x7fff, yMin: 0x7fff, xMax: -0x8000, yMax: -0x8000 };
	const extremes = { minLeft: 0x7fff, minRight: 0x7fff, maxExtent: -0x8000 };
	const points = { max: 0, contours: 0 };
	glyphs.forEach((contours, id) => {
		const bounds = contourBounds(contours);
		if (!bounds) return;
		hmtxData.setInt16(bearingOffset(id), bounds.xMin);
		all.xMin = Math.min(all.xMin, bounds.xMin);
		all.yMin = Math.min(all.yMin, bounds.yMin);
		all.xMax = Math.max(all.xMax, bounds.xMax);
		all.yMax = Math.max(all.yMax, bounds.yMax);
		extremes.minLeft = Math.min(extremes.minLeft, bounds.xMin);
		extremes.minRight = Math.min(extremes.minRight, advance(id) - bounds.xMax);
		extremes.maxExtent = Math.max(extremes.maxExtent, bounds.xMax);
		points.max = Math.max(points.max, contours.flat().length);
		points.contours = Math.max(points.contours, contours.length);
	});
	if (all.xMin > all.xMax) Object.assign(all, { xMin: 0, yMin: 0, xMax: 0, yMax: 0 });
	if (extremes.minLeft > 0x7ffe) Object.assign(extremes, { minLeft: 0, minRight: 0, maxExtent: 0 });
	hheaData.setInt16(12, extremes.minLeft);
	hheaData.setInt16(14, extremes.minRight);
	hheaData.setInt16(16, extremes.maxExtent);

	const headData = new DataView(head.buffer);
	headData.setInt16(36, all.xMin);
	headData.setInt16(38, all.yMin);
	headData.setInt16(40, all.xMax);
	headData.setInt16(42, all.yMax);
	headData.setInt16(50, 1); // indexToLocFormat: 32-bit offsets in loca

	// maxp version 1.0, the TrueType form: the limits of these outlines, no hinting program.
	const newMaxp = new Uint8Array(32);
	const maxpData = new DataView(newMaxp.buffer);
	maxpData.setUint32(0, 0x00010000);
	maxpData.setUint16(4, glyphCount);
	maxpData.setUint16(6, points.max);
	maxpData.setUint16(8, points.contours);
	maxpData.setUint16(14, 2); // maxZones: 2 is the usual value, including the twilight zone

	const tables = new Map(face.tables);
	// CFF holds the old outlines; VORG (vertical origins) exists only for CFF fonts.
	for (const tag of ['CFF ', 'CFF2', 'VORG']) tables.delete(tag);
	tables.set('glyf', glyf);
	tables.set('loca', loca);
	tables.set('maxp', newMaxp);
	tables.set('head', head);
	tables.set('hhea', hhea);
	tables.set('hmtx', hmtx);
	return { version: TRUETYPE_VERSION, tables };
}
