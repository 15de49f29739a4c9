import { expect } from 'vitest';
import { evaluate, walk } from '../../../../src/lib/quiz/engine';
import { encodeAnswers } from '../../../../src/lib/quiz/url-state';
import { readQuizTree } from '../../../support/content-data';
import type { EnginePage } from '../support/engine';
import { focus, waitForHydration, waitUntil } from '../support/flow-helpers';
import type { Flow } from '../support/suite';

// The quiz is content now (src/content/quizzes/failure-quiz.yaml), read as the quiz tests read it.
const failureQuiz = readQuizTree('failure-quiz');

const shownOutcomes = (page: EnginePage) => page.evaluate(() => [...document.querySelectorAll('.quiz-results .outcome')].map((card) => card.id));

export const flows: Flow[] = [
	{
		name: 'the failure quiz: answered by keyboard, its result and URL state survive a reload',
		async run(page, site) {
			await page.goto(site.at(`/zh/${failureQuiz.id}/`));
			await waitForHydration(page);
			await focus(page, '.quiz legend');
			// Every question answered with its last choice, as a keyboard user reaches it.
			const answers: Record<string, string[]> = {};
			for (let { current } = walk(failureQuiz, answers); current; { current } = walk(failureQuiz, answers)) {
				// Each new question takes the focus, so the reader goes on from there.
				await waitUntil(page, (focused) => focused === current!.id, () => document.activeElement?.getAttribute('data-question'));
				await page.press('Tab');
				if (current.kind === 'single') {
					for (let i = 1; i < current.choices.length; i++) await page.press('ArrowDown');
				} else {
					for (let i = 1; i < current.choices.length; i++) await page.press('Tab');
					await page.press('Space');
				}
				const last = current.choices.at(-1)!;
				expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(last.id);
				answers[current.id] = [last.id];
				for (let presses = 0; presses < 20 && !(await page.evaluate(() => document.activeElement?.getAttribute('type') === 'submit')); presses++) await page.press('Tab');
				await page.press('Enter');
			}
			const expected = evaluate(failureQuiz, answers).map(({ outcome }) => outcome.id);
			await waitUntil(page, (count) => count > 0, () => document.querySelectorAll('.quiz-results .outcome').length);
			expect(await shownOutcomes(page)).toEqual(expected);
			expect(new URL(await page.url()).searchParams.get('a')).toBe(encodeAnswers(failureQuiz, answers));
			await page.reload();
			await waitForHydration(page);
			await waitUntil(page, (count) => count > 0, () => document.querySelectorAll('.quiz-results .outcome').length);
			expect(await shownOutcomes(page)).toEqual(expected);
		},
	},
];
