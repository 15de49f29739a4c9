import { describe, expect, test } from 'vitest';
import { evaluate, walk } from '../../src/lib/quiz/engine';
import { localizeTree } from '../../src/lib/quiz/localize';
import { completePaths } from '../../src/lib/quiz/validate-tree';
import { fixtureQuiz } from './quiz-fixture';

describe('localizeTree', () => {
	test('keeps only the chosen language, everywhere there is text', () => {
		const zh = localizeTree(fixtureQuiz, 'zh');
		expect(zh.title).toBe('【Fixture】');
		expect(zh.questions[0]!.prompt).toBe('【Where are you?】');
		expect(zh.questions[0]!.choices.map((choice) => choice.label)).toEqual(['【Got an e-mail】', '【Cannot log in】']);
		const json = JSON.stringify(localizeTree(fixtureQuiz, 'en'));
		expect(json).not.toContain('【');
		expect(json).not.toMatch(/"(en|zh)":/);
	});

	test('changes nothing the engine reads: every path walks and evaluates the same', () => {
		const en = localizeTree(fixtureQuiz, 'en');
		for (const answers of completePaths(fixtureQuiz)) {
			expect(walk(en, answers).answered.map((question) => question.id)).toEqual(walk(fixtureQuiz, answers).answered.map((question) => question.id));
			const ranked = (tree: typeof en | typeof fixtureQuiz) => evaluate<unknown>(tree, answers).map(({ outcome, likelihood }) => [outcome.id, likelihood]);
			expect(ranked(en)).toEqual(ranked(fixtureQuiz));
		}
	});

	test('leaves out help that a question does not have', () => {
		const en = localizeTree(fixtureQuiz, 'en');
		fixtureQuiz.questions.forEach((question, index) => expect('help' in en.questions[index]!).toBe('help' in question));
	});
});
