import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as harfbuzz from 'harfbuzzjs';
import { describe, expect, test } from 'vitest';
import { cubicToQuadratics, type Vector } from '../../src/lib/print-font/quadratic-curves';
import { faceOffsets, findFace, postScriptName, readFace, TRUETYPE_VERSION, writeFace, type Tables } from '../../src/lib/print-font/sfnt';
import { contoursFromPath, encodeGlyph, toTrueTypeOutlines, type PathCommand } from '../../src/lib/print-font/truetype-outlines';

const bytes = (...values: number[]) => Uint8Array.from(values);

/** A name table with one Windows (UTF-16BE) PostScript name. */
function nameTable(name: string): Uint8Array {
	const encoded = [...name].flatMap((character) => [0, character.charCodeAt(0)]);
	const table = new Uint8Array(6 + 12 + encoded.length);
	const data = new DataView(table.buffer);
	data.setUint16(2, 1);
	data.setUint16(4, 18);
	data.setUint16(6, 3);
	data.setUint16(8, 1);
	data.setUint16(10, 0x409);
	data.setUint16(12, 6);
	data.setUint16(14, encoded.length);
	table.set(encoded, 18);
	return table;
}

function collection(...faces: Uint8Array[]): Uint8Array {
	const header = 12 + 4 * faces.length;
	const total = faces.reduce((sum, face) => sum + face.length, header);
	const file = new Uint8Array(total);
	const data = new DataView(file.buffer);
	file.set([...'ttcf'].map((c) => c.charCodeAt(0)));
	data.setUint32(4, 0x00010000);
	data.setUint32(8, faces.length);
	let offset = header;
	faces.forEach((face, index) => {
		data.setUint32(12 + 4 * index, offset);
		// Table offsets in a collection count from the start of the file.
		const copy = new Uint8Array(face);
		const faceData = new DataView(copy.buffer);
		for (let table = 0; table < faceData.getUint16(4); table++) faceData.setUint32(12 + 16 * table + 8, faceData.getUint32(12 + 16 * table + 8) + offset);
		file.set(copy, offset);
		offset += face.length;
	});
	return file;
}

describe('sfnt tables', () => {
	const head = new Uint8Array(54);
	const tables: Tables = new Map([
		['name', nameTable('TestSans-Bold')],
		['head', head],
		['abcd', bytes(1, 2, 3)],
	]);
	const font = writeFace({ version: TRUETYPE_VERSION, tables });

	test('write a font that reads back with the same tables, each 4-byte aligned', () => {
		const face = readFace(font);
		expect(face.version).toBe(TRUETYPE_VERSION);
		expect([...face.tables.keys()]).toEqual(['abcd', 'head', 'name']);
		expect(face.tables.get('abcd')).toEqual(bytes(1, 2, 3));
		expect(postScriptName(face.tables)).toBe('TestSans-Bold');
	});

	test('set head’s checksum adjustment so the whole file sums to 0xB1B0AFBA', () => {
		const padded = new Uint8Array((font.length + 3) & ~3);
		padded.set(font);
		const data = new DataView(padded.buffer);
		let sum = 0;
		for (let offset = 0; offset < padded.length; offset += 4) sum = (sum + data.getUint32(offset)) >>> 0;
		expect(sum).toBe(0xb1b0afba);
	});

	test('find a face of a collection by its PostScript name', () => {
		const other = writeFace({ version: TRUETYPE_VERSION, tables: new Map([['name', nameTable('TestSans-Regular')]]) });
		const ttc = collection(other, font);
		expect(faceOffsets(ttc)).toHaveLength(2);
		const face = findFace(ttc, 'TestSans-Bold');
		expect(face && postScriptName(face.tables)).toBe('TestSans-Bold');
		expect(face?.tables.get('abcd')).toEqual(bytes(1, 2, 3));
		expect(findFace(ttc, 'Missing-Regular')).toBeNull();
	});
});

