import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { fileOfPath } from '../../scripts/bench/resources';
import { headersForPath, normalizeCsp, parseCsp, parseHeadersFile } from '../../build/headers-file';
import { useChromium, waitForHydration } from './support/browser';
import { builtPages } from './support/site-pages';

const browser = useChromium();

const builds = [
	{ name: 'built at the domain root', outDir: 'dist', base: '/' },
	{ name: 'built under /handbook/', outDir: 'dist-subpath', base: '/handbook/' },
];

/** Referrer policies that never send a path or query to another origin. */
const STRICT_REFERRER_POLICIES = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];

const pageFile = (outDir: string, path: string) => join(outDir, fileOfPath(path)!);

/** The policies a built page carries in its <head>, and where the CSP stands among what it governs. */
function headPolicies(html: string) {
	const head = html.slice(0, html.indexOf('</head>'));
	const cspTags = [...head.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/gi)];
	const governed = head.search(/<script\b|<style\b|<link\b[^>]*\brel="(?:stylesheet|modulepreload|preload)"/i);
	return {
		csp: cspTags.map((match) => match[1]!.replaceAll('&#39;', "'")),
		cspBeforeAssets: cspTags.length > 0 && (governed === -1 || cspTags[0]!.index < governed),
		referrer: /<meta name="referrer" content="([^"]*)">/.exec(head)?.[1],
	};
}

describe.each(builds)('every page of the site $name', ({ outDir, base }) => {
	const pages = builtPages(outDir).map((path) => ({ path, ...headPolicies(readFileSync(pageFile(outDir, path), 'utf8')) }));

	test('carries one Content-Security-Policy before any script or style: hashes for scripts, no unsafe-inline, WebAssembly allowed by name', () => {
		expect(pages.length).toBeGreaterThanOrEqual(30);
		const problems = pages.flatMap(({ path, csp, cspBeforeAssets }) => {
			if (csp.length !== 1) return [`${path}: ${csp.length} CSP <meta> tags`];
			const scriptSrc = parseCsp(csp[0]!).get('script-src') ?? [];
			return [
				...(cspBeforeAssets ? [] : [`${path}: the CSP comes after a script or stylesheet`]),
				...(scriptSrc.length === 0 ? [`${path}: no script-src`] : []),
				...(scriptSrc.some((source) => ["'unsafe-inline'", "'unsafe-eval'"].includes(source)) ? [`${path}: script-src ${scriptSrc.join(' ')}`] : []),
				...(scriptSrc.includes("'wasm-unsafe-eval'") ? [] : [`${path}: no 'wasm-unsafe-eval'`]),
				...(scriptSrc.some((source) => source.startsWith("'sha256-")) ? [] : [`${path}: no script hashes`]),
				...(parseCsp(csp[0]!).get('object-src')?.join(' ') === "'none'" ? [] : [`${path}: object-src is not 'none'`]),
			];
		});
		expect(problems).toEqual([]);
	});

	test('sets a strict referrer policy', () => {
		expect(pages.filter(({ referrer }) => !STRICT_REFERRER_POLICIES.includes(referrer ?? '')).map(({ path, referrer }) => `${path}: ${referrer}`)).toEqual([]);
	});

	test('gets the same policies as HTTP headers from _headers, under the base path, with framing forbidden and unused features off', () => {
		const file = join(outDir, '_headers');
		expect(existsSync(file)).toBe(true);
		const rules = parseHeadersFile(readFileSync(file, 'utf8'));
		expect(rules.every((rule) => rule.path.startsWith(base))).toBe(true);
		const mismatches = pages.flatMap(({ path, csp, referrer }) => {
			const headers = headersForPath(rules, `${base}${path.slice(1)}`);
			return [
				...(normalizeCsp(headers['Content-Security-Policy'] ?? '') === normalizeCsp(`${csp[0]!}; frame-ancestors 'none'`) ? [] : [`${path}: Content-Security-Policy ${headers['Content-Security-Policy']}`]),
				...(headers['X-Frame-Options'] === 'DENY' ? [] : [`${path}: X-Frame-Options ${headers['X-Frame-Options']}`]),
				...(headers['Permissions-Policy'] === 'camera=(), microphone=(), geolocation=(), payment=()' ? [] : [`${path}: Permissions-Policy ${headers['Permissions-Policy']}`]),
				...(headers['Referrer-Policy'] === referrer ? [] : [`${path}: Referrer-Policy ${headers['Referrer-Policy']}`]),
				...(headers['X-Content-Type-Options'] === 'nosniff' ? [] : [`${path}: X-Content-Type-Options ${headers['X-Content-Type-Options']}`]),
			];
		});
		expect(mismatches).toEqual([]);
	});
});

