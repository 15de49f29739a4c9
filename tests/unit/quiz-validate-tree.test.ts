import { describe, expect, test } from 'vitest';
import type { QuizTree } from '../../src/lib/quiz/types';
import { completePaths, validateTree } from '../../src/lib/quiz/validate-tree';
import { fixtureQuiz } from './quiz-fixture';

const everySectionExists = () => true;

test('a sound quiz has no problems', () => {
	expect(validateTree(fixtureQuiz, everySectionExists)).toEqual([]);
});

test('enumerates every way through, trying none, each and all answers of a multiple-choice question', () => {
	// "login" ends at once; "email" goes on through 4 photo answers × 2 device answers.
	expect(completePaths(fixtureQuiz)).toHaveLength(1 + 4 * 2);
});

describe('names what is wrong', () => {
	const broken = (change: Partial<QuizTree>) => validateTree({ ...fixtureQuiz, ...change }, everySectionExists);

	test('a dangling next question and an unreachable one', () => {
		const questions = fixtureQuiz.questions.map((question) => (question.id === 'photos' ? { ...question, next: 'nowhere' } : question));
		expect(broken({ questions })).toEqual(['fixture: question "photos" leads to "nowhere", which does not exist', 'fixture: question "device" cannot be reached from the start']);
	});
	test('a loop', () => {
		const questions = fixtureQuiz.questions.map((question) => (question.id === 'device' ? { ...question, next: 'where' } : question));
		expect(broken({ questions })).toContain('fixture: the path where → photos → device → where loops and never ends');
	});
	test('an outcome no answers reach, and a rule testing a choice that does not exist', () => {
		const rules = fixtureQuiz.rules.filter((rule) => rule.outcome !== 'device-fine').concat({ outcome: 'device-fine', likelihood: 'low', when: { chose: ['device', 'maybe'] } });
		expect(broken({ rules })).toEqual([
			'fixture: a rule for "device-fine" tests "device/maybe", which does not exist',
			'fixture: outcome "device-fine" is never reached by any answers',
		]);
	});
	test('answers that end without any outcome', () => {
		const rules = fixtureQuiz.rules.filter((rule) => rule.outcome !== 'no-clear-cause');
		const problems = validateTree({ ...fixtureQuiz, rules, outcomes: fixtureQuiz.outcomes.filter((outcome) => outcome.id !== 'no-clear-cause') }, everySectionExists);
		expect(problems).toEqual([expect.stringContaining('ways through the quiz end without any outcome')]);
	});
	test('a link to a section that does not exist', () => {
		const problems = validateTree(fixtureQuiz, (guide, section) => !(guide === 'document-requirements' && section === 'checklist'));
		expect(problems).toEqual(['fixture: outcome "photo-quality" links to document-requirements#checklist, which does not exist']);
	});
	test('duplicate ids', () => {
		expect(broken({ outcomes: [...fixtureQuiz.outcomes, fixtureQuiz.outcomes[0]!] })).toContain('fixture: outcome id "photo-quality" is used twice');
	});
});
