import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { bytesByKind, fileOfPath, resourceKind } from '../../scripts/bench/resources';
import { addSizes, fileSizes } from '../../scripts/bench/sizes';
import { compressBody } from '../../scripts/static-server.mjs';

describe('resourceKind', () => {
	test('sorts the built site’s URL paths by extension; a directory is a page', () => {
		expect(resourceKind('/zh/')).toBe('html');
		expect(resourceKind('/404.html')).toBe('html');
		expect(resourceKind('/_astro/page.Bx1.css')).toBe('css');
		expect(resourceKind('/_astro/search.C2.js')).toBe('js');
		expect(resourceKind('/pagefind/pagefind.mjs')).toBe('js');
		expect(resourceKind('/fonts/print.woff2')).toBe('font');
		expect(resourceKind('/favicon.svg')).toBe('other');
		expect(resourceKind('/pagefind/fragment/zh_1a.pf_fragment')).toBe('other');
	});
});

describe('fileOfPath', () => {
	test('maps a URL path to the file under the output folder', () => {
		expect(fileOfPath('/')).toBe('index.html');
		expect(fileOfPath('/zh/appeal/')).toBe('zh/appeal/index.html');
		expect(fileOfPath('/_astro/a.js')).toBe('_astro/a.js');
		expect(fileOfPath('/handbook/en/', '/handbook/')).toBe('en/index.html');
		expect(fileOfPath('/%E4%B8%AD.txt')).toBe('中.txt');
	});
	test('returns null outside the base', () => {
		expect(fileOfPath('/other/', '/handbook')).toBeNull();
	});
});

describe('sizes', () => {
	const text = new TextEncoder().encode('<p>申诉 appeal</p>\n'.repeat(200));

	test('text is measured raw, gzip -9 and brotli, as the server sends it', () => {
		const sizes = fileSizes('zh/index.html', text);
		expect(sizes.raw).toBe(text.length);
		expect(sizes.gzip).toBe(compressBody(text, 'gzip').length);
		expect(gunzipSync(compressBody(text, 'gzip')).equals(Buffer.from(text))).toBe(true);
		expect(sizes.brotli).toBeLessThan(sizes.gzip);
		expect(sizes.gzip).toBeLessThan(sizes.raw);
	});

	test('fonts and Pagefind’s own gzipped files count at their size', () => {
		expect(fileSizes('fonts/a.woff2', text)).toEqual({ raw: text.length, gzip: text.length, brotli: text.length });
		expect(fileSizes('pagefind/index/zh_1.pf_index', text).gzip).toBe(text.length);
	});

	test('sums per kind and in total', () => {
		const one = { raw: 10, gzip: 5, brotli: 4 };
		const sums = bytesByKind([
			{ kind: 'html', sizes: one },
			{ kind: 'js', sizes: one },
			{ kind: 'js', sizes: one },
		]);
		expect(sums.html).toEqual(one);
		expect(sums.js).toEqual(addSizes(one, one));
		expect(sums.font).toEqual({ raw: 0, gzip: 0, brotli: 0 });
		expect(sums.total).toEqual({ raw: 30, gzip: 15, brotli: 12 });
	});
});
