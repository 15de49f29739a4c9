import { expect } from 'vitest';
import type { EnginePage } from '../support/engine';
import { waitForHydration, waitForUrl, waitUntil } from '../support/flow-helpers';
import type { Flow, Site } from '../support/suite';

/** Opens the search page with `?q=` and returns the pages of the first batch of results. */
async function searchPageResults(page: EnginePage, site: Site, locale: string, query: string): Promise<string[]> {
	await page.goto(site.at(`/${locale}/search/?q=${encodeURIComponent(query)}`));
	await waitUntil(
		page,
		(status) => /^(results|none) .*“/.test(status) && status.includes(`“${query}”`),
		() => {
			const status = document.querySelector('.search-page .search-status');
			return `${status?.getAttribute('data-status')} ${status?.textContent}`;
		}
	);
	expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('.search-page .search-input')?.value)).toBe(query);
	return page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('.search-page .search-result-page')].map((link) => new URL(link.href).pathname));
}

export const flows: Flow[] = [
	{
		name: 'search through the dialog: “/” opens it, Chinese and English queries find pages, Enter opens the chosen one',
		async run(page, site) {
			for (const [path, query] of [
				['/zh/faq/', '申诉'],
				['/en/faq/', 'appeal'],
			] as const) {
				await page.goto(site.at(path));
				await waitForHydration(page);
				await page.press('/');
				await waitUntil(page, (focused) => focused, () => document.activeElement?.matches('.search-dialog .search-input') ?? false);
				await page.type(query);
				await waitUntil(page, (value) => value === query, () => document.querySelector<HTMLInputElement>('.search-dialog .search-input')?.value);
				await waitUntil(page, (count) => count > 0, () => document.querySelectorAll('.search-dialog .search-result').length);
				await page.press('ArrowDown');
				const target = await waitUntil(page, Boolean, () => document.querySelector<HTMLAnchorElement>('.search-dialog [aria-selected="true"]')?.href);
				await page.press('Enter');
				const url = await waitForUrl(page, (url) => url.href === target);
				if (url.hash) expect(await page.evaluate((id) => document.getElementById(id) !== null, decodeURIComponent(url.hash.slice(1)))).toBe(true);
			}
		},
	},
	{
		name: 'search through ?q=: Simplified 申诉, Traditional 申訴 (the same pages) and English appeal',
		async run(page, site) {
			const simplified = await searchPageResults(page, site, 'zh', '申诉');
			expect(simplified).toContain('/zh/appeal/');
			expect(await searchPageResults(page, site, 'zh', '申訴')).toEqual(simplified);
			expect(await searchPageResults(page, site, 'en', 'appeal')).toContain('/en/appeal/');
		},
	},
];
