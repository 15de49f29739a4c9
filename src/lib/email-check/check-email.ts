import { authenticationResults, FAILED_RESULTS, type AuthResult } from './authentication-results';
import type { DomainTools } from './domain-tools';
import { lookalikeReason, type LookalikeReason } from './lookalike';
import { MAX_CHECKED_CHARACTERS, partsFromText, type MessageParts } from './message-parts';

/** A domain Amazon's own help pages name as genuine, with the pages that name it (src/content/rules). */
export interface GenuineDomain {
	domain: string;
	uses: readonly ('sender' | 'website')[];
	sources: readonly { title: string; url: string; marketplace: string }[];
}

/** Where in the message a domain was found. "address" and "domain" are what a reader pasted on its own. */
export type DomainRole = 'from' | 'sender' | 'reply-to' | 'return-path' | 'address' | 'link' | 'domain';
const SENDER_ROLES: ReadonlySet<DomainRole> = new Set(['from', 'sender', 'reply-to', 'return-path', 'address']);

export interface DomainFinding {
	role: DomainRole;
	/** The address or link as found, shortened for display. */
	found: string;
	/** The host as the reader sees it (punycode decoded). */
	host: string;
	/** The host as the network sees it; differs from `host` for international names. */
	asciiHost: string;
	registrableDomain: string | null;
	/** Amazon's: on the list (or under a listed domain). Never set for anything else. */
	genuine: GenuineDomain | null;
	lookalike: LookalikeReason | null;
}

export type EmailFlag = 'reply-to-differs' | 'auth-failed' | 'display-name-address' | 'booking-link' | 'truncated' | 'unreadable-host';

/**
 * The checker's overall reading. There is deliberately no "safe": a matching domain shows only
 * that the address or link is Amazon's, not that the message is.
 * - not-amazon: a sender domain is not Amazon's, a name imitates Amazon, a check failed, or Reply-To goes elsewhere
 * - links-elsewhere: the sender domains are Amazon's, but some links lead to other domains
 * - amazon-domains: every domain found is on Amazon's list
 * - nothing-found: no address, link or result to check
 */
export type EmailVerdict = 'not-amazon' | 'links-elsewhere' | 'amazon-domains' | 'nothing-found';

export interface EmailCheckResult {
	verdict: EmailVerdict;
	findings: DomainFinding[];
	authentication: AuthResult[];
	flags: EmailFlag[];
}

const ADDRESS = /[^\s<>"'@,;:()[\]\\]+@([^\s<>"'@,;:()[\]\\]+)/gu;
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^[\]]+/giu;
const BOOKING_WORDS = /book|schedul|appointment|calendar|meeting|video/i;
const BOOKING_CONTEXT = /video[\s-]?call|video verification|schedule|book a time|视频通话|视频验证|预约/i;

/** Checks a pasted text: an address, a link, headers, or a whole message. */
export function checkPastedText(text: string, genuine: readonly GenuineDomain[], tools: DomainTools): EmailCheckResult {
	const truncated = text.length > MAX_CHECKED_CHARACTERS;
	// NFKC reads full-width text (ｓｅｌｌｅｒ＠ａｍａｚｏｎ．ｃｏｍ, typed with a Chinese input method) as the ASCII it stands for.
	const checked = (truncated ? text.slice(0, MAX_CHECKED_CHARACTERS) : text).normalize('NFKC');
	const result = checkMessage(partsFromText(checked), genuine, tools);
	if (truncated) result.flags.push('truncated');
	return result;
}

