import { isValidAnswer, questionMap, walk, type Answers } from './engine';
import type { QuizTree } from './types';

/**
 * Answers travel in the URL (`?a=where_email.genuine_yes.photos_corners~screenshot`) so a result
 * can be bookmarked, shared and reloaded. Only characters that need no escaping are used: ids
 * are lowercase ASCII with hyphens, "_" ends a question id, "~" separates choices, "." entries.
 */
export const ANSWERS_PARAM = 'a';

export function encodeAnswers(tree: QuizTree<unknown>, answers: Answers): string {
	return walk(tree, answers)
		.answered.map((question) => `${question.id}_${(answers[question.id] ?? []).join('~')}`)
		.join('.');
}

export type DecodeProblem = 'malformed' | 'unknown' | 'contradictory';

export interface Decoded {
	/** The answers that could be used; the reader continues at the first question without one. */
	readonly answers: Answers;
	/** Why some of the URL was dropped, for a short notice; null when it was all used. */
	readonly problem: DecodeProblem | null;
}

const ENTRY = /^([a-z0-9-]+)_([a-z0-9~-]*)$/;

/** Reads answers from the URL parameter, keeping what fits the tree and saying what did not. */
export function decodeAnswers(tree: QuizTree<unknown>, raw: string | null): Decoded {
	if (!raw) return { answers: {}, problem: null };
	const questions = questionMap(tree);
	const answers: Record<string, readonly string[]> = {};
	const problems = new Set<DecodeProblem>();

	for (const entry of raw.split('.')) {
		const match = ENTRY.exec(entry);
		if (!match) {
			problems.add('malformed');
			continue;
		}
		const [, questionId = '', list = ''] = match;
		const question = questions.get(questionId);
		const chosen = list === '' ? [] : list.split('~');
		if (!question || chosen.some((id) => !question.choices.some((choice) => choice.id === id))) {
			problems.add('unknown');
		} else if (questionId in answers || !isValidAnswer(question, chosen)) {
			// The same question twice, or several answers to a one-answer question.
			problems.add('contradictory');
			delete answers[questionId];
		} else {
			answers[questionId] = chosen;
		}
	}

	// Answers to questions the path never reaches belong to another route through the quiz.
	const onPath = new Set(walk(tree, answers).answered.map((question) => question.id));
	for (const questionId of Object.keys(answers)) {
		if (!onPath.has(questionId)) {
			problems.add('contradictory');
			delete answers[questionId];
		}
	}
	const problem = (['malformed', 'unknown', 'contradictory'] as const).find((candidate) => problems.has(candidate)) ?? null;
	return { answers, problem };
}
