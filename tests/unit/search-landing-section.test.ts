import { describe, expect, test } from 'vitest';
import { holdsTerm, landingSection } from '../../src/lib/search/landing-section';

const faq = [
	{ id: 'sources-intro', text: 'Where the answers come from' },
	{ id: 'booking-deadline', text: 'How long do I have to book the video call?' },
	{ id: 'video-call-documents', text: 'What do I show in the video call?' },
];
const twoStep = [
	{ id: 'newest-code', text: '要 用 最 新 的 验 证 码' },
	{ id: 'lost-access', text: '已 经 收 不 到 验 证 码 了' },
];

describe('landingSection', () => {
	test('opens the first heading that holds every term', () => {
		expect(landingSection('FAQ', faq, ['video', 'call'])).toEqual({ id: 'booking-deadline', text: 'How long do I have to book the video call?' });
	});
	test('reads Chinese headings without the index spaces, and gives the heading back without them', () => {
		expect(landingSection('两步验证', twoStep, ['收不到验证码'])).toEqual({ id: 'lost-access', text: '已经收不到验证码了' });
	});
	test('keeps the top of the page when its title already holds every term', () => {
		expect(landingSection('The video call', faq, ['video', 'call'])).toBeNull();
	});
	test('keeps the top of the page when no heading holds every term', () => {
		expect(landingSection('FAQ', faq, ['video', 'postcard'])).toBeNull();
		expect(landingSection('两步验证', twoStep, ['明信片'])).toBeNull();
		expect(landingSection('FAQ', faq, [])).toBeNull();
	});
});

describe('holdsTerm', () => {
	test('matches English words from their start, in any case', () => {
		expect(holdsTerm('Video calls', 'call')).toBe(true);
		expect(holdsTerm('Recall the code', 'call')).toBe(false);
		expect(holdsTerm('2SV (two-step)', '2sv')).toBe(true);
	});
	test('matches Han terms anywhere in spaced or plain text', () => {
		expect(holdsTerm('已 经 收 不 到 验 证 码 了', '验证码')).toBe(true);
		expect(holdsTerm('验 证 的 码', '验证码')).toBe(false);
	});
});
