import { expect, test } from 'vitest';
import { renderSitemap } from '../../src/lib/sitemap';

test('lists every page with its twin in each language', () => {
	const xml = renderSitemap(['/zh/appeal/', '/en/appeal/'], (path) => `https://example.org/handbook${path}`);
	expect(xml.match(/<url>/g)).toHaveLength(2);
	expect(xml).toContain('<loc>https://example.org/handbook/zh/appeal/</loc>');
	expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.org/handbook/en/appeal/"/>');
	expect(xml).toContain('<xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.org/handbook/zh/appeal/"/>');
});

test('escapes ampersands in URLs', () => {
	expect(renderSitemap(['/zh/'], () => 'https://example.org/?a=1&b=2')).toContain('?a=1&amp;b=2');
});
