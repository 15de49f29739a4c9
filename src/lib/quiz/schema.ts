import { z } from 'astro/zod';
import { SITUATIONS } from '../appeal/model';
import type { Condition, QuizTree } from './types';

/**
 * The shape of a quiz file in src/content/quizzes/ (one YAML file per quiz; the file name is the
 * quiz's id and page slug). The build checks the graph itself (validate-tree.ts); this checks the
 * form, so a translator's typo is reported with the line it is on.
 */
const stableId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase a-z, 0-9 and hyphens');
const bilingual = z.object({ en: z.string().min(1), zh: z.string().min(1) });

const condition: z.ZodType<Condition> = z.lazy(() =>
	z.union([
		z.object({ chose: z.tuple([stableId, stableId]) }),
		z.object({ all: z.array(condition).min(1) }),
		z.object({ any: z.array(condition).min(1) }),
		z.object({ not: condition }),
	])
);

export const quizFileSchema = z.object({
	title: bilingual,
	intro: bilingual,
	start: stableId,
	questions: z
		.array(
			z.object({
				id: stableId,
				kind: z.enum(['single', 'multiple']),
				prompt: bilingual,
				help: bilingual.optional(),
				choices: z.array(z.object({ id: stableId, label: bilingual, next: stableId.nullable().optional() })).min(1),
				next: stableId.nullable(),
			})
		)
		.min(1),
	outcomes: z
		.array(
			z.object({
				id: stableId,
				kind: z.enum(['cause', 'warning', 'reassurance']),
				title: bilingual,
				explanation: bilingual,
				actions: z.array(bilingual),
				links: z.array(z.object({ guide: stableId, section: stableId.optional(), label: bilingual })),
				appeal: z.enum(SITUATIONS).optional(),
				basis: z.enum(['official', 'community']),
			})
		)
		.min(1),
	rules: z.array(z.object({ outcome: stableId, when: condition, likelihood: z.enum(['high', 'medium', 'low']) })).min(1),
});

/** A quiz file's data with its id (the file name) put back: the tree the engine walks. */
export function quizTreeFrom(id: string, data: z.infer<typeof quizFileSchema>): QuizTree {
	return { id, ...data };
}
