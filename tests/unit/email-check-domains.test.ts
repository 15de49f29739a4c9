import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkPastedText, type GenuineDomain } from '../../src/lib/email-check/check-email';
import { domainTools } from '../../src/lib/email-check/domain-tools';
import { lookalikeReason, visualSkeleton } from '../../src/lib/email-check/lookalike';

const genuine = JSON.parse(readFileSync('src/content/rules/amazon-email-domains.json', 'utf8')) as GenuineDomain[];
const check = (text: string) => checkPastedText(text, genuine, domainTools);
const only = (text: string) => {
	const result = check(text);
	expect(result.findings).toHaveLength(1);
	return { ...result.findings[0]!, verdict: result.verdict };
};

describe('the rule data', () => {
	test('every genuine domain is an Amazon name and cites an Amazon help page with its marketplace', () => {
		expect(genuine.length).toBeGreaterThanOrEqual(4);
		for (const entry of genuine) {
			expect(entry.domain).toMatch(/(^|\.)amazon(sellerservices)?\.[a-z.]+$/);
			for (const source of entry.sources) {
				expect(new URL(source.url).hostname).toMatch(/^sellercentral(-europe)?\.amazon\.(com|co\.jp|co\.uk)$/);
				expect(source.marketplace).toEqual({ en: expect.stringMatching(/./), zh: expect.stringMatching(/./) });
			}
		}
	});
});

describe('domains on Amazon’s list', () => {
	test.each([
		['seller-notification@amazon.com', 'amazon.com'],
		['Seller-Notification@AMAZON.COM', 'amazon.com'],
		['notice@marketplace.amazon.com', 'amazon.com'],
		['news@sell.amazon.com', 'sell.amazon.com'],
		['x@amazonsellerservices.com', 'amazonsellerservices.com'],
		['x@amazon.co.jp', 'amazon.co.jp'],
		['https://sellercentral.amazon.com/hz/contact-us', 'amazon.com'],
		['https://sellercentral.amazon.co.uk/', 'amazon.co.uk'],
		['sellercentral.amazon.com', 'amazon.com'],
		['ｓｅｌｌｅｒ＠ａｍａｚｏｎ．ｃｏｍ', 'amazon.com'],
	])('%s is Amazon’s (%s)', (text, listed) => {
		const finding = only(text);
		expect(finding.genuine?.domain).toBe(listed);
		expect(finding.lookalike).toBeNull();
		expect(finding.verdict).toBe('amazon-domains');
	});
});

describe('names that imitate Amazon are never Amazon’s', () => {
	test.each([
		['support@amaz0n.com', 'misspelt', 'amaz0n.com'],
		['support@arnazon.com', 'misspelt', 'arnazon.com'],
		['help@amazon-seller-support.com', 'contains-amazon', 'amazon-seller-support.com'],
		['https://f3dven-amazon.com/verify', 'contains-amazon', 'f3dven-amazon.com'],
		['https://amazon.com.example.cn/login', 'amazon-prefix', 'example.cn'],
		['https://sellercentral.amazon.com.verify-account.top/', 'amazon-prefix', 'verify-account.top'],
		// Cyrillic а and о in place of the Latin letters, pasted as Unicode and as the punycode a mail program shows.
		['https://аmazon.com/', 'homoglyph', 'xn--mazon-3ve.com'],
		['https://xn--mazon-3ve.com/', 'homoglyph', 'xn--mazon-3ve.com'],
		['noreply@amazοn.com', 'homoglyph', 'xn--amazn-uce.com'],
	])('%s: %s', (text, reason, registrable) => {
		const finding = only(text);
		expect(finding.genuine).toBeNull();
		expect(finding.lookalike).toBe(reason);
		expect(finding.registrableDomain).toBe(registrable);
		expect(finding.verdict).toBe('not-amazon');
	});

	test('punycode is shown decoded, and the network name is kept beside it', () => {
		const finding = only('https://xn--mazon-3ve.com/');
		expect(finding.host).toBe('аmazon.com');
		expect(finding.asciiHost).toBe('xn--mazon-3ve.com');
	});

	test('a user name before @ in a link does not hide where it goes', () => {
		const finding = only('https://sellercentral.amazon.com@evil.example/signin');
		expect(finding.asciiHost).toBe('evil.example');
		expect(finding.genuine).toBeNull();
	});

	test('an unrelated domain is neither Amazon’s nor a look-alike, and still not Amazon’s', () => {
		const finding = only('amazon.support.team@gmail.com');
		expect(finding.genuine).toBeNull();
		expect(finding.lookalike).toBeNull();
		expect(finding.verdict).toBe('not-amazon');
	});

	test('the skeleton reads digits and look-alike letters as the letters they imitate', () => {
		expect(visualSkeleton('amaz0n.com')).toBe('amazoncom');
		expect(visualSkeleton('аmаzоn.com')).toBe('amazoncom');
		expect(visualSkeleton('arnazon.com')).toBe('amazoncom');
		expect(lookalikeReason('example.com', ['amazon.com'])).toBeNull();
		expect(lookalikeReason('ebay.com', ['amazon.com'])).toBeNull();
	});
});

describe('what is not a domain', () => {
	test('empty or wordy text finds nothing', () => {
		expect(check('').verdict).toBe('nothing-found');
		expect(check('   \n  ').verdict).toBe('nothing-found');
		expect(check('I got a strange mail yesterday, please help').verdict).toBe('nothing-found');
	});

	test('a host that cannot be a domain is reported, not guessed', () => {
		const result = check('https://exa mple/ x@-.');
		expect(result.findings.every((finding) => finding.genuine === null)).toBe(true);
	});
});