export function checkMessage(parts: MessageParts, genuine: readonly GenuineDomain[], tools: DomainTools): EmailCheckResult {
	const flags = new Set<EmailFlag>();
	// sell.amazon.com before amazon.com, so a finding names the entry (and source) that fits it best.
	const mostSpecific = [...genuine].sort((a, b) => b.domain.length - a.domain.length);
	const findings: DomainFinding[] = [];
	const seen = new Set<string>();
	const add = (role: DomainRole, found: string, rawHost: string) => {
		const asciiHost = tools.toAscii(rawHost);
		if (!asciiHost) {
			flags.add('unreadable-host');
			return;
		}
		if (seen.has(`${role} ${asciiHost}`)) return;
		seen.add(`${role} ${asciiHost}`);
		const host = tools.toUnicode(asciiHost);
		const match = mostSpecific.find(({ domain }) => asciiHost === domain || asciiHost.endsWith(`.${domain}`)) ?? null;
		findings.push({
			role,
			found: found.length > 120 ? `${found.slice(0, 117)}…` : found,
			host,
			asciiHost,
			registrableDomain: tools.registrableDomain(asciiHost),
			genuine: match,
			lookalike: match ? null : lookalikeReason(host, genuine.map(({ domain }) => domain)),
		});
	};

	for (const role of ['from', 'sender', 'reply-to', 'return-path'] as const) {
		for (const { value } of parts.headers.filter((header) => header.name === role)) {
			const address = mailboxAddress(value);
			if (address) add(role, address.address, address.domain);
			if (address?.displayNameDomain && address.displayNameDomain !== address.domain.toLowerCase()) flags.add('display-name-address');
		}
	}

	const headerless = parts.headers.length === 0;
	const body = parts.body;
	for (const [link] of body.matchAll(LINK)) {
		const cleaned = link.replace(/[.,;:!?)\]'"»」）。，]+$/u, '');
		const host = linkHost(cleaned);
		if (host) add('link', cleaned, host);
		else flags.add('unreadable-host');
	}
	if (headerless) {
		for (const [address, domain] of body.replace(LINK, ' ').matchAll(ADDRESS)) add('address', address, domain!);
		const single = body.trim();
		if (findings.length === 0 && /^[^\s@/]+\.[^\s@/]+$/u.test(single)) add('domain', single, single);
	}

	const authentication = authenticationResults(parts.headers);
	if (authentication.some(({ result }) => FAILED_RESULTS.has(result))) flags.add('auth-failed');

	const fromDomain = registrableOf(findings, 'from');
	const replyDomain = registrableOf(findings, 'reply-to');
	if (fromDomain && replyDomain && fromDomain !== replyDomain) flags.add('reply-to-differs');

	const links = findings.filter(({ role }) => role === 'link' || role === 'domain');
	const bookingContext = BOOKING_CONTEXT.test(body) || parts.headers.some(({ name, value }) => name === 'subject' && BOOKING_CONTEXT.test(value));
	if (links.some(({ genuine: match, found }) => !match && (BOOKING_WORDS.test(found) || bookingContext))) flags.add('booking-link');

	const senders = findings.filter(({ role }) => SENDER_ROLES.has(role));
	let verdict: EmailVerdict;
	if (findings.length === 0 && authentication.length === 0) verdict = 'nothing-found';
	else if (
		senders.some(({ genuine: match }) => !match) ||
		findings.some(({ lookalike }) => lookalike) ||
		flags.has('auth-failed') ||
		flags.has('reply-to-differs') ||
		flags.has('display-name-address')
	)
		verdict = 'not-amazon';
	else if (links.some(({ genuine: match }) => !match)) verdict = 'links-elsewhere';
	else if (findings.length > 0) verdict = 'amazon-domains';
	else verdict = 'nothing-found';

	return { verdict, findings, authentication, flags: [...flags] };
}

/**
 * The address of a From-like field: the one in angle brackets if there is one, since a display
 * name can itself look like an address ("seller-notification@amazon.com" <x@elsewhere.example>).
 */
function mailboxAddress(value: string): { address: string; domain: string; displayNameDomain: string | null } | null {
	const bracketed = [...value.matchAll(/<([^<>]*)>/g)].at(-1)?.[1]?.trim();
	const candidates = bracketed ? [bracketed] : [...value.matchAll(ADDRESS)].map(([address]) => address);
	const address = candidates.find((candidate) => candidate.includes('@'));
	if (!address) return null;
	const domain = address.slice(address.lastIndexOf('@') + 1);
	const displayName = bracketed ? value.slice(0, value.lastIndexOf('<')) : '';
	const displayNameDomain = [...displayName.matchAll(ADDRESS)][0]?.[1]?.toLowerCase() ?? null;
	return { address, domain, displayNameDomain };
}

/** The host a link opens, as a browser reads it: "https://amazon.com@evil.example/" opens evil.example. */
function linkHost(link: string): string | null {
	try {
		return new URL(/^www\./i.test(link) ? `http://${link}` : link).hostname || null;
	} catch {
		return null;
	}
}

function registrableOf(findings: readonly DomainFinding[], role: DomainRole): string | null {
	const finding = findings.find((item) => item.role === role);
	return finding ? (finding.registrableDomain ?? finding.asciiHost) : null;
}
