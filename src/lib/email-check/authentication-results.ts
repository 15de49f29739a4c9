import type { HeaderField } from './message-parts';

export type AuthMethod = 'dkim' | 'spf' | 'dmarc';

/** One result a receiving server wrote down: dkim=fail, spf=pass… with the domain it was about, if named. */
export interface AuthResult {
	method: AuthMethod;
	/** As written, lower case: pass, fail, softfail, neutral, none, temperror, permerror, policy… */
	result: string;
	domain: string | null;
}

/** Results that say the check failed; none, neutral and temperror say only that nothing was proved. */
export const FAILED_RESULTS = new Set(['fail', 'softfail', 'permerror', 'policy']);

const RESULT_HEADERS = new Set(['authentication-results', 'arc-authentication-results', 'received-spf']);
// Gmail's "Show original" summary lines ("SPF: PASS with IP …", "DKIM: 'PASS' with domain amazon.com") paste as fields too.
const SUMMARY_HEADERS = new Set<string>(['spf', 'dkim', 'dmarc']);

/** Every dkim, spf and dmarc result in the headers (RFC 8601 Authentication-Results, Received-SPF, Gmail's summary). */
export function authenticationResults(headers: readonly HeaderField[]): AuthResult[] {
	const results: AuthResult[] = [];
	for (const { name, value } of headers) {
		if (name === 'received-spf') {
			const result = /^\s*([a-z]+)/i.exec(value)?.[1];
			if (result) results.push({ method: 'spf', result: result.toLowerCase(), domain: domainAfter(value, /(?:envelope-from|smtp\.mailfrom)=["<]?[^@\s;>"]*@?([^\s;>")]+)/i) });
			continue;
		}
		if (SUMMARY_HEADERS.has(name)) {
			const result = /^[\s'"]*([a-z]+)/i.exec(value)?.[1];
			if (result) results.push({ method: name as AuthMethod, result: result.toLowerCase(), domain: domainAfter(value, /with domain\s+([^\s'"]+)/i) });
			continue;
		}
		if (!RESULT_HEADERS.has(name)) continue;
		// Comments in parentheses can contain anything, even "dkim=pass"; they are not results.
		const clauses = value.replace(/\([^()]*\)/g, ' ').split(';');
		for (const clause of clauses) {
			const found = /\b(dkim|spf|dmarc)\s*=\s*([a-z]+)/i.exec(clause);
			if (!found) continue;
			results.push({
				method: found[1]!.toLowerCase() as AuthMethod,
				result: found[2]!.toLowerCase(),
				domain: domainAfter(clause, /\b(?:header\.d|header\.from|smtp\.mailfrom|header\.i)\s*=\s*["<]?(?:[^@\s;>"]*@)?([^\s;>"]+)/i),
			});
		}
	}
	return results;
}

function domainAfter(text: string, pattern: RegExp): string | null {
	return pattern.exec(text)?.[1]?.toLowerCase() ?? null;
}
