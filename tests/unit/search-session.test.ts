import { describe, expect, test } from 'vitest';
import { spaceHan } from '../../src/lib/search/han-text';
import { INDEX_WARM_UP_QUERY, SEARCH_WARM_UP_QUERY } from '../../src/lib/search/index-warm-up';
import type { Pagefind } from '../../src/lib/search/pagefind-types';
import { createSearchSession, type SearchState } from '../../src/lib/search/search-session';
import { fakePagefind } from './search-fake-pagefind';

const corpus = Array.from({ length: 7 }, (_, index) => ({ url: `/zh/page-${index}/`, title: spaceHan(`第${index}页`), text: spaceHan('提交申诉，上传营业执照') }));

function session(pagefind: () => Promise<Pagefind>, extra: Partial<Parameters<typeof createSearchSession>[0]> = {}) {
	const states: SearchState[] = [];
	const search = createSearchSession({
		loadPagefind: pagefind,
		pageSize: 3,
		...extra,
		onChange: (state) => {
			states.push(state);
			extra.onChange?.(state);
		},
	});
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

	test('with the page titles, shows the pages found before their fragments load, then fills them in', async () => {
		const pagefind = fakePagefind(corpus);
		const titles = Object.fromEntries(corpus.map((page) => [page.url, { url: page.url, title: page.title.replace(/ /g, '') }]));
		let dataCallsAtFirstResults: number | undefined;
		let firstResultsFilling: boolean | undefined;
		const s = session(async () => pagefind, {
			loadPageTitles: async () => titles,
			onChange: (state) => {
				if (state.status === 'results' && dataCallsAtFirstResults === undefined) {
					dataCallsAtFirstResults = pagefind.dataCalls;
					firstResultsFilling = state.filling === true;
				}
			},
		});
		await s.search('申诉');
		expect(dataCallsAtFirstResults).toBe(0);
		expect(firstResultsFilling).toBe(true);
		expect(pagefind.dataCalls).toBe(3);
		expect(s.last().filling).toBeUndefined();
		expect(s.last().pages.map((page) => page.excerpt.length > 0)).toEqual([true, true, true]);
	});

	test('“more” pressed while the first batch fills in adds the next batch once', async () => {
		const pagefind = fakePagefind(corpus);
		const titles = Object.fromEntries(corpus.map((page) => [page.url, { url: page.url, title: page.title }]));
		const more: Promise<void>[] = [];
		const s = session(async () => pagefind, {
			loadPageTitles: async () => titles,
			onChange: (state) => {
				// The titled first batch is up: the reader asks for more twice before it is filled in.
				if (state.status === 'results' && more.length === 0 && state.pages.every((page) => page.excerpt.length === 0)) more.push(s.showMore(), s.showMore());
			},
		});
		await s.search('申诉');
		expect(more).toHaveLength(2);
		await Promise.all(more);
		expect(s.last().pages.map((page) => page.url)).toEqual(corpus.slice(0, 6).map((page) => page.url));
		expect(s.last().pages.every((page) => page.excerpt.length > 0)).toBe(true);
	});

	/** A fake whose preload and searches are recorded in order, in `events`. */
	const recording = () => {
		const events: string[] = [];
		const pagefind = fakePagefind(corpus);
		const search = pagefind.search.bind(pagefind);
		return Object.assign(pagefind, {
			events,
			preload: async (query: string) => void events.push(`preload ${query}`),
			search: (query: string) => (events.push(`search ${query}`), search(query)),
		});
	};

	test('with preloadIndex, the whole index loads once search is ready, then one warm-up search runs unless the reader has typed', async () => {
		const idle = recording();
		session(async () => idle, { preloadIndex: true }).preload();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(idle.events).toEqual([`preload ${INDEX_WARM_UP_QUERY}`, `search ${SEARCH_WARM_UP_QUERY}`]);

		const typing = recording();
		await session(async () => typing, { preloadIndex: true }).search('申诉');
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(typing.events).toContain(`preload ${INDEX_WARM_UP_QUERY}`);
		expect(typing.events).not.toContain(`search ${SEARCH_WARM_UP_QUERY}`);
	});

	test('a query typed before search is ready runs first, alone; the index preload follows it', async () => {
		const pagefind = recording();
		await session(async () => pagefind, { preloadIndex: true }).search('申诉');
		const preloadAt = pagefind.events.indexOf(`preload ${INDEX_WARM_UP_QUERY}`);
		expect(preloadAt).toBeGreaterThan(0);
		expect(pagefind.events.slice(0, preloadAt)).toEqual([`search ${spaceHan('申诉')}`, `search "${spaceHan('申诉')}"`]);
	});

	test('a first query with nothing to search still lets the index preload begin', async () => {
		const pagefind = recording();
		await session(async () => pagefind, { preloadIndex: true }).search('。。。');
		expect(pagefind.events).toEqual([`preload ${INDEX_WARM_UP_QUERY}`]);
	});

	test('without preloadIndex (English), nothing loads before a query but Pagefind itself', async () => {
		const pagefind = recording();
		session(async () => pagefind).preload();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(pagefind.events).toEqual([]);
	});

	test('with excerptDelayMs, a query typed past before the delay shows its titles but loads no fragment', async () => {
		const pagefind = fakePagefind(corpus);
		const titles = Object.fromEntries(corpus.map((page) => [page.url, { url: page.url, title: page.title }]));
		const s = session(async () => pagefind, { loadPageTitles: async () => titles, excerptDelayMs: 20 });
		const passing = s.search('申');
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(s.last()).toMatchObject({ query: '申', status: 'results', filling: true });
		await s.search('申诉');
		await passing;
		expect(pagefind.dataCalls).toBe(3);
		expect(s.last()).toMatchObject({ query: '申诉', status: 'results' });
		expect(s.last().filling).toBeUndefined();
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
