import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { authenticationResults } from '../../src/lib/email-check/authentication-results';
import { checkMessage, checkPastedText, type GenuineDomain } from '../../src/lib/email-check/check-email';
import { domainTools } from '../../src/lib/email-check/domain-tools';
import { classifyDroppedFile, looksBinary, MAX_CHECKED_CHARACTERS, partsFromParsedEmail, partsFromText } from '../../src/lib/email-check/message-parts';

const genuine = JSON.parse(readFileSync('src/content/rules/amazon-email-domains.json', 'utf8')) as GenuineDomain[];
const check = (text: string) => checkPastedText(text, genuine, domainTools);

const GENUINE_HEADERS = [
	'Return-Path: <202612011234abcd@bounces.amazon.com>',
	'Authentication-Results: mx.example.net;',
	'       dkim=pass header.i=@amazon.com header.s=example header.b=AbCd;',
	'       spf=pass (example.net: domain of 202612011234abcd@bounces.amazon.com designates 192.0.2.1 as permitted sender) smtp.mailfrom=202612011234abcd@bounces.amazon.com;',
	'       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com',
	'From: "Amazon Seller Central" <seller-notification@amazon.com>',
	'Reply-To: seller-notification@amazon.com',
	'Subject: Your Amazon selling account',
	'',
	'Sign in at https://sellercentral.amazon.com/home and open Account Health.',
].join('\r\n');

describe('pasted headers', () => {
	test('are unfolded and split from the body at the first blank line', () => {
		const parts = partsFromText(GENUINE_HEADERS);
		expect(parts.headers.map(({ name }) => name)).toEqual(['return-path', 'authentication-results', 'from', 'reply-to', 'subject']);
		expect(parts.headers[1]!.value).toContain('dmarc=pass');
		expect(parts.body.trim()).toMatch(/^Sign in at/);
	});

	test('a message whose every domain is Amazon’s reads so, and only so', () => {
		const result = check(GENUINE_HEADERS);
		expect(result.verdict).toBe('amazon-domains');
		expect(result.flags).toEqual([]);
		expect(result.findings.map(({ role, asciiHost }) => `${role} ${asciiHost}`)).toEqual([
			'from amazon.com',
			'reply-to amazon.com',
			'return-path bounces.amazon.com',
			'link sellercentral.amazon.com',
		]);
		expect(result.authentication.map(({ method, result: outcome }) => `${method}=${outcome}`)).toEqual(['dkim=pass', 'spf=pass', 'dmarc=pass']);
	});

	test('a From that differs from Reply-To is flagged', () => {
		const result = check('From: Amazon <seller-notification@amazon.com>\nReply-To: amazon.help.desk@gmail.com\n');
		expect(result.flags).toContain('reply-to-differs');
		expect(result.verdict).toBe('not-amazon');
	});

	test('the address in angle brackets counts, not one written into the display name', () => {
		const result = check('From: "seller-notification@amazon.com" <notice@amaz0n-support.com>');
		expect(result.findings).toHaveLength(1);
		expect(result.findings[0]!.asciiHost).toBe('amaz0n-support.com');
		expect(result.findings[0]!.lookalike).toBe('misspelt');
		expect(result.flags).toContain('display-name-address');
		expect(result.verdict).toBe('not-amazon');
	});

	test('a Return-Path that is not Amazon’s is not Amazon’s, as Amazon’s page says', () => {
		const result = check('From: seller-notification@amazon.com\nReturn-Path: <bounce@mailer.example>');
		expect(result.verdict).toBe('not-amazon');
	});

	test('headers with encoded words in another charset still give the address', () => {
		const result = check('From: =?GB2312?B?0sfC7dGnwvTV0g==?= <notice@seller-verify.cn>\nSubject: =?GB2312?B?1cu7p9HpyaQ=?=');
		expect(result.findings[0]!.asciiHost).toBe('seller-verify.cn');
		expect(result.verdict).toBe('not-amazon');
	});
});

