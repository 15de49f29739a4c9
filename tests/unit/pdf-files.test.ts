import { describe, expect, test } from 'vitest';
import { finishPdfLinks, formatFileSize } from '../../build/pdf/download-links';
import { guidePdfPath, handbookPdfPath, pdfDownloadName } from '../../src/lib/pdf/files';

describe('PDF file paths', () => {
	test('put every language’s guides and handbook side by side under /pdf/<language>/', () => {
		expect(guidePdfPath('zh', 'appeal')).toBe('/pdf/zh/appeal.pdf');
		expect(guidePdfPath('en', 'two-step-verification')).toBe('/pdf/en/two-step-verification.pdf');
		expect(handbookPdfPath('en')).toBe('/pdf/en/handbook.pdf');
	});

	test('refuse a guide that would overwrite the handbook', () => {
		expect(() => guidePdfPath('zh', 'handbook')).toThrow(/handbook/);
	});
});

describe('formatFileSize', () => {
	test('writes kilobytes up to 999 KB and megabytes with one decimal above', () => {
		expect(formatFileSize(300)).toBe('1 KB');
		expect(formatFileSize(156 * 1024 + 100)).toBe('156 KB');
		expect(formatFileSize(999 * 1024)).toBe('999 KB');
		expect(formatFileSize(1000 * 1024)).toBe('1.0 MB');
		expect(formatFileSize(2.34 * 1024 * 1024)).toBe('2.3 MB');
	});
});

describe('finishPdfLinks', () => {
	const guideLink = '<p class="pdf-download" data-pdf-needs="/pdf/zh/appeal.pdf"><a href="/pdf/zh/appeal.pdf">下载 PDF（<span data-pdf-size="/pdf/zh/appeal.pdf"></span>）</a></p>';
	const handbooks =
		'<p class="handbook-downloads" data-pdf-needs="/pdf/zh/handbook.pdf /pdf/en/handbook.pdf" data-pagefind-ignore>Both: ' +
		'<a href="/pdf/zh/handbook.pdf">简体中文 (<span data-pdf-size="/pdf/zh/handbook.pdf"></span>)</a> · ' +
		'<a href="/pdf/en/handbook.pdf">English (<span data-pdf-size="/pdf/en/handbook.pdf"></span>)</a></p>';
	const page = (...units: string[]) => `<main><p>Before</p>${units.join('')}<p>After <a href="/zh/">home</a></p></main>`;
	const sizes = new Map([
		['/pdf/zh/appeal.pdf', 2048],
		['/pdf/zh/handbook.pdf', 3 * 1024 * 1024],
		['/pdf/en/handbook.pdf', 1024 * 1024 * 1.5],
	]);
	const format = (bytes: number) => `${bytes} B`;

	test('fills in the size of every PDF that exists', () => {
		const html = finishPdfLinks(page(guideLink, handbooks), (path) => sizes.get(path), format);
		expect(html).toContain('下载 PDF（<span data-pdf-size="/pdf/zh/appeal.pdf">2048 B</span>）');
		expect(html).toContain('简体中文 (<span data-pdf-size="/pdf/zh/handbook.pdf">3145728 B</span>)');
		expect(html).toContain('English (<span data-pdf-size="/pdf/en/handbook.pdf">1572864 B</span>)');
	});

	test('removes a link whose PDF was not made, and leaves the rest of the page as it was', () => {
		const html = finishPdfLinks(page(guideLink), () => undefined, format);
		expect(html).toBe(page());
	});

	test('removes a unit when any one of the PDFs it needs is missing', () => {
		const html = finishPdfLinks(page(handbooks, guideLink), (path) => (path === '/pdf/en/handbook.pdf' ? undefined : sizes.get(path)), format);
		expect(html).not.toContain('handbook');
		expect(html).toContain('2048 B');
	});

	test('leaves pages without PDF links untouched', () => {
		expect(finishPdfLinks(page(), () => 1, format)).toBe(page());
	});
});

test('a saved PDF is named for what it is and its language, with no character a file system refuses', () => {
	expect(pdfDownloadName('申诉步骤', '简体中文')).toBe('申诉步骤 (简体中文).pdf');
	expect(pdfDownloadName('Appealing: step by step', 'English')).toBe('Appealing step by step (English).pdf');
	expect(pdfDownloadName('A/B "test" <x>?', 'English')).toBe('A B test x (English).pdf');
});
