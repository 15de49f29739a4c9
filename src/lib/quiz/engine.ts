import type { Bilingual, Condition, Outcome, Question, QuizTree, Rule } from './types';

/** The reader's answers: question id → chosen choice ids (one for a single-choice question). */
export type Answers = Readonly<Record<string, readonly string[]>>;

export interface RankedOutcome<Text = Bilingual> {
	readonly outcome: Outcome<Text>;
	readonly likelihood: Rule['likelihood'];
}

const LIKELIHOOD_RANK: Record<Rule['likelihood'], number> = { high: 0, medium: 1, low: 2 };
// Within one likelihood, urgent warnings come first and reassurances last.
const KIND_RANK: Record<Outcome<unknown>['kind'], number> = { warning: 0, cause: 1, reassurance: 2 };

export function questionMap<Text>(tree: QuizTree<Text>): ReadonlyMap<string, Question<Text>> {
	return new Map(tree.questions.map((question) => [question.id, question]));
}

/** Whether `chosen` is a complete, well-formed answer to `question`. */
export function isValidAnswer(question: Question<unknown>, chosen: readonly string[] | undefined): chosen is readonly string[] {
	if (!chosen) return false;
	const known = chosen.every((id) => question.choices.some((choice) => choice.id === id));
	const distinct = new Set(chosen).size === chosen.length;
	return known && distinct && (question.kind === 'multiple' || chosen.length === 1);
}

/** The question an answer leads to; `null` when the quiz ends there. */
export function nextQuestionId(question: Question<unknown>, chosen: readonly string[]): string | null {
	if (question.kind === 'single') {
		const choice = question.choices.find((candidate) => candidate.id === chosen[0]);
		if (choice?.next !== undefined) return choice.next;
	}
	return question.next;
}

export interface Walk<Text = Bilingual> {
	/** Answered questions on the reader's path, in order. */
	readonly answered: readonly Question<Text>[];
	/** The first question still to answer; null when the path has reached its end. */
	readonly current: Question<Text> | null;
}

/**
 * Follows the reader's answers from the start. Answers to questions off the path, or that do
 * not fit their question, are not followed: the walk stops at the first question without a
 * usable answer, which is where the reader continues.
 */
export function walk<Text>(tree: QuizTree<Text>, answers: Answers): Walk<Text> {
	const questions = questionMap(tree);
	const answered: Question<Text>[] = [];
	let id: string | null = tree.start;
	while (id !== null) {
		const question = questions.get(id);
		// A broken tree is caught by validateTree at build time; here it just ends the walk.
		if (!question || answered.includes(question)) break;
		const chosen = answers[id];
		if (!isValidAnswer(question, chosen)) return { answered, current: question };
		answered.push(question);
		id = nextQuestionId(question, chosen);
	}
	return { answered, current: null };
}

/** Only the answers on the reader's path; the rest are leftovers from branches not taken. */
function answersOnPath(tree: QuizTree<unknown>, answers: Answers): Answers {
	return Object.fromEntries(walk(tree, answers).answered.map((question) => [question.id, answers[question.id] ?? []]));
}

export function matches(condition: Condition, answers: Answers): boolean {
	if ('chose' in condition) return answers[condition.chose[0]]?.includes(condition.chose[1]) ?? false;
	if ('all' in condition) return condition.all.every((part) => matches(part, answers));
	if ('any' in condition) return condition.any.some((part) => matches(part, answers));
	return !matches(condition.not, answers);
}

/**
 * The outcomes the answers point to, most likely first. Each outcome appears once, at the
 * highest likelihood any of its rules gives it.
 */
export function evaluate<Text>(tree: QuizTree<Text>, answers: Answers): RankedOutcome<Text>[] {
	const onPath = answersOnPath(tree, answers);
	const best = new Map<string, { likelihood: Rule['likelihood']; order: number }>();
	tree.rules.forEach((rule, order) => {
		if (!matches(rule.when, onPath)) return;
		const known = best.get(rule.outcome);
		if (!known || LIKELIHOOD_RANK[rule.likelihood] < LIKELIHOOD_RANK[known.likelihood]) best.set(rule.outcome, { likelihood: rule.likelihood, order });
	});
	const outcomes = new Map(tree.outcomes.map((outcome) => [outcome.id, outcome]));
	return [...best]
		.flatMap(([id, { likelihood, order }]) => {
			const outcome = outcomes.get(id);
			return outcome ? [{ outcome, likelihood, order }] : [];
		})
		.sort(
			(a, b) =>
				LIKELIHOOD_RANK[a.likelihood] - LIKELIHOOD_RANK[b.likelihood] ||
				KIND_RANK[a.outcome.kind] - KIND_RANK[b.outcome.kind] ||
				a.order - b.order
		)
		.map(({ outcome, likelihood }) => ({ outcome, likelihood }));
}

/** The number of questions on the longest path from `from` (the start by default) to an end. */
export function longestPath(tree: QuizTree<unknown>, from: string = tree.start): number {
	const questions = questionMap(tree);
	const memo = new Map<string, number>();
	const depth = (id: string | null, seen: ReadonlySet<string>): number => {
		if (id === null || seen.has(id)) return 0;
		const question = questions.get(id);
		if (!question) return 0;
		const cached = memo.get(id);
		if (cached !== undefined) return cached;
		const nextSeen = new Set(seen).add(id);
		const targets = new Set<string | null>([question.next, ...question.choices.map((choice) => (choice.next === undefined ? question.next : choice.next))]);
		const result = 1 + Math.max(...[...targets].map((target) => depth(target, nextSeen)));
		memo.set(id, result);
		return result;
	};
	return depth(from, new Set());
}

export interface Progress {
	/** 1-based number of the question on screen. */
	readonly number: number;
	/**
	 * The questions answered plus the longest path still ahead, so "question 3 of 5" is never
	 * too few; it only shrinks as answers rule branches out.
	 */
	readonly total: number;
}

/** Where the reader is, for "question 3 of 5"; null once the path has reached the results. */
export function progress(tree: QuizTree<unknown>, answers: Answers): Progress | null {
	const { answered, current } = walk(tree, answers);
	if (!current) return null;
	return { number: answered.length + 1, total: answered.length + longestPath(tree, current.id) };
}
