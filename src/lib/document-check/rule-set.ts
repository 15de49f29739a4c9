import { z } from 'astro/zod';

/** A sentence in both of the site's languages. */
const bilingual = z.object({ en: z.string().min(1), zh: z.string().min(1) });

/** Heading ids of the document-requirements guide a rule may point to; the link crawler checks they exist. */
export const GUIDE_SECTIONS = ['checklist', 'taking-photos', 'identity-document', 'proof-of-address', 'business-licence'] as const;

/**
 * The document rules: Amazon's own (with the page that sets them) and the site's thresholds (with
 * why). One file, src/content/rules/document-rules.json, read by the checker, its page and the guide.
 */
export const documentRulesSchema = z.object({
	reviewed: z.iso.date(),
	sources: z
		.array(
			z.object({
				id: z.string().min(1),
				title: z.string().min(1),
				publisher: z.string().min(1),
				kind: z.enum(['official', 'community', 'mixed']),
				url: z.url(),
			}),
		)
		.min(1),
	official: z.object({
		/** The source of the numbers below. */
		source: z.string().min(1),
		acceptedExtensions: z.array(z.string().regex(/^[a-z]+$/)).min(1),
		maxBytes: z.number().int().positive(),
		forbiddenNameCharacters: z.array(z.string().length(1)),
	}),
	site: z.object({
		minShortSidePx: z.number().int().positive(),
		/** Variance of the Laplacian on the measured copy, below which a photo counts as blurred. */
		minSharpness: z.number().positive(),
		/** Longer side of the downscaled copy that colour and sharpness are measured on. */
		measureLongSidePx: z.number().int().positive(),
		/** Colour distance from grey (0–255, after removing an overall tint) that counts as colour. */
		colourChroma: z.number().positive(),
		/** Share of sampled pixels that must have colour for the image to count as colour. */
		minColourShare: z.number().positive().max(1),
		expiringSoonDays: z.number().int().nonnegative(),
		maxFilesAtOnce: z.number().int().positive(),
		/** Long side ÷ short side from which an image is shaped like a phone screen. */
		screenAspectMin: z.number().gt(1),
		screenSizes: z.array(z.tuple([z.number().int().positive(), z.number().int().positive()])),
	}),
	rules: z
		.array(
			z.object({
				id: z.string().min(1),
				kind: z.literal('official'),
				/** How the checker covers it: measured, asked of the reader, partly measured, or left to the reader. */
				check: z.enum(['automatic', 'stated', 'partly', 'yourself']),
				section: z.enum(GUIDE_SECTIONS),
				text: bilingual,
			}),
		)
		.min(1),
	thresholds: z.array(z.object({ id: z.string().min(1), text: bilingual })).min(1),
	otherMarketplaces: z.array(z.object({ source: z.string().min(1), text: bilingual })),
});

export type DocumentRules = z.infer<typeof documentRulesSchema>;
export type SiteThresholds = DocumentRules['site'];
