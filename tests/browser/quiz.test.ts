import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { evaluate, progress, walk, type Answers } from '../../src/lib/quiz/engine';
import type { QuizTree } from '../../src/lib/quiz/types';
import { encodeAnswers } from '../../src/lib/quiz/url-state';
import { axeViolations } from './support/axe';
import { openPage, useChromium } from './support/browser';
import { readQuizTree } from '../support/content-data';

const failureQuiz = readQuizTree('failure-quiz');
const loginQuiz = readQuizTree('login-quiz');

const browser = useChromium();
const site = inject('rootSiteUrl');

const quizUrl = (tree: QuizTree, locale: 'zh' | 'en', query = '') => new URL(`${locale}/${tree.id}/${query}`, site).href;
const shownOutcomes = (page: Page) => page.locator('.quiz-results .outcome').evaluateAll((cards) => cards.map((card) => card.id));
const currentQuestion = (page: Page) => page.locator('.quiz legend').getAttribute('data-question');

/** Answers every question with its last choice, the way a keyboard user would. */
async function answerByKeyboard(page: Page, tree: QuizTree): Promise<Answers> {
	const answers: Record<string, string[]> = {};
	for (let step = 0; step < 30; step++) {
		const { current } = walk(tree, answers);
		if (!current) break;
		await expect.poll(() => currentQuestion(page)).toBe(current.id);
		// Each new question takes the focus, so the reader goes on from there.
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-question'))).toBe(current.id);
		const last = current.choices.at(-1)!;
		// The focused question's legend → Tab to the first input → arrows or Tab to the last choice.
		await page.keyboard.press('Tab');
		if (current.kind === 'single') {
			for (let i = 1; i < current.choices.length; i++) await page.keyboard.press('ArrowDown');
		} else {
			for (let i = 1; i < current.choices.length; i++) await page.keyboard.press('Tab');
			await page.keyboard.press('Space');
		}
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(last.id);
		answers[current.id] = [last.id];
		while (!(await page.evaluate(() => document.activeElement?.getAttribute('type') === 'submit'))) await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
	}
	return answers;
}

describe.each([failureQuiz, loginQuiz])('the $id quiz', (tree) => {
	test('can be completed by keyboard, and shows what the engine says the answers point to', async () => {
		const { page, problems } = await openPage(browser());
		await page.goto(quizUrl(tree, 'en'));
		await page.locator('.quiz legend').focus();
		const answers = await answerByKeyboard(page, tree);
		await page.locator('.quiz-results').waitFor();
		expect(await shownOutcomes(page)).toEqual(evaluate(tree, answers).map(({ outcome }) => outcome.id));
		expect(new URL(page.url()).searchParams.get('a')).toBe(encodeAnswers(tree, answers));
		expect(problems.consoleErrors).toEqual([]);
		expect(problems.pageErrors).toEqual([]);
		await page.context().close();
	});

	test('a shared link reproduces the result, after a reload and in the other language', async () => {
		const { page } = await openPage(browser());
		const answers = Object.fromEntries(walkFirstChoices(tree));
		const expected = evaluate(tree, answers).map(({ outcome }) => outcome.id);
		await page.goto(quizUrl(tree, 'zh', `?a=${encodeAnswers(tree, answers)}`));
		await expect.poll(() => shownOutcomes(page)).toEqual(expected);
		await page.reload();
		await expect.poll(() => shownOutcomes(page)).toEqual(expected);
		await page.locator('.language-switch a').click();
		await page.waitForURL(`**/en/${tree.id}/?a=*`);
		await expect.poll(() => shownOutcomes(page)).toEqual(expected);
		await page.context().close();
	});
});

