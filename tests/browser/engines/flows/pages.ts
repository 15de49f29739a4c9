import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { focus, pageOfEachType, waitForHydration, waitForUrl, waitUntil } from '../support/flow-helpers';
import type { Flow } from '../support/suite';

/** The id of the second section of a built guide, read from the file the server sends. */
const secondSectionId = (locale: string, slug: string) => [...readFileSync(`dist/${locale}/${slug}/index.html`, 'utf8').matchAll(/<h2 id="([^"]+)"/g)][1]![1]!;

export const flows: Flow[] = [
	...([
		[390, 844],
		[1280, 900],
	] as const).map(
		([width, height]): Flow => ({
			name: `one page of each type in both languages loads, hydrates its islands and does not scroll sideways at ${width} px`,
			async run(page, site) {
				await page.setViewport(width, height);
				const problems: string[] = [];
				for (const path of pageOfEachType()) {
					await page.goto(site.at(path));
					await waitForHydration(page);
					const { heading, scrollWidth, clientWidth } = await page.evaluate(() => ({
						heading: document.querySelector('main h1')?.textContent?.trim() ?? '',
						scrollWidth: document.documentElement.scrollWidth,
						clientWidth: document.documentElement.clientWidth,
					}));
					if (!heading) problems.push(`${path}: no heading`);
					if (scrollWidth > clientWidth) problems.push(`${path}: ${scrollWidth} px of content in ${clientWidth} px`);
				}
				expect(problems).toEqual([]);
			},
		})
	),
	{
		name: 'English text has narrow quotes and apostrophes, not the full-width ones of a Chinese font',
		async run(page, site) {
			await page.goto(site.at('/en/appeal/'));
			const widths = await page.evaluate(() =>
				['’', '“', '”'].map((mark) => {
					const probe = document.createElement('span');
					probe.textContent = mark;
					document.querySelector('main p')!.append(probe);
					const em = probe.getBoundingClientRect().width / parseFloat(getComputedStyle(probe).fontSize);
					probe.remove();
					return `${mark} ${em < 0.6 ? 'narrow' : `${em.toFixed(2)} em`}`;
				})
			);
			expect(widths).toEqual(['’ narrow', '“ narrow', '” narrow']);
		},
	},
	{
		name: 'the language switch keeps the page and the #section, both ways',
		async run(page, site) {
			for (const [from, to] of [
				['zh', 'en'],
				['en', 'zh'],
			] as const) {
				const id = secondSectionId(from, 'appeal');
				await page.goto(site.at(`/${from}/appeal/#${id}`));
				await waitForHydration(page);
				await focus(page, '.language-switch a');
				await page.press('Enter');
				const url = await waitForUrl(page, (url) => url.pathname === `/${to}/appeal/`);
				expect(url.hash).toBe(`#${id}`);
				await waitUntil(page, (top) => top < 200, (section: string) => document.getElementById(section)?.getBoundingClientRect().top ?? Infinity, id);
			}
		},
	},
];
