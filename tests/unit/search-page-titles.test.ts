import { expect, test } from 'vitest';
import { describePage, findPages } from '../../src/lib/search/find-pages';
import { spaceHan } from '../../src/lib/search/han-text';
import { pageTitle, titledPages } from '../../src/lib/search/page-titles';
import { planQuery } from '../../src/lib/search/query-plan';
import { fakePagefind } from './search-fake-pagefind';

test('a fragment gives the address Pagefind would give and the title without the index spaces', () => {
	expect(pageTitle({ url: '/zh/appeal/', meta: { title: spaceHan('申诉身份验证失败') } }, '/')).toEqual({ url: '/zh/appeal/', title: '申诉身份验证失败' });
	expect(pageTitle({ url: '/en/appeal/', meta: { title: 'Appeal a failed verification' } }, '/handbook/')).toEqual({ url: '/handbook/en/appeal/', title: 'Appeal a failed verification' });
	expect(pageTitle({ url: '/en/faq/', meta: {} }, '/handbook')).toEqual({ url: '/handbook/en/faq/', title: '/en/faq/' });
});

const pages = [
	{ url: '/zh/appeal/', title: spaceHan('申诉身份验证失败'), text: spaceHan('提交申诉前先准备材料') },
	{ url: '/zh/faq/', title: spaceHan('常见问题'), text: spaceHan('申诉要多久') },
];

test('pages found are shown with their titles, the terms marked, before any fragment loads', async () => {
	const pagefind = fakePagefind(pages);
	const plan = planQuery('申诉')!;
	const hits = await findPages(pagefind, plan);
	const titles = Object.fromEntries(pages.map((page) => [page.url, pageTitle({ url: page.url, meta: { title: page.title } }, '/')]));
	const views = titledPages(hits, titles, plan)!;
	expect(pagefind.dataCalls).toBe(0);
	expect(views.map((view) => view.url)).toEqual(['/zh/appeal/', '/zh/faq/']);
	expect(views[0]!.title).toEqual([
		{ text: '申诉', marked: true },
		{ text: '身份验证失败', marked: false },
	]);
	// The same address and title as the page's fragment gives, so nothing moves when it arrives.
	const described = await describePage(hits[0]!, plan);
	expect([views[0]!.url, views[0]!.title]).toEqual([described.url, described.title]);
});

test('a page missing from the table means no early results', async () => {
	const plan = planQuery('申诉')!;
	const hits = await findPages(fakePagefind(pages), plan);
	expect(titledPages(hits, { '/zh/appeal/': { url: '/zh/appeal/', title: '申诉身份验证失败' } }, plan)).toBeNull();
});
