import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { appealWordingSchema } from '../../src/lib/appeal/wording-schema';
import { SITUATIONS } from '../../src/lib/appeal/model';
import { quizFileSchema } from '../../src/lib/quiz/schema';
import { readAppealWording, readQuizTree } from '../support/content-data';

const quizFile = (id: string) => parse(readFileSync(`src/content/quizzes/${id}.yaml`, 'utf8'));

test.each(['failure-quiz', 'login-quiz'] as const)('the %s file has the shape of a quiz', (id) => {
	const tree = readQuizTree(id);
	expect(tree.id).toBe(id);
	expect(tree.questions.some((question) => question.id === tree.start)).toBe(true);
});

test('a quiz file with a missing translation is refused, naming where', () => {
	const data = quizFile('failure-quiz');
	delete data.questions[0].prompt.zh;
	const result = quizFileSchema.safeParse(data);
	expect(result.success).toBe(false);
	expect(result.error?.issues[0]?.path).toEqual(['questions', 0, 'prompt', 'zh']);
});

test('a quiz id with spaces or capitals is refused (ids appear in shared URLs)', () => {
	const data = quizFile('login-quiz');
	data.outcomes[0].id = 'Bad Id';
	expect(quizFileSchema.safeParse(data).success).toBe(false);
});

test('the appeal wording covers every situation the generator knows, in both languages', () => {
	const wording = readAppealWording();
	for (const situation of SITUATIONS) {
		expect(wording.situations[situation].en.length).toBeGreaterThan(0);
		expect(wording.text.bySituation[situation].subject.zh.length).toBeGreaterThan(0);
	}
});

test('appeal wording without a situation, or with one the generator does not know, is refused', () => {
	const data = parse(readFileSync('src/content/appeal-wording/appeal-wording.yaml', 'utf8'));
	const missing = structuredClone(data);
	delete missing.situations['restart-reply'];
	expect(appealWordingSchema.safeParse(missing).success).toBe(false);
	const unknown = structuredClone(data);
	unknown.checks['made-up-check'] = { en: 'x', zh: 'x' };
	expect(appealWordingSchema.safeParse(unknown).success).toBe(false);
});