describe('cubicToQuadratics', () => {
	const cubic = (t: number, [p0, c1, c2, p3]: Vector[]): Vector => {
		const u = 1 - t;
		const mix = (key: 'x' | 'y') => u ** 3 * p0![key] + 3 * u * u * t * c1![key] + 3 * u * t * t * c2![key] + t ** 3 * p3![key];
		return { x: mix('x'), y: mix('y') };
	};
	const quadratic = (t: number, start: Vector, control: Vector, end: Vector): Vector => ({
		x: (1 - t) ** 2 * start.x + 2 * (1 - t) * t * control.x + t * t * end.x,
		y: (1 - t) ** 2 * start.y + 2 * (1 - t) * t * control.y + t * t * end.y,
	});

	test('stays within the tolerance of the cubic along its whole length', () => {
		const curve = [
			{ x: 0, y: 0 },
			{ x: 0, y: 800 },
			{ x: 900, y: -300 },
			{ x: 1000, y: 500 },
		];
		const pieces = cubicToQuadratics(curve[0]!, curve[1]!, curve[2]!, curve[3]!, 1);
		expect(pieces.length).toBeGreaterThan(1);
		expect(pieces.at(-1)!.end).toEqual(curve[3]);
		let start = curve[0]!;
		pieces.forEach(({ control, end }, index) => {
			for (let step = 0; step <= 10; step++) {
				// The pieces split the cubic at equal parameter steps, so their parameters line up.
				const t = (index + step / 10) / pieces.length;
				const expected = cubic(t, curve);
				const actual = quadratic(step / 10, start, control, end);
				expect(Math.hypot(expected.x - actual.x, expected.y - actual.y)).toBeLessThanOrEqual(1);
			}
			start = end;
		});
	});

	test('needs one piece for a cubic that is a quadratic already', () => {
		// The cubic form of the quadratic (0,0) (50,100) (100,0).
		const pieces = cubicToQuadratics({ x: 0, y: 0 }, { x: 100 / 3, y: 200 / 3 }, { x: 200 / 3, y: 200 / 3 }, { x: 100, y: 0 }, 0.5);
		expect(pieces).toHaveLength(1);
		expect(pieces[0]!.control.x).toBeCloseTo(50);
		expect(pieces[0]!.control.y).toBeCloseTo(100);
	});
});

describe('contoursFromPath', () => {
	test('rounds to the font grid, drops the closing point and turns the contour clockwise', () => {
		const square: PathCommand[] = [
			{ type: 'M', values: [0, 0] },
			{ type: 'L', values: [0.4, 100.2] },
			{ type: 'L', values: [100, 100] },
			{ type: 'L', values: [100, 0] },
			{ type: 'L', values: [0, 0] },
			{ type: 'Z', values: [] },
		];
		expect(contoursFromPath(square, 1)).toEqual([
			[
				{ x: 0, y: 0, onCurve: true },
				{ x: 100, y: 0, onCurve: true },
				{ x: 100, y: 100, onCurve: true },
				{ x: 0, y: 100, onCurve: true },
			],
		]);
	});

	test('turns cubic curves into off- and on-curve points', () => {
		const contours = contoursFromPath(
			[
				{ type: 'M', values: [0, 0] },
				{ type: 'C', values: [0, 500, 500, 500, 500, 0] },
				{ type: 'Z', values: [] },
			],
			1,
		);
		expect(contours).toHaveLength(1);
		const points = contours[0]!;
		expect(points[0]).toEqual({ x: 0, y: 0, onCurve: true });
		expect(points.filter((point) => !point.onCurve).length).toBe(points.filter((point) => point.onCurve).length - 1);
	});
});

