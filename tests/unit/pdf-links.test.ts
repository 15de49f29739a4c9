import { describe, expect, test } from 'vitest';
import { documentHref, documentId, publicHref, type LinkContext } from '../../build/pdf/links';

const local = 'http://127.0.0.1:4000/handbook/';
const handbook: LinkContext = {
	localRoot: local,
	publicRoot: 'https://help.example.org/handbook/',
	chapters: new Map([
		['/en/appeal/', 'appeal'],
		['/en/faq/', 'faq'],
		['/en/failure-quiz/', 'failure-quiz'],
	]),
};
const guide: LinkContext = { ...handbook, chapters: new Map([['/en/appeal/', '']]) };

describe('documentId', () => {
	test('keeps ids in a single-page document and prefixes them with the chapter in a handbook', () => {
		expect(documentId('', 'video-call')).toBe('video-call');
		expect(documentId('appeal', 'video-call')).toBe('appeal--video-call');
		expect(documentId('appeal', '')).toBe('appeal');
	});
});

describe('documentHref in a handbook', () => {
	test('points links to printed pages and their sections inside the document', () => {
		expect(documentHref(`${local}en/faq/`, handbook)).toBe('#faq');
		expect(documentHref(`${local}en/appeal/#video-call`, handbook)).toBe('#appeal--video-call');
		expect(documentHref(`${local}en/failure-quiz/#outcome-blurry`, handbook)).toBe('#failure-quiz--outcome-blurry');
	});

	test('sends links to other pages of the site to the public address, never the local one', () => {
		expect(documentHref(`${local}en/`, handbook)).toBe('https://help.example.org/handbook/en/');
		expect(documentHref(`${local}en/search/?q=video`, handbook)).toBe('https://help.example.org/handbook/en/search/?q=video');
		expect(documentHref(`${local}pdf/en/faq.pdf`, handbook)).toBe('https://help.example.org/handbook/pdf/en/faq.pdf');
	});

	test('keeps a quiz link with answers online: the answers are not in the document', () => {
		expect(documentHref(`${local}en/failure-quiz/?a=q1.yes`, handbook)).toBe('https://help.example.org/handbook/en/failure-quiz/?a=q1.yes');
	});

	test('leaves other sites, and local paths outside the base, alone', () => {
		expect(documentHref('https://sellercentral.amazon.com/cu/contact-us', handbook)).toBe('https://sellercentral.amazon.com/cu/contact-us');
		expect(documentHref('http://127.0.0.1:4000/elsewhere/', handbook)).toBe('http://127.0.0.1:4000/elsewhere/');
	});
});

describe('documentHref in a guide’s own PDF', () => {
	test('keeps the page’s own sections inside the document', () => {
		expect(documentHref(`${local}en/appeal/#video-call`, guide)).toBe('#video-call');
	});

	test('sends the page itself without a section, and every other page, to the public site', () => {
		expect(documentHref(`${local}en/appeal/`, guide)).toBe('https://help.example.org/handbook/en/appeal/');
		expect(documentHref(`${local}en/faq/#case-id`, guide)).toBe('https://help.example.org/handbook/en/faq/#case-id');
	});
});

describe('publicHref', () => {
	test('works for a build at the domain root too', () => {
		const root = { localRoot: 'http://127.0.0.1:4000/', publicRoot: 'https://help.example.org/', chapters: new Map() };
		expect(publicHref('http://127.0.0.1:4000/zh/appeal/#video-call', root)).toBe('https://help.example.org/zh/appeal/#video-call');
	});
});