describe('in Chromium, with the policies as both <meta> and headers', () => {
	const site = inject('rootSiteUrl');
	const at = (path: string) => new URL(path.slice(1), site).href;

	test('no page, nor search, the quiz, the appeal generator or the checkers in use, breaks the policy or asks another origin for anything', async () => {
		const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const violations: string[] = [];
		const foreignRequests: string[] = [];
		const origin = new URL(site).origin;
		// The binding outlives navigations, so a violation while a page unloads is still heard.
		await context.exposeBinding('reportViolation', ({ page }, text: string) => violations.push(`${page.url()}: ${text}`));
		await context.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				(window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
			});
		});
		const requests: string[] = [];
		context.on('request', (request) => {
			const url = new URL(request.url());
			if (!/^https?:$/.test(url.protocol)) return;
			if (url.origin === origin) requests.push(url.pathname);
			else foreignRequests.push(url.href);
		});
		const page = await context.newPage();
		page.on('console', (message) => {
			if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(`${page.url()} console: ${message.text()}`);
		});

		// The listeners hear a violation: an inline script added by hand is refused and reported.
		await page.goto(at('/en/'));
		await page.evaluate(() => document.body.append(Object.assign(document.createElement('script'), { textContent: 'document.title = "ran"' })));
		await expect.poll(() => violations.some((violation) => violation.includes('script-src-elem blocked inline'))).toBe(true);
		expect(await page.title()).not.toBe('ran');
		violations.length = 0;

		const headerPolicies = new Set<string>();
		for (const path of builtPages()) {
			const response = await page.goto(at(path));
			headerPolicies.add(response?.headers()['content-security-policy'] ?? 'none');
			// The language chooser moves on to a language at once.
			if (path === '/') await page.waitForURL((url) => url.pathname !== '/');
			await waitForHydration(page);
		}
		// The test server sends the _headers policy, so the pages ran under both.
		expect([...headerPolicies].every((policy) => policy.includes("'wasm-unsafe-eval'"))).toBe(true);

		await searchInDialog(page, at('/en/appeal/'));
		await answerQuizQuestion(page, at('/zh/failure-quiz/'));
		await fillAndCopyAppeal(page, at('/en/appeal-generator/'));
		await checkEmail(page, at('/zh/email-check/'));
		await pasteInformFigures(page, at('/en/inform-check/'));
		// Pagefind compiled its WebAssembly under both policies.
		expect(requests).toContain('/pagefind/wasm.en.pagefind');

		expect(violations).toEqual([]);
		expect(foreignRequests).toEqual([]);
		await context.close();
		// Every page, then five checkers in use: more than the default minute on two busy cores.
	}, 240_000);
});

test('another origin cannot frame a page: a page framed from a second loopback port stays empty', async () => {
	const site = inject('rootSiteUrl');
	// Two origins of our own: one frames, the other serves a plain page as the control.
	const plain = await serveHtml(() => '<!doctype html><title>plain</title><h1>A page that may be framed</h1>');
	const host = await serveHtml((url) => `<!doctype html><title>host</title><iframe src="${url.searchParams.get('src')}" width="600" height="400"></iframe>`);
	const context = await browser().newContext();
	const page = await context.newPage();
	/** The text the frame shows: the framed page's, or the browser's own error page. */
	const framedText = async (src: string) => {
		await page.goto(`${host.url}?src=${encodeURIComponent(src)}`);
		const frame = page.mainFrame().childFrames()[0];
		return (await frame?.evaluate(() => document.body?.innerText ?? '').catch(() => '')) ?? '';
	};
	// The control: a page without the headers is framed, and its text is read through the frame.
	expect(await framedText(plain.url)).toContain('A page that may be framed');
	for (const path of ['/en/appeal/', '/zh/', '/zh/appeal-generator/']) {
		const heading = /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(pageFile('dist', path), 'utf8'))![1]!;
		expect(await framedText(new URL(path.slice(1), site).href), path).not.toContain(heading);
	}
	await context.close();
	await Promise.all([plain.close(), host.close()]);
});

/** A one-page server on 127.0.0.1 at a port of its own, so its origin differs from the site's. */
async function serveHtml(html: (url: URL) => string) {
	const server = createServer((request, response) => {
		response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html(new URL(request.url ?? '/', 'http://127.0.0.1')));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function searchInDialog(page: Page, url: string) {
	await page.goto(url);
	await page.locator('[data-search-entry]').click();
	await page.locator('.search-dialog .search-input').fill('verification');
	await page.locator('.search-dialog .search-result').first().waitFor();
}

async function answerQuizQuestion(page: Page, url: string) {
	await page.goto(url);
	const first = await page.locator('.quiz legend').getAttribute('data-question');
	await page.locator('.quiz input').first().check();
	await page.locator('.quiz [type="submit"]').click();
	await expect.poll(() => page.locator('.quiz legend').getAttribute('data-question')).not.toBe(first);
}

async function fillAndCopyAppeal(page: Page, url: string) {
	await page.goto(url);
	await page.locator('input[name="situation"]').first().check();
	await page.locator('#appeal-email').fill('seller@example.com');
	await page.getByRole('button', { name: 'Copy: Short description' }).click();
	await expect.poll(() => page.getByRole('button', { name: 'Copy: Short description' }).textContent()).toBe('Copied');
}

async function checkEmail(page: Page, url: string) {
	await page.goto(url);
	await waitForHydration(page);
	await page.locator('#email-check-input').fill('From: <notice@amaz0n.com>\n\nhttps://xn--mazon-3ve.com/');
	await page.locator('.email-check button[type="submit"]').click();
	await page.locator('#email-check-result-heading').waitFor();
	await page.locator('input[type="file"]').setInputFiles({ name: 'm.eml', mimeType: 'message/rfc822', buffer: Buffer.from('From: a@amazon.com\r\n\r\nhi') });
	await expect.poll(() => page.locator('.email-check-findings').textContent()).toContain('amazon.com');
}

async function pasteInformFigures(page: Page, url: string) {
	await page.goto(url);
	await waitForHydration(page);
	const input = page.locator('.inform-check tbody input').first();
	await input.evaluate((element) => {
		const data = new DataTransfer();
		data.setData('text/plain', '250\t6000\n10\t100');
		element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
	});
	await page.locator('#inform-result-heading').waitFor();
}
