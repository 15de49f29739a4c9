import { expect } from 'vitest';
import { readQuizTree } from '../../../support/content-data';
import type { Flow } from '../support/suite';

const failureQuiz = readQuizTree('failure-quiz');

export const flows: Flow[] = [
	{
		name: 'without JavaScript: language links, a search link and notice, the quiz as a checklist, the appeal guide linked',
		javaScript: false,
		async run(page, site) {
			await page.goto(site.at('/'));
			expect(new URL(await page.url()).pathname).toBe('/');
			expect(await page.evaluate(() => [...document.querySelectorAll('.language-choice a')].map((link) => link.getAttribute('href')))).toEqual(['/zh/', '/en/']);

			await page.goto(site.at('/zh/appeal/'));
			expect(await page.evaluate(() => document.querySelector('[data-search-entry]')?.getAttribute('href'))).toBe('/zh/search/');

			await page.goto(site.at(`/zh/search/?q=${encodeURIComponent('申诉')}`));
			expect(await page.evaluate(() => document.querySelector('.search-noscript')?.textContent)).toContain('JavaScript');

			await page.goto(site.at('/zh/failure-quiz/'));
			const outcomes = await page.evaluate(() => [...document.querySelectorAll('.quiz-checklist .outcome')].map((card) => card.id));
			expect(outcomes.sort()).toEqual(failureQuiz.outcomes.map((outcome) => outcome.id).sort());

			await page.goto(site.at('/en/appeal-generator/'));
			expect(await page.evaluate(() => document.querySelectorAll('main a[href="/en/appeal/#step-describe-issue"]').length)).toBe(1);
		},
	},
];
