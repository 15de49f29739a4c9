import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { appealWordingSchema } from '../../src/lib/appeal/wording-schema';
import type { AppealWording } from '../../src/lib/appeal/wording';
import { quizFileSchema, quizTreeFrom } from '../../src/lib/quiz/schema';
import type { QuizTree } from '../../src/lib/quiz/types';

/**
 * The content data files as the build reads them (same file, same Zod schema), for tests that
 * run outside Astro's content layer.
 */
export function readQuizTree(id: 'failure-quiz' | 'login-quiz'): QuizTree {
	return quizTreeFrom(id, quizFileSchema.parse(parse(readFileSync(`src/content/quizzes/${id}.yaml`, 'utf8'))));
}

export function readAppealWording(): AppealWording {
	return appealWordingSchema.parse(parse(readFileSync('src/content/appeal-wording/appeal-wording.yaml', 'utf8')));
}
