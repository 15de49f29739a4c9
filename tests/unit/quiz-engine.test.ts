import { describe, expect, test } from 'vitest';
import { evaluate, longestPath, matches, progress, walk } from '../../src/lib/quiz/engine';
import { fixtureQuiz } from './quiz-fixture';

describe('walk', () => {
	test('starts at the first question', () => {
		expect(walk(fixtureQuiz, {}).current?.id).toBe('where');
	});
	test('follows the default next question and a branch that ends the quiz', () => {
		expect(walk(fixtureQuiz, { where: ['email'] }).current?.id).toBe('photos');
		expect(walk(fixtureQuiz, { where: ['login'] })).toEqual({ answered: [fixtureQuiz.questions[0]], current: null });
	});
	test('accepts no choice at all on a multiple-choice question', () => {
		expect(walk(fixtureQuiz, { where: ['email'], photos: [] }).current?.id).toBe('device');
	});
	test('stops at a question whose answer does not fit it', () => {
		expect(walk(fixtureQuiz, { where: ['email', 'login'] }).current?.id).toBe('where');
		expect(walk(fixtureQuiz, { where: ['nowhere'] }).current?.id).toBe('where');
		expect(walk(fixtureQuiz, { where: ['email'], photos: ['corners', 'corners'] }).current?.id).toBe('photos');
	});
});

test('conditions combine with all, any and not', () => {
	const answers = { photos: ['corners'] };
	expect(matches({ chose: ['photos', 'corners'] }, answers)).toBe(true);
	expect(matches({ all: [{ chose: ['photos', 'corners'] }, { chose: ['photos', 'screenshot'] }] }, answers)).toBe(false);
	expect(matches({ any: [{ chose: ['photos', 'screenshot'] }, { chose: ['photos', 'corners'] }] }, answers)).toBe(true);
	expect(matches({ not: { chose: ['device', 'yes'] } }, answers)).toBe(true);
});

describe('evaluate', () => {
	test('ranks outcomes by likelihood and gives each its best rule', () => {
		const ranked = evaluate(fixtureQuiz, { where: ['email'], photos: ['corners', 'screenshot'], device: ['yes'] });
		expect(ranked.map(({ outcome, likelihood }) => `${outcome.id}:${likelihood}`)).toEqual(['photo-quality:high', 'device-fine:low']);
	});
	test('falls back to the no-clear-cause outcome when nothing points to a cause', () => {
		expect(evaluate(fixtureQuiz, { where: ['email'], photos: [], device: ['no'] }).map(({ outcome }) => outcome.id)).toEqual(['no-clear-cause']);
	});
	test('ignores answers left over from a branch not taken', () => {
		expect(evaluate(fixtureQuiz, { where: ['login'], photos: ['corners'] }).map(({ outcome }) => outcome.id)).toEqual(['login-help']);
	});
});

test('the longest path counts the questions a reader may have to answer', () => {
	expect(longestPath(fixtureQuiz)).toBe(3);
});

describe('progress', () => {
	test('counts the longest path ahead from the question on screen', () => {
		expect(progress(fixtureQuiz, {})).toEqual({ number: 1, total: 3 });
		expect(progress(fixtureQuiz, { where: ['email'] })).toEqual({ number: 2, total: 3 });
		expect(progress(fixtureQuiz, { where: ['email'], photos: [] })).toEqual({ number: 3, total: 3 });
	});
	test('is null once the answers reach the results', () => {
		expect(progress(fixtureQuiz, { where: ['login'] })).toBeNull();
		expect(progress(fixtureQuiz, { where: ['email'], photos: [], device: ['no'] })).toBeNull();
	});
	test('shrinks the total when a branch skips questions', () => {
		const shortcut = { ...fixtureQuiz, questions: fixtureQuiz.questions.map((question) => (question.id === 'where' ? { ...question, choices: [...question.choices, { id: 'skip', label: question.choices[0]!.label, next: 'device' }] } : question)) };
		expect(progress(shortcut, {})).toEqual({ number: 1, total: 3 });
		expect(progress(shortcut, { where: ['skip'] })).toEqual({ number: 2, total: 2 });
	});
	test('counts from any question', () => {
		expect(longestPath(fixtureQuiz, 'device')).toBe(1);
		expect(longestPath(fixtureQuiz, 'photos')).toBe(2);
	});
});
