import { describe, expect, test } from 'vitest';
import { amendPdf, destinationPages, outlineItems, pdfTextString, repairedTitle } from '../../build/pdf/pdf-file';

/** A small PDF laid out the way Skia writes them: numbered objects, one cross-reference table, a trailer. */
function makePdf(objects: Record<number, string>, trailer: string): Uint8Array {
	let text = '%PDF-1.4\n';
	const offsets: Record<number, number> = {};
	const ids = Object.keys(objects).map(Number).sort((a, b) => a - b);
	for (const id of ids) {
		offsets[id] = text.length;
		text += `${id} 0 obj\n${objects[id]}\nendobj\n`;
	}
	const size = Math.max(...ids) + 1;
	const xref = text.length;
	text += `xref\n0 ${size}\n0000000000 65535 f \n`;
	for (let id = 1; id < size; id++) text += offsets[id] === undefined ? '0000000000 65535 f \n' : `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
	text += `trailer\n<<${trailer.replace('SIZE', String(size))}>>\nstartxref\n${xref}\n%%EOF`;
	return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

const text = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

// Three pages in a nested page tree, two named destinations, and an outline of two levels whose
// second item has its title doubled, as Chromium sometimes writes it.
const sample = makePdf(
	{
		1: `<</Title <FEFF0041>\n/Creator (Mozilla/5.0 \\(X11\\))\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261122000000+00'00')>>`,
		2: '<</Type /Page /Parent 5 0 R>>',
		3: '<</Type /Page /Parent 6 0 R>>',
		4: '<</Type /Page /Parent 6 0 R>>',
		5: '<</Type /Pages /Count 3 /Kids [2 0 R 6 0 R]>>',
		6: '<</Type /Pages /Parent 5 0 R /Count 2 /Kids [3 0 R 4 0 R]>>',
		7: '<</appeal [3 0 R /XYZ 6 742 0]\n/appeal--video#2Dcall [4 0 R /XYZ 6 300 0]>>',
		8: '<</Type /Outlines /First 9 0 R /Last 9 0 R /Count 3>>',
		9: `<</Title <FEFF7533 8BC9>\n/Dest [3 0 R /XYZ 6 742 0]\n/Parent 8 0 R\n/First 10 0 R\n/Last 11 0 R>>`,
		10: '<</Title (After the call \\(video\\)After the call \\(video\\))\n/Parent 9 0 R\n/Next 11 0 R>>',
		11: '<</Title (Sources)\n/Parent 9 0 R\n/Prev 10 0 R>>',
		12: '<</Type /Catalog\n/Pages 5 0 R\n/Dests 7 0 R\n/Outlines 8 0 R\n/Lang (zh-CN)>>',
	},
	'/Size SIZE\n/Root 12 0 R\n/Info 1 0 R',
);

describe('destinationPages', () => {
	test('numbers the pages in page-tree order and decodes escaped names', () => {
		expect(destinationPages(sample)).toEqual(new Map([['appeal', 2], ['appeal--video-call', 3]]));
	});

	test('refuses a file it cannot read instead of guessing', () => {
		expect(() => destinationPages(Uint8Array.from('not a pdf', (c) => c.charCodeAt(0)))).toThrow(/trailer/);
	});
});

describe('outlineItems', () => {
	test('reads the bookmarks in order with their depth, hex and literal titles alike', () => {
		expect(outlineItems(sample).map(({ title, depth }) => [title, depth])).toEqual([
			['申诉', 1],
			['After the call (video)After the call (video)', 2],
			['Sources', 2],
		]);
	});
});

describe('repairedTitle', () => {
	const headings = new Set(['After the call', '哈', '哈哈', 'Sources']);
	test('undoes a doubled heading only when its half is a heading of the page', () => {
		expect(repairedTitle('After the callAfter the call', headings)).toBe('After the call');
		expect(repairedTitle('哈哈', headings)).toBe('哈哈');
		expect(repairedTitle('SourcesSourcesX', headings)).toBe('SourcesSourcesX');
		expect(repairedTitle('abcabc', headings)).toBe('abcabc');
	});
});

describe('pdfTextString', () => {
	test('writes UTF-16BE hex with a byte-order mark, surrogate pairs included', () => {
		expect(pdfTextString('A申')).toBe('<FEFF00417533>');
		expect(pdfTextString('😀')).toBe('<FEFFD83DDE00>');
	});
});

describe('amendPdf', () => {
	const info = { title: '申诉 appeal', author: 'Seller Verification Handbook', subject: 'How to appeal' };
	const amended = amendPdf(sample, info, ['申诉', 'After the call (video)', 'Sources']);
	const update = text(amended).slice(sample.length);

	test('appends an update and leaves Chromium’s bytes as they were', () => {
		expect(amended.subarray(0, sample.length)).toEqual(sample);
		expect(update).toMatch(/\/Prev \d+>>\nstartxref\n\d+\n%%EOF\n$/);
	});

	test('points every changed object’s cross-reference entry at the object', () => {
		const all = text(amended);
		const entries = [...update.matchAll(/^(\d+) 1\n(\d{10}) 00000 n $/gm)];
		expect(entries.map(([, id]) => Number(id))).toEqual([10, 12, 13]);
		for (const [, id, offset] of entries) expect(all.startsWith(`${id} 0 obj`, Number(offset))).toBe(true);
		const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(all)![1]);
		expect(all.startsWith('xref', startxref)).toBe(true);
	});

	test('sets title, author and subject, keeps the producer and dates, and drops the user-agent creator', () => {
		expect(update).toContain(`/Title ${pdfTextString(info.title)}`);
		expect(update).toContain(`/Author ${pdfTextString(info.author)}`);
		expect(update).toContain(`/Subject ${pdfTextString(info.subject)}`);
		expect(update).toContain('/Producer (Skia/PDF m156)');
		expect(update).toContain("/CreationDate (D:20261122000000+00'00')");
		expect(update).not.toContain('Mozilla');
		expect(update).toMatch(/\/Info 13 0 R/);
	});

	test('asks viewers to show the title and keeps the catalog’s language and outline', () => {
		expect(update).toMatch(/12 0 obj\n<<\/Type \/Catalog[\s\S]*\/Lang \(zh-CN\)[\s\S]*\/ViewerPreferences <<\/DisplayDocTitle true>>>>\nendobj/);
	});

	test('repairs doubled bookmark titles, and the result reads back', () => {
		expect(outlineItems(amended).map(({ title }) => title)).toEqual(['申诉', 'After the call (video)', 'Sources']);
		expect(destinationPages(amended)).toEqual(destinationPages(sample));
	});
});
