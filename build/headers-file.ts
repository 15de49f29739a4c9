/**
 * The `_headers` file that Netlify and Cloudflare Pages read: the pages' own security policy
 * (Astro writes it into each page as a <meta http-equiv> with hashes) sent again as HTTP headers,
 * with the referrer policy and `nosniff`. A browser enforces the header and the <meta> both, so
 * the header carries everything the page needs, 'wasm-unsafe-eval' for Pagefind included.
 *
 * The hosts combine matching rules differently: Netlify applies every matching rule and a later
 * header replaces an earlier one; Cloudflare applies every matching rule and joins repeated
 * headers with commas, which for Content-Security-Policy means both policies are enforced. So the
 * default rule for every path carries the union of all the pages' policies: it lets through
 * everything any page's own policy does, and never takes anything away where both apply. A page
 * whose policy is narrower than the union gets a rule of its own, written after the default.
 * Pages whose policy is the union need none, which keeps the file within Cloudflare's 100 rules.
 *
 * Headers also carry what a <meta> policy cannot: `frame-ancestors 'none'` (browsers ignore it in
 * <meta>) with `X-Frame-Options: DENY` for browsers without it, so no other site can frame a page
 * and trick a reader into clicks; and a Permissions-Policy that turns off the powerful features
 * the handbook never uses, so nothing injected into a page could ask for them.
 */

/** A built page: its site-relative path ("/zh/appeal/") and the policies in its <head>. */
export interface PagePolicy {
	path: string;
	csp: string;
	referrer: string;
}

export interface HeaderRule {
	path: string;
	headers: Record<string, string>;
}

/** The directives of a Content-Security-Policy in order, each with its sources. */
export function parseCsp(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const directive of policy.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/** A policy written the same way whatever spacing or trailing semicolons it came with. */
export function normalizeCsp(policy: string): string {
	return [...parseCsp(policy)].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** One policy that allows every source any of `policies` allows, directive by directive. */
export function unionCsp(policies: readonly string[]): string {
	const union = new Map<string, string[]>();
	for (const policy of policies) {
		for (const [name, sources] of parseCsp(policy)) {
			const known = union.get(name) ?? [];
			union.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
		}
	}
	return normalizeCsp([...union].map(([name, sources]) => [name, ...sources].join(' ')).join(';'));
}

/** Sent with every policy: no page of the site may be framed, by any origin, its own included. */
const FRAME_ANCESTORS = "frame-ancestors 'none'";

/** Features no page uses, off for the page and anything it embeds. */
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=()';

function securityHeaders(csp: string, referrer: string): Record<string, string> {
	return {
		'Content-Security-Policy': normalizeCsp(`${csp}; ${FRAME_ANCESTORS}`),
		'Referrer-Policy': referrer,
		'X-Content-Type-Options': 'nosniff',
		'X-Frame-Options': 'DENY',
		'Permissions-Policy': PERMISSIONS_POLICY,
	};
}

/** The rules for a build served under `base` ("/" or "/handbook/"): the default first, then narrower pages. */
export function headerRules(pages: readonly PagePolicy[], base: string): HeaderRule[] {
	if (pages.length === 0) throw new Error('No pages to write headers for');
	const referrers = new Set(pages.map((page) => page.referrer));
	if (referrers.size !== 1) throw new Error(`The pages disagree on their referrer policy: ${[...referrers].join(', ')}`);
	const referrer = [...referrers][0]!;
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const union = unionCsp(pages.map((page) => page.csp));
	return [
		{ path: `${prefix}*`, headers: securityHeaders(union, referrer) },
		...pages
			.filter((page) => normalizeCsp(page.csp) !== union)
			.map((page) => ({ path: `${prefix}${page.path.slice(1)}`, headers: securityHeaders(normalizeCsp(page.csp), referrer) })),
	];
}

/** The `_headers` file for the rules. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
	const blocks = rules.map(({ path, headers }) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
	return `# Written by the build (build/integrations/security-headers.ts) from the policies in the built pages.\n${blocks.join('\n\n')}\n`;
}

/** Reads a `_headers` file: path lines, indented "Name: value" lines under them, # comments. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: {} });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon === -1) throw new Error(`Not a header under a path: "${line}"`);
		rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return rules;
}

/** The headers a request for `pathname` gets, as Netlify applies them: every matching rule, later ones winning. */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
	const matches = (path: string) => (path.endsWith('*') ? pathname.startsWith(path.slice(0, -1)) : pathname === path);
	return Object.assign({}, ...rules.filter((rule) => matches(rule.path)).map((rule) => rule.headers));
}
