import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { appealWordingSchema } from './lib/appeal/wording-schema';
import { GUIDES_DIR } from './lib/content-files';
import { documentRulesSchema } from './lib/document-check/rule-set';
import { quizFileSchema } from './lib/quiz/schema';

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

/** One YAML file per quiz; the file name is the quiz's id and page slug. */
const quizzes = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './src/content/quizzes' }),
	schema: quizFileSchema,
});

/** The appeal generator's words, one file. */
const appealWording = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './src/content/appeal-wording' }),
	schema: appealWordingSchema,
});

/** Where a rule comes from: an official page (or the statute), and which marketplace it speaks for. */
const ruleSource = z.object({
	title: z.string().min(1),
	url: z.url(),
	/** The marketplace the page speaks for, named in both languages. */
	marketplace: z.object({ en: z.string().min(1), zh: z.string().min(1) }),
	/** What the source establishes, in our words, for whoever checks or translates the rule. */
	says: z.string().min(1),
});

/** The domains Amazon's own help pages name as genuine, each with the pages that name it. */
const emailDomains = defineCollection({
	loader: file('src/content/rules/amazon-email-domains.json'),
	schema: z.object({
		domain: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/),
		/** "sender": e-mails come from it; "website": Amazon's sites live under it. */
		uses: z.array(z.enum(['sender', 'website'])).min(1),
		sources: z.array(ruleSource).min(1),
	}),
});

/** The INFORM Consumers Act's figures (15 U.S.C. 45f) and Amazon's announcement of them. */
const informThresholds = defineCollection({
	loader: file('src/content/rules/inform-thresholds.json'),
	schema: z.object({
		sales: z.number().int().positive().optional(),
		revenueUsd: z.number().positive().optional(),
		windowMonths: z.number().int().positive().optional(),
		lookbackMonths: z.number().int().positive().optional(),
		provideWithinDays: z.number().int().positive().optional(),
		certifyAtLeastEveryMonths: z.number().int().positive().optional(),
		source: ruleSource,
	}),
});

/** The rules the document check applies, with their sources: one file, shown by the guide too. */
const documentRules = defineCollection({
	loader: glob({ pattern: 'document-rules.json', base: './src/content/rules' }),
	schema: documentRulesSchema,
});

export const collections = { guides, quizzes, appealWording, documentRules, emailDomains, informThresholds };