describe('encodeGlyph', () => {
	test('writes header, end points and short and long coordinate deltas', () => {
		const glyph = encodeGlyph([
			[
				{ x: 10, y: 0, onCurve: true },
				{ x: 10, y: 700, onCurve: false },
				{ x: 300, y: 700, onCurve: true },
			],
		]);
		const data = new DataView(glyph.buffer);
		expect(glyph.length % 4).toBe(0);
		expect([data.getInt16(0), data.getInt16(2), data.getInt16(4), data.getInt16(6), data.getInt16(8)]).toEqual([1, 10, 0, 300, 700]);
		expect(data.getUint16(10)).toBe(2); // last point of the contour
		expect(data.getUint16(12)).toBe(0); // no instructions
		// x: +10 short positive, 0 same, +290 long; y: 0 same, +700 long, 0 same.
		expect([...glyph.subarray(14, 17)]).toEqual([0x01 | 0x02 | 0x10 | 0x20, 0x10, 0x01 | 0x20]);
		expect([...glyph.subarray(17, 22)]).toEqual([10, 0x01, 0x22, 0x02, 0xbc]);
	});

	test('writes nothing for a glyph without contours, such as the space', () => {
		expect(encodeGlyph([])).toHaveLength(0);
	});
});

// The conversion of the real font, where the build machine has it (CI installs fonts-noto-cjk).
const notoFile = (() => {
	try {
		return execFileSync('fc-match', ['--format=%{file}', 'Noto Sans CJK SC:style=Regular'], { encoding: 'utf8' });
	} catch {
		return '';
	}
})();
const noto = notoFile ? findFace(readFileSync(notoFile), 'NotoSansCJKsc-Regular') : null;

describe.skipIf(!noto)('Noto Sans CJK SC with TrueType outlines', () => {
	test('keeps every glyph’s advance, bounds (within a unit) and on-curve points', async () => {
		const subsetFont = createRequire(import.meta.url)('subset-font') as (font: Buffer, text: string, options: object) => Promise<Buffer>;
		const subset = await subsetFont(Buffer.from(writeFace(noto!)), '验证失败 Appeal g“”', { targetFormat: 'sfnt' });
		const cff = new harfbuzz.Font(new harfbuzz.Face(new harfbuzz.Blob(subset)));
		const converted = writeFace(toTrueTypeOutlines(readFace(subset), (id) => cff.glyphToJson(id) as PathCommand[]));
		expect(readFace(converted).tables.has('CFF ')).toBe(false);
		const trueType = new harfbuzz.Font(new harfbuzz.Face(new harfbuzz.Blob(converted)));
		for (const character of '验证失败 Appeal g“”') expect(trueType.nominalGlyph(character.codePointAt(0)!)).toBe(cff.nominalGlyph(character.codePointAt(0)!));
		const glyphs = readFace(subset).tables.get('maxp')!;
		const count = new DataView(glyphs.buffer, glyphs.byteOffset).getUint16(4);
		for (let id = 0; id < count; id++) {
			expect(trueType.glyphHAdvance(id)).toBe(cff.glyphHAdvance(id));
			// TrueType bounds hold the control points too, so they may reach a little beyond the curve.
			const box = (extents: ReturnType<typeof cff.glyphExtents>) =>
				extents ? { left: extents.xBearing, top: extents.yBearing, right: extents.xBearing + extents.width, bottom: extents.yBearing + extents.height } : { left: 0, top: 0, right: 0, bottom: 0 };
			const [before, after] = [box(cff.glyphExtents(id)), box(trueType.glyphExtents(id))];
			expect(after.left).toBeLessThanOrEqual(before.left + 1);
			expect(after.right).toBeGreaterThanOrEqual(before.right - 1);
			expect(after.top).toBeGreaterThanOrEqual(before.top - 1);
			expect(after.bottom).toBeLessThanOrEqual(before.bottom + 1);
			for (const key of ['left', 'top', 'right', 'bottom'] as const) expect(Math.abs(after[key] - before[key])).toBeLessThanOrEqual(8);
			const onCurve = (commands: { type: string; values: number[] }[]) => new Set(commands.filter(({ type }) => type !== 'Z').map(({ values }) => `${Math.round(values.at(-2)!)},${Math.round(values.at(-1)!)}`));
			const kept = onCurve(trueType.glyphToJson(id));
			for (const point of onCurve(cff.glyphToJson(id))) expect(kept).toContain(point);
			expect(trueType.glyphToJson(id).some(({ type }) => type === 'C')).toBe(false);
		}
	});
});