test('back and the browser’s back button return to the previous question with its answer', async () => {
	const { page } = await openPage(browser());
	await page.goto(quizUrl(failureQuiz, 'en'));
	const first = failureQuiz.questions.find((question) => question.id === failureQuiz.start)!;
	await page.locator(`input[name="${first.id}"]`).first().check();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect.poll(() => currentQuestion(page)).not.toBe(first.id);
	await page.getByRole('button', { name: 'Back' }).click();
	await expect.poll(() => currentQuestion(page)).toBe(first.id);
	expect(await page.locator(`input[name="${first.id}"]`).first().isChecked()).toBe(true);
	await page.getByRole('button', { name: 'Next' }).click();
	await page.goBack();
	await expect.poll(() => currentQuestion(page)).toBe(first.id);
	await page.context().close();
});

test('“Next” without an answer to a one-answer question asks for one and stays', async () => {
	const { page } = await openPage(browser());
	await page.goto(quizUrl(failureQuiz, 'zh'));
	await page.getByRole('button', { name: '下一题' }).click();
	expect(await page.getByRole('alert').textContent()).toBe('请选择一个答案再继续。');
	expect(await currentQuestion(page)).toBe(failureQuiz.start);
	await page.context().close();
});

describe('a bad link restarts cleanly at the first open question with a notice', () => {
	const start = failureQuiz.questions.find((question) => question.id === failureQuiz.start)!;
	const [firstChoice, secondChoice] = start.choices;
	const afterFirst = walk(failureQuiz, { [start.id]: [firstChoice!.id] }).current!.id;
	test.each([
		['escapes that do not decode', '?a=%%%', start.id],
		['unknown words', '?a=nonsense', start.id],
		['a very long address', '?a=' + 'x_y.'.repeat(2000), start.id],
		['two answers to a one-answer question', `?a=${start.id}_${firstChoice!.id}~${secondChoice!.id}`, start.id],
		['a good first answer, then junk', `?a=${start.id}_${firstChoice!.id}.zz_top`, afterFirst],
	])('%s', async (_, query, expectedQuestion) => {
		const { page, problems } = await openPage(browser());
		await page.goto(quizUrl(failureQuiz, 'en', query));
		await expect.poll(() => page.locator('.quiz-notice').textContent()).toContain('could not be used');
		expect(await currentQuestion(page)).toBe(expectedQuestion);
		expect(problems.consoleErrors).toEqual([]);
		expect(problems.pageErrors).toEqual([]);
		await page.context().close();
	});
});

test('without JavaScript the page shows every cause and fix as a checklist, anchored by outcome id', async () => {
	const { page } = await openPage(browser(), { javaScriptEnabled: false });
	await page.goto(quizUrl(failureQuiz, 'zh'));
	const ids = await page.locator('.quiz-checklist .outcome').evaluateAll((cards) => cards.map((card) => card.id).sort());
	expect(ids).toEqual(failureQuiz.outcomes.map((outcome) => outcome.id).sort());
	await page.context().close();
});

