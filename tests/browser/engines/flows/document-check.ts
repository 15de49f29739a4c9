import { expect } from 'vitest';
import type { EnginePage } from '../support/engine';
import { LOCALES, waitForHydration, waitUntil } from '../support/flow-helpers';
import type { Flow } from '../support/suite';

/** A file the flow builds in the page: a colour picture encoded by the engine, or raw bytes under any name. */
type MadeFile = { name: string; picture: 'png' } | { name: string; bytes: string };

/**
 * Puts files on the checker's input as a reader's choice would arrive. EnginePage has no common way
 * to set files across the three protocols, so the page builds them and hands them over with a
 * DataTransfer and the change event the island listens to; the native file dialog stays untested here.
 */
async function chooseFiles(page: EnginePage, files: MadeFile[]): Promise<void> {
	await page.evaluate(async (made: MadeFile[]) => {
		const built: File[] = [];
		for (const file of made) {
			if ('bytes' in file) {
				const bytes = new Uint8Array(4096).fill(0x20);
				bytes.set(Array.from(file.bytes, (character) => character.charCodeAt(0)));
				built.push(new File([bytes], file.name, { type: 'application/octet-stream' }));
				continue;
			}
			// A page-like picture: a blue band, a red ring and lines of dark "text" on cream.
			const canvas = document.createElement('canvas');
			canvas.width = 1200;
			canvas.height = 900;
			const context = canvas.getContext('2d')!;
			context.fillStyle = '#f3efe4';
			context.fillRect(0, 0, 1200, 900);
			context.fillStyle = '#1f4e9c';
			context.fillRect(0, 0, 1200, 80);
			context.fillStyle = '#202020';
			for (let y = 140; y < 820; y += 40) for (let x = 40; x < 1160; x += 24) if ((x * 7 + y * 13) % 5 !== 0) context.fillRect(x, y, 16, 20);
			context.strokeStyle = '#d11f1f';
			context.lineWidth = 16;
			context.beginPath();
			context.arc(900, 630, 110, 0, Math.PI * 2);
			context.stroke();
			const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
			if (!blob) throw new Error('The engine could not encode a PNG');
			built.push(new File([blob], file.name, { type: 'image/png' }));
		}
		const input = document.querySelector<HTMLInputElement>('#doc-check-input')!;
		const transfer = new DataTransfer();
		for (const file of built) transfer.items.add(file);
		input.files = transfer.files;
		input.dispatchEvent(new Event('change', { bubbles: true }));
	}, files);
}

/** The lines of each status on the card of the file named `name`, once it has been checked. */
async function checkedLines(page: EnginePage, name: string): Promise<Record<string, string[]>> {
	const lines = await waitUntil(
		page,
		(lines) => lines !== null,
		(wanted: string) => {
			const card = [...document.querySelectorAll('.doc-check-file')].find((article) => article.querySelector('.doc-check-name')?.textContent === wanted);
			if (!card || card.getAttribute('aria-busy') !== 'false') return null;
			const lines: Record<string, string[]> = {};
			for (const line of card.querySelectorAll('.doc-check-line')) {
				const status = [...line.classList].find((name) => name.startsWith('is-'))!.slice(3);
				(lines[status] ??= []).push(line.querySelector('.doc-check-text')?.textContent ?? '');
			}
			return lines;
		},
		name,
	);
	return lines!;
}

const EXPECTED = {
	en: { format: 'Format: PNG, accepted.', size: /^Size: [\d.]+ MB, under the 10 MB limit\./, colour: 'Colour: the image is in colour.', program: 'Format: this is a program, not a photo or a PDF' },
	zh: { format: '格式：PNG，可以上传。', size: /^大小：[\d.]+ MB，未超过 10 MB 的上限。/, colour: '彩色：图片是彩色的。', program: '格式：这是一个程序，不是照片或 PDF' },
};

export const flows: Flow[] = LOCALES.map(
	(locale): Flow => ({
		name: `the document check (${locale}): a colour PNG passes format, size and colour; a program renamed .jpg is told apart`,
		async run(page, site) {
			await page.goto(site.at(`/${locale}/document-check/`));
			await waitForHydration(page);
			await waitUntil(page, (found) => found, () => document.querySelector('#doc-check-input') !== null);
			const expected = EXPECTED[locale];

			await chooseFiles(page, [{ name: 'licence.png', picture: 'png' }]);
			const photo = await checkedLines(page, 'licence.png');
			expect(photo.fail ?? []).toEqual([]);
			const passed = photo.pass ?? [];
			expect(passed.some((line) => line.startsWith(expected.format))).toBe(true);
			expect(passed.some((line) => expected.size.test(line))).toBe(true);
			expect(passed.some((line) => line.startsWith(expected.colour))).toBe(true);

			// Judged by its first bytes ("MZ", a Windows program), not by its name.
			await chooseFiles(page, [{ name: 'x.jpg', bytes: 'MZ\x90\x00' }]);
			const program = await checkedLines(page, 'x.jpg');
			expect((program.fail ?? []).some((line) => line.startsWith(expected.program))).toBe(true);
			expect((program.pass ?? []).some((line) => line.startsWith(expected.format))).toBe(false);
			// The first file keeps its result.
			expect((await checkedLines(page, 'licence.png')).pass).toEqual(passed);
		},
	}),
);
