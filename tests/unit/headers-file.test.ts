import { describe, expect, test } from 'vitest';
import { formatHeadersFile, headerRules, headersForPath, normalizeCsp, parseCsp, parseHeadersFile, unionCsp } from '../../build/headers-file';

const referrer = 'strict-origin-when-cross-origin';
const wide = "default-src 'self';script-src 'self' 'wasm-unsafe-eval' 'sha256-A=' 'sha256-B=';style-src 'self' 'sha256-S=';";
const narrow = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-A='; style-src 'self' 'sha256-S='";
/** A page's policy as the headers send it: with framing forbidden, which only a header can do. */
const asHeader = (policy: string) => `${normalizeCsp(policy)}; frame-ancestors 'none'`;

describe('policies', () => {
	test('are read directive by directive, whatever the spacing, and the first of a repeated directive counts', () => {
		expect([...parseCsp(" default-src 'self' ;script-src  'self' 'sha256-A=';; SCRIPT-SRC *")]).toEqual([
			['default-src', ["'self'"]],
			['script-src', ["'self'", "'sha256-A='"]],
		]);
		expect(normalizeCsp(wide)).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-A=' 'sha256-B='; style-src 'self' 'sha256-S='");
	});

	test('the union allows every source of every policy, once, and adds directives only one of them has', () => {
		expect(unionCsp([narrow, "script-src 'self' 'sha256-C='; img-src 'self' data:"])).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-A=' 'sha256-C='; style-src 'self' 'sha256-S='; img-src 'self' data:",
		);
		expect(unionCsp([wide, wide])).toBe(normalizeCsp(wide));
	});
});

describe('the rules', () => {
	test('pages sharing one policy get a single default rule with all the headers, under the base path', () => {
		const rules = headerRules(
			[
				{ path: '/', csp: wide, referrer },
				{ path: '/zh/appeal/', csp: wide, referrer },
			],
			'/handbook/',
		);
		expect(rules).toEqual([
			{
				path: '/handbook/*',
				headers: {
					'Content-Security-Policy': asHeader(wide),
					'Referrer-Policy': referrer,
					'X-Content-Type-Options': 'nosniff',
					'X-Frame-Options': 'DENY',
					'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
				},
			},
		]);
	});

	test('a page with a narrower policy gets its own rule after the default, which wins on Netlify', () => {
		const rules = headerRules(
			[
				{ path: '/en/', csp: wide, referrer },
				{ path: '/en/faq/', csp: narrow, referrer },
			],
			'/',
		);
		expect(rules.map((rule) => rule.path)).toEqual(['/*', '/en/faq/']);
		expect(headersForPath(rules, '/en/faq/')['Content-Security-Policy']).toBe(asHeader(narrow));
		expect(headersForPath(rules, '/en/')['Content-Security-Policy']).toBe(asHeader(wide));
		// The narrower rule forbids framing as the default does.
		expect(headersForPath(rules, '/en/faq/')['X-Frame-Options']).toBe('DENY');
		expect(headersForPath(rules, '/pagefind/pagefind-worker.js')).toEqual(rules[0]!.headers);
	});

	test('pages that disagree on the referrer policy, or no pages at all, are an error', () => {
		expect(() => headerRules([], '/')).toThrow('No pages');
		expect(() =>
			headerRules(
				[
					{ path: '/en/', csp: wide, referrer },
					{ path: '/zh/', csp: wide, referrer: 'no-referrer' },
				],
				'/',
			),
		).toThrow('disagree');
	});
});

describe('the file', () => {
	test('reads back as the rules it was written from', () => {
		const rules = headerRules(
			[
				{ path: '/en/', csp: wide, referrer },
				{ path: '/404.html', csp: narrow, referrer },
			],
			'/handbook/',
		);
		const text = formatHeadersFile(rules);
		expect(text).toMatch(/^# .*\n\/handbook\/\*\n {2}Content-Security-Policy: default-src 'self'; /);
		expect(parseHeadersFile(text)).toEqual(rules);
	});

	test('a header line outside any rule is an error', () => {
		expect(() => parseHeadersFile('  X-Content-Type-Options: nosniff\n')).toThrow('Not a header under a path');
	});

	test('a path rule matches only that path; a splat matches everything under it', () => {
		const rules = parseHeadersFile('/en/\n  A: 1\n/en/*\n  B: 2\n');
		expect(headersForPath(rules, '/en/')).toEqual({ A: '1', B: '2' });
		expect(headersForPath(rules, '/en/faq/')).toEqual({ B: '2' });
		expect(headersForPath(rules, '/zh/')).toEqual({});
	});
});