describe.each(['light', 'dark'] as const)('accessibility in the %s scheme', (colorScheme) => {
	test.each(['zh', 'en'] as const)('axe finds no violation on a question and on the results (%s)', async (locale) => {
		const { page } = await openPage(browser(), { bypassCSP: true, colorScheme });
		await page.goto(quizUrl(failureQuiz, locale));
		await page.locator('.quiz legend').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		const answers = Object.fromEntries(walkFirstChoices(failureQuiz));
		await page.goto(quizUrl(failureQuiz, locale, `?a=${encodeAnswers(failureQuiz, answers)}`));
		await page.locator('.quiz-results').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});

/** The answers of a reader who always picks the first choice. */
function walkFirstChoices(tree: QuizTree): [string, string[]][] {
	const answers: Record<string, string[]> = {};
	for (let { current } = walk(tree, answers); current; { current } = walk(tree, answers)) answers[current.id] = [current.choices[0]!.id];
	return Object.entries(answers);
}

describe.each([
	['en', (n: number, total: number) => `Question ${n} of ${total}`, 'Back', 'Start again', 'Copy link to this result'],
	['zh', (n: number, total: number) => `第 ${n} 题，共 ${total} 题`, '上一题', '重新开始', '复制此结果的链接'],
] as const)('the quiz in %s', (locale, progressText, backLabel, restartLabel, copyLabel) => {
	test('counts the questions as "n of the longest path still ahead"', async () => {
		const { page } = await openPage(browser());
		await page.goto(quizUrl(loginQuiz, locale));
		const answers: Record<string, string[]> = {};
		for (let { current } = walk(loginQuiz, answers); current; { current } = walk(loginQuiz, answers)) {
			const expected = progress(loginQuiz, answers)!;
			await expect.poll(() => currentQuestion(page)).toBe(current.id);
			expect(await page.locator('.quiz-progress span').textContent()).toBe(progressText(expected.number, expected.total));
			// The total is never fewer than the questions the reader will in fact see on this path.
			expect(expected.total).toBeGreaterThanOrEqual(expected.number);
			await page.locator(`input[name="${current.id}"]`).first().check();
			answers[current.id] = [current.choices[0]!.id];
			await page.locator('.quiz button[type="submit"]').click();
		}
		await page.locator('.quiz-results').waitFor();
		await page.context().close();
	});

	test("after the browser's Back the question has the focus, and Back and Start again are apart, each 44 px tall", async () => {
		const { page } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
		await page.goto(quizUrl(failureQuiz, locale));
		await page.locator(`input[name="${failureQuiz.start}"]`).first().check();
		await page.locator('.quiz button[type="submit"]').click();
		await expect.poll(() => currentQuestion(page)).not.toBe(failureQuiz.start);
		const back = page.getByRole('button', { name: backLabel, exact: true });
		const restart = page.getByRole('button', { name: restartLabel, exact: true });
		const [backBox, restartBox] = [(await back.boundingBox())!, (await restart.boundingBox())!];
		expect(backBox.height).toBeGreaterThanOrEqual(44);
		expect(restartBox.height).toBeGreaterThanOrEqual(44);
		// Not neighbouring targets: at least 32 px of page between them, whichever way they are laid out.
		const gap = Math.max(restartBox.y - (backBox.y + backBox.height), backBox.y - (restartBox.y + restartBox.height), restartBox.x - (backBox.x + backBox.width), backBox.x - (restartBox.x + restartBox.width));
		expect(gap).toBeGreaterThanOrEqual(32);
		await page.goBack();
		await expect.poll(() => currentQuestion(page)).toBe(failureQuiz.start);
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-question'))).toBe(failureQuiz.start);
		// Forward to the next question, and Back from the results: the focus follows each time.
		await page.goForward();
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-question'))).toBe(walk(failureQuiz, { [failureQuiz.start]: [walk(failureQuiz, {}).current!.choices[0]!.id] }).current!.id);
		await page.context().close();
	});

	test('"copy link to this result" copies an address that reopens the same result', async () => {
		const { page } = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
		const answers = Object.fromEntries(walkFirstChoices(loginQuiz));
		const expected = evaluate(loginQuiz, answers).map(({ outcome }) => outcome.id);
		await page.goto(quizUrl(loginQuiz, locale));
		// Reach the result by answering, so the address is the one the quiz itself wrote.
		for (let { current } = walk(loginQuiz, {}), given: Answers = {}; current; { current } = walk(loginQuiz, given)) {
			await expect.poll(() => currentQuestion(page)).toBe(current.id);
			await page.locator(`input[name="${current.id}"]`).first().check();
			given = { ...given, [current.id]: [current.choices[0]!.id] };
			await page.locator('.quiz button[type="submit"]').click();
		}
		await expect.poll(() => shownOutcomes(page)).toEqual(expected);
		await page.getByRole('button', { name: copyLabel }).click();
		await expect.poll(() => page.locator('.quiz-results [role="status"]').textContent()).not.toBe('');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(copied).pathname).toBe(new URL(quizUrl(loginQuiz, locale)).pathname);
		const fresh = await openPage(browser());
		await fresh.page.goto(copied);
		await expect.poll(() => shownOutcomes(fresh.page)).toEqual(expected);
		await fresh.page.context().close();
		await page.context().close();
	});
});
