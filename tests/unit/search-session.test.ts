import { describe, expect, test } from 'vitest';
import { spaceHan } from '../../src/lib/search/han-text';
import type { Pagefind } from '../../src/lib/search/pagefind-types';
import { createSearchSession, type SearchState } from '../../src/lib/search/search-session';
import { fakePagefind } from './search-fake-pagefind';

const corpus = Array.from({ length: 7 }, (_, index) => ({ url: `/zh/page-${index}/`, title: spaceHan(`第${index}页`), text: spaceHan('提交申诉，上传营业执照') }));

function session(pagefind: () => Promise<Pagefind>, extra: Partial<Parameters<typeof createSearchSession>[0]> = {}) {
	const states: SearchState[] = [];
	const search = createSearchSession({ loadPagefind: pagefind, pageSize: 3, onChange: (state) => states.push(state), ...extra });
	return { ...search, states, last: () => states.at(-1)! };
}

describe('a search session', () => {
	test('shows the first batch of results, then more on request', async () => {
		const pagefind = fakePagefind(corpus);
		const s = session(async () => pagefind);
		await s.search('申诉');
		expect(s.last()).toMatchObject({ query: '申诉', status: 'results', total: 7 });
		expect(s.last().pages).toHaveLength(3);
		expect(pagefind.dataCalls).toBe(3);
		await s.showMore();
		await s.showMore();
		expect(s.last().pages.map((page) => page.url)).toEqual(corpus.map((page) => page.url));
	});

	test('converts Traditional characters with the loaded table', async () => {
		const s = session(async () => fakePagefind(corpus), { loadCharacterMap: async () => ({ 訴: '诉', 營: '营', 業: '业', 執: '执' }) });
		await s.search('營業執照');
		expect(s.last()).toMatchObject({ status: 'results', total: 7 });
	});

	test('reports no results, nothing to search, and an empty field', async () => {
		const s = session(async () => fakePagefind(corpus));
		await s.search('视频通话');
		expect(s.last().status).toBe('none');
		await s.search('。。。');
		expect(s.last().status).toBe('unsearchable');
		await s.search('   ');
		expect(s.last()).toMatchObject({ status: 'idle', pages: [] });
	});

	test('an older query that answers late never replaces a newer one', async () => {
		const pagefind = fakePagefind(corpus);
		const held: (() => void)[] = [];
		const release = () => held.forEach((resolve) => resolve());
		const slow: Pagefind = {
			options: pagefind.options,
			search: async (query) => {
				if (query.includes('申')) await new Promise<void>((resolve) => held.push(resolve));
				return pagefind.search(query);
			},
		};
		const s = session(async () => slow);
		const first = s.search('申诉');
		await new Promise((resolve) => setTimeout(resolve, 0));
		await s.search('营业');
		release();
		await first;
		expect(s.last()).toMatchObject({ query: '营业', status: 'results' });
	});

	test('a failed load says so, and the next query tries again', async () => {
		let attempts = 0;
		const s = session(async () => {
			attempts += 1;
			if (attempts === 1) throw new Error('offline');
			return fakePagefind(corpus);
		});
		await s.search('申诉');
		expect(s.last().status).toBe('failed');
		await s.search('申诉');
		expect(s.last().status).toBe('results');
	});

	test('on the development server it says search is unavailable without loading anything', async () => {
		const s = session(async () => {
			throw new Error('must not load');
		}, { unavailable: true });
		await s.search('申诉');
		expect(s.last().status).toBe('unavailable');
	});
});