describe('Authentication-Results', () => {
	test.each([
		['dkim=fail (bad signature) header.d=amazon.com', 'dkim', 'fail'],
		['spf=softfail smtp.mailfrom=x@amazon.com', 'spf', 'softfail'],
		['dmarc=fail (p=REJECT) header.from=amazon.com', 'dmarc', 'fail'],
		['spf=permerror smtp.mailfrom=amazon.com', 'spf', 'permerror'],
	])('“%s” fails the message', (clause, method, outcome) => {
		const result = check(`From: seller-notification@amazon.com\nAuthentication-Results: mx.example.net; ${clause}`);
		expect(result.authentication).toContainEqual(expect.objectContaining({ method, result: outcome, domain: 'amazon.com' }));
		expect(result.flags).toContain('auth-failed');
		expect(result.verdict).toBe('not-amazon');
	});

	test('none and neutral prove nothing but are not failures', () => {
		const result = check('From: seller-notification@amazon.com\nAuthentication-Results: mx.example.net; dkim=none; spf=neutral smtp.mailfrom=amazon.com');
		expect(result.flags).not.toContain('auth-failed');
	});

	test('a result written in a comment is not a result', () => {
		expect(authenticationResults([{ name: 'authentication-results', value: 'mx; dkim=fail (was dkim=pass before) header.d=evil.example' }])).toEqual([
			{ method: 'dkim', result: 'fail', domain: 'evil.example' },
		]);
	});

	test('Received-SPF and Gmail’s “Show original” summary are read too', () => {
		const results = authenticationResults(partsFromText('SPF: FAIL with IP 192.0.2.9\nDKIM: \'PASS\' with domain evil.example\nReceived-SPF: softfail (example.net: transitioning) envelope-from=x@amazon.com\n').headers);
		expect(results.map(({ method, result, domain }) => `${method}=${result} ${domain}`)).toEqual(['spf=fail null', 'dkim=pass evil.example', 'spf=softfail amazon.com']);
	});
});

describe('video-call booking links', () => {
	test('a booking link on another domain is flagged for confirming in Seller Central first', () => {
		const result = check('Subject: Schedule your video call\n\nBook a time: https://booking.example-scheduler.com/amazon-verification?token=1');
		expect(result.flags).toContain('booking-link');
		expect(result.findings[0]!.genuine).toBeNull();
	});

	test('a link on Amazon’s own domain is no booking warning', () => {
		expect(check('Schedule your video call: https://sellercentral.amazon.com/verification/schedule').flags).not.toContain('booking-link');
	});

	test('with an Amazon sender, links elsewhere make the reading “links elsewhere”, not “Amazon’s”', () => {
		const result = check('From: seller-notification@amazon.com\n\nSee https://tracking.example.org/p');
		expect(result.verdict).toBe('links-elsewhere');
	});
});

describe('bad input', () => {
	test('a 5 MB paste is checked in its first part and says so', () => {
		const huge = `From: x@amaz0n.com\n\n${'a'.repeat(5 * 1024 * 1024)} https://late.example/`;
		const result = check(huge);
		expect(result.flags).toContain('truncated');
		expect(result.findings.map(({ asciiHost }) => asciiHost)).toEqual(['amaz0n.com']);
		expect(MAX_CHECKED_CHARACTERS).toBeLessThan(huge.length);
	});

	test('binary content is recognised, text is not mistaken for it', () => {
		expect(looksBinary('\u0000\u0001PK\u0003\u0004')).toBe(true);
		expect(looksBinary(GENUINE_HEADERS)).toBe(false);
		expect(looksBinary('中文 headers and 😀')).toBe(false);
	});

	test('a dropped file is a message, UTF-16 text, or not an e-mail', () => {
		expect(classifyDroppedFile(new TextEncoder().encode(GENUINE_HEADERS)).kind).toBe('message');
		expect(classifyDroppedFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0])).kind).toBe('binary');
		const utf16 = new Uint8Array([0xff, 0xfe, ...[...'From: a@amaz0n.com'].flatMap((character) => [character.charCodeAt(0), 0])]);
		const file = classifyDroppedFile(utf16);
		expect(file).toEqual({ kind: 'text', text: 'From: a@amaz0n.com' });
	});

	test('a message parsed from an .eml file is checked like a paste, links from its HTML included', () => {
		const parts = partsFromParsedEmail({
			headers: [
				{ key: 'From', value: 'Amazon <seller-notification@amazon.com>' },
				{ key: 'Reply-To', value: 'x@amazon-seller-support.com' },
			],
			html: '<p><a href="https://f3dven-amazon.com/login">Sign in</a></p>',
		});
		const result = checkMessage(parts, genuine, domainTools);
		expect(result.findings.map(({ role, asciiHost, lookalike }) => `${role} ${asciiHost} ${lookalike}`)).toEqual([
			'from amazon.com null',
			'reply-to amazon-seller-support.com contains-amazon',
			'link f3dven-amazon.com contains-amazon',
		]);
		expect(result.flags).toContain('reply-to-differs');
		expect(result.verdict).toBe('not-amazon');
	});
});
