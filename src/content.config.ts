import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { GUIDES_DIR } from './lib/content-files';
import { documentRulesSchema } from './lib/document-check/rule-set';

export const SECTIONS = ['verification', 'access', 'support'] as const;

const source = z.object({
	/** The key official boxes cite it by: `:::official{source=<id>}`. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
	/** The article's own title, in its own language. */
	title: z.string().min(1),
	publisher: z.string().min(1),
	/** As precise as the source gives it: "2025" or "2021-11-10". */
	date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
	/** How far to trust it: official guidance, a community report, or both mixed. */
	kind: z.enum(['official', 'community', 'mixed']),
	url: z.url().optional(),
});

const guides = defineCollection({
	// Entry ids are "<locale>/<slug>", matching the folder layout.
	loader: glob({ pattern: '**/*.{md,mdx}', base: `./${GUIDES_DIR}` }),
	schema: z.object({
		title: z.string().min(1),
		description: z.string().min(1),
		section: z.enum(SECTIONS),
		order: z.number().int().positive(),
		lastReviewed: z.coerce.date(),
		sources: z
			.array(source)
			.min(1)
			.refine((list) => new Set(list.map((entry) => entry.id)).size === list.length, 'each source needs an id of its own'),
	}),
});

// One entry per file: "document-rules" holds the rules the document check applies, with their sources.
const rules = defineCollection({
	loader: glob({ pattern: '*.json', base: './src/content/rules' }),
	schema: documentRulesSchema,
});

export const collections = { guides, rules };
