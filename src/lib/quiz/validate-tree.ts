import { evaluate, nextQuestionId, questionMap, type Answers } from './engine';
import type { Condition, Question, QuizTree } from './types';

/** Whether a guide (and, if given, a heading id in it) exists, in every language. */
export type SectionExists = (guide: string, section?: string) => boolean;

/**
 * Everything that must hold for a quiz to work for every reader, as messages naming the part
 * that is wrong: ids unique, every question reachable, every path ending, every outcome
 * reachable by some answers, every rule and link pointing at something that exists.
 */
export function validateTree(tree: QuizTree, sectionExists: SectionExists): string[] {
	const problems: string[] = [];
	const questions = questionMap(tree);
	const outcomeIds = new Set(tree.outcomes.map((outcome) => outcome.id));
	const where = (text: string) => problems.push(`${tree.id}: ${text}`);

	const duplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);
	for (const id of duplicates(tree.questions.map((question) => question.id))) where(`question id "${id}" is used twice`);
	for (const id of duplicates(tree.outcomes.map((outcome) => outcome.id))) where(`outcome id "${id}" is used twice`);
	if (!questions.has(tree.start)) where(`the start question "${tree.start}" does not exist`);

	for (const question of tree.questions) {
		for (const id of duplicates(question.choices.map((choice) => choice.id))) where(`question "${question.id}" has the choice id "${id}" twice`);
		if (question.choices.length < (question.kind === 'single' ? 2 : 1)) where(`question "${question.id}" has too few choices`);
		for (const target of targetsOf(question)) {
			if (target !== null && !questions.has(target)) where(`question "${question.id}" leads to "${target}", which does not exist`);
		}
		for (const choice of question.choices) {
			if (question.kind === 'multiple' && choice.next !== undefined) where(`choice "${question.id}/${choice.id}" branches, but only single-choice answers can`);
		}
	}

	const reachable = new Set<string>();
	const visit = (id: string | null, trail: readonly string[]) => {
		if (id === null || !questions.has(id)) return;
		if (trail.includes(id)) {
			where(`the path ${[...trail, id].join(' → ')} loops and never ends`);
			return;
		}
		reachable.add(id);
		for (const target of targetsOf(questions.get(id)!)) visit(target, [...trail, id]);
	};
	visit(tree.start, []);
	for (const question of tree.questions) if (!reachable.has(question.id)) where(`question "${question.id}" cannot be reached from the start`);
	if (problems.length > 0) return problems; // the walks below need a sound graph

	for (const rule of tree.rules) {
		if (!outcomeIds.has(rule.outcome)) where(`a rule names the outcome "${rule.outcome}", which does not exist`);
		for (const [questionId, choiceId] of choicesIn(rule.when)) {
			if (!questions.get(questionId)?.choices.some((choice) => choice.id === choiceId)) where(`a rule for "${rule.outcome}" tests "${questionId}/${choiceId}", which does not exist`);
		}
	}

	const paths = completePaths(tree);
	const reached = new Set<string>();
	for (const answers of paths) for (const { outcome } of evaluate(tree, answers)) reached.add(outcome.id);
	for (const outcome of tree.outcomes) {
		if (!reached.has(outcome.id)) where(`outcome "${outcome.id}" is never reached by any answers`);
		for (const link of outcome.links) {
			if (!sectionExists(link.guide, link.section)) where(`outcome "${outcome.id}" links to ${link.guide}${link.section ? `#${link.section}` : ''}, which does not exist`);
		}
	}
	const pathsWithoutOutcome = paths.filter((answers) => evaluate(tree, answers).length === 0);
	if (pathsWithoutOutcome.length > 0) where(`${pathsWithoutOutcome.length} ways through the quiz end without any outcome, e.g. ${JSON.stringify(pathsWithoutOutcome[0])}`);
	return problems;
}

function targetsOf(question: Question): (string | null)[] {
	return [...new Set(question.choices.map((choice) => nextQuestionId(question, [choice.id])).concat(question.next))];
}

function choicesIn(condition: Condition): (readonly [string, string])[] {
	if ('chose' in condition) return [condition.chose];
	if ('all' in condition) return condition.all.flatMap(choicesIn);
	if ('any' in condition) return condition.any.flatMap(choicesIn);
	return choicesIn(condition.not);
}

/**
 * Every way through the quiz to its end. Multiple-choice questions are tried with no answer,
 * each single answer and all answers, which covers what rules test without trying every subset.
 */
export function completePaths(tree: QuizTree): Answers[] {
	const questions = questionMap(tree);
	const paths: Answers[] = [];
	const extend = (id: string | null, answers: Answers) => {
		const question = id === null ? undefined : questions.get(id);
		if (!question) {
			paths.push(answers);
			return;
		}
		const options =
			question.kind === 'single'
				? question.choices.map((choice) => [choice.id])
				: [[], ...question.choices.map((choice) => [choice.id]), question.choices.map((choice) => choice.id)];
		for (const chosen of options) extend(nextQuestionId(question, chosen), { ...answers, [question.id]: chosen });
	};
	extend(tree.start, {});
	return paths;
}
