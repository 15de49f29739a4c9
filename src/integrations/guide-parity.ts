import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { locales } from '../i18n/locales';
import { checkGuideParity, type GuideSource } from '../lib/content-parity';
import { GUIDES_DIR, guideFileInfo } from '../lib/content-files';
import { staleGuideWarnings } from '../lib/review-freshness';

/** Frontmatter that describes the guide rather than its wording, so both languages must agree. */
const SHARED_FIELDS = ['section', 'order'] as const;

/**
 * Fails `astro build` and `astro dev` before any page is rendered when a guide is missing in one
 * language or its sections differ between languages, and warns about guides due for review.
 */
export default function guideParity(): AstroIntegration {
	return {
		name: 'guide-parity',
		hooks: {
			'astro:config:setup': async ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				const guides = await readGuides(root);
				for (const warning of staleGuideWarnings(guides, new Date())) logger.warn(warning);
				const problems = checkGuideParity(guides, locales);
				if (problems.length > 0) {
					throw new Error(`The guides are not the same in every language:\n- ${problems.join('\n- ')}`);
				}
			},
		},
	};
}

async function readGuides(root: string): Promise<(GuideSource & { lastReviewed: Date })[]> {
	const dir = join(root, GUIDES_DIR);
	const files = (await readdir(dir, { recursive: true })).filter((file) => /\.mdx?$/.test(file));
	return Promise.all(
		files.map(async (file) => {
			const absolute = join(dir, file);
			const path = relative(root, absolute).replaceAll('\\', '/');
			const info = guideFileInfo(path);
			if (!info) throw new Error(`${path}: guides live in ${GUIDES_DIR}/<language>/<slug>.mdx`);
			const { frontmatter, content } = parseFrontmatter(await readFile(absolute, 'utf8'));
			const shared = Object.fromEntries(SHARED_FIELDS.map((field) => [field, frontmatter[field]]));
			return { ...info, path, body: content, shared, lastReviewed: new Date(String(frontmatter.lastReviewed)) };
		})
	);
}
