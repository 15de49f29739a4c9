import { expect, test } from 'vitest';
import { spaceHan } from '../../src/lib/search/han-text';
import { describePage, findPages, orderByCentrality } from '../../src/lib/search/find-pages';
import type { Pagefind } from '../../src/lib/search/pagefind-types';
import { planQuery } from '../../src/lib/search/query-plan';
import { fakePagefind, type FakePage } from './search-fake-pagefind';

const page = (url: string, title: string, text: string, sections: FakePage['sections'] = []): FakePage => ({
	url,
	title: spaceHan(title),
	text: spaceHan(text),
	sections: sections.map((section) => ({ ...section, title: spaceHan(section.title), text: spaceHan(section.text) })),
});

const pages = [
	page('/zh/pieces/', '登录问题', '本页分两部分，都是经验之谈，一步一步证明'),
	page('/zh/mention/', '联系支持', '提交请求后，记得开启两步验证。', [{ url: '/zh/mention/#safety', title: '当心假冒电话', text: '记得开启两步验证。' }]),
	page('/zh/central/', '两步验证', '为什么必须设置两步验证', [
		{ url: '/zh/central/#why', title: '为什么需要', text: '保护账户安全' },
		{ url: '/zh/central/#sms', title: '两步验证的短信验证码', text: '短信验证码只用最新的一条' },
	]),
	page('/zh/unrelated/', '常见问题', '申诉与邮件'),
];

test('every page holding all the characters is found; pages with the term whole come first', async () => {
	const plan = planQuery('两步验证')!;
	const hits = await findPages(fakePagefind(pages), plan);
	expect(hits.map((hit) => hit.id)).toEqual(['/zh/mention/', '/zh/central/', '/zh/pieces/']);
	expect(hits.map((hit) => hit.wholeRuns)).toEqual([1, 1, 0]);
});

test('among pages with the term, the one whose title holds it ranks first', async () => {
	const plan = planQuery('两步验证')!;
	const pagefind = fakePagefind(pages);
	const hits = await findPages(pagefind, plan);
	const views = await Promise.all(hits.map((hit) => describePage(hit, plan)));
	expect(orderByCentrality(views, hits, plan).map((view) => view.url)).toEqual(['/zh/central/', '/zh/mention/', '/zh/pieces/']);
});

test('a page is described with its title, spaces removed, and sections holding the term first', async () => {
	const plan = planQuery('两步验证')!;
	const [, central] = await findPages(fakePagefind(pages), plan);
	const view = await describePage(central!, plan);
	expect(view.title.map((part) => part.text).join('')).toBe('两步验证');
	expect(view.sections.map((section) => section.url)).toEqual(['/zh/central/#sms']);
	expect(view.sections[0]!.title).toBe('两步验证的短信验证码');
});

test('English roots add pages after the ones that match the words as typed', async () => {
	const english = [
		{ url: '/en/explained/', title: 'Identity verification', text: 'How verification works' },
		{ url: '/en/faq/', title: 'FAQ', text: 'How to verify your identity' },
	];
	const hits = await findPages(fakePagefind(english), planQuery('verify')!);
	expect(hits.map((hit) => hit.id)).toEqual(['/en/faq/', '/en/explained/']);
});

test('the part of a page before its first heading is the page itself, not a section', async () => {
	const plan = planQuery('申诉')!;
	const [hit] = await findPages(fakePagefind([page('/zh/a/', '申诉', '申诉步骤', [{ url: '/zh/a/', title: '申诉', text: '申诉步骤' }, { url: '/zh/a/#steps', title: '步骤', text: '提交申诉' }])]), plan);
	const view = await describePage(hit!, plan);
	expect(view.sections.map((section) => section.url)).toEqual(['/zh/a/#steps']);
	expect(view.excerpt.some((part) => part.marked && part.text === '申诉')).toBe(true);
});


test('sections whose heading holds every word of the query come first', async () => {
	const english = [
		{
			url: '/en/appeal/',
			title: 'Appealing',
			text: 'video call',
			sections: [
				{ url: '/en/appeal/#step-5', title: 'Step 5', text: 'so the team can call you' },
				{ url: '/en/appeal/#video-call', title: 'The video call', text: 'The video call is a check' },
			],
		},
	];
	const plan = planQuery('video call')!;
	const [hit] = await findPages(fakePagefind(english), plan);
	expect((await describePage(hit!, plan)).sections.map((section) => section.url)).toEqual(['/en/appeal/#video-call', '/en/appeal/#step-5']);
});

test('a page whose heading holds every term links to that heading; its title then names it', async () => {
	const pagefind = fakePagefind([{ url: '/en/faq/', title: 'FAQ', text: 'How long do I have to book the video call?', sections: [{ url: '/en/faq/#booking-deadline', title: 'How long do I have to book the video call?', text: 'Within 14 days.' }] }]);
	const withAnchors: Pagefind = {
		...pagefind,
		async search(query) {
			const { results } = await pagefind.search(query);
			return { results: results.map((result) => ({ ...result, data: async () => ({ ...(await result.data()), anchors: [{ id: 'booking-deadline', text: 'How long do I have to book the video call?' }] }) })) };
		},
	};
	const plan = planQuery('video call')!;
	const [hit] = await findPages(withAnchors, plan);
	const view = await describePage(hit!, plan);
	expect(view.url).toBe('/en/faq/#booking-deadline');
	expect(view.landing).toBe('How long do I have to book the video call?');
	// Not listed a second time as a section under the page.
	expect(view.sections.map((section) => section.url)).not.toContain('/en/faq/#booking-deadline');
});
