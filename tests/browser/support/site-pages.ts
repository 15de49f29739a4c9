import { readdirSync } from 'node:fs';
import { GUIDES_DIR } from '../../../src/lib/content-files';

/** Site-relative paths of every HTML page in a build folder ("/zh/appeal/", "/404.html"). */
export function builtPages(outDir = 'dist'): string[] {
	return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file.replaceAll('\\', '/')}`.replace(/index\.html$/, ''))
		.sort();
}

/** Guide pages of one language, in file-name order: "/en/appeal/" etc. */
export function builtGuides(locale: 'zh' | 'en'): string[] {
	return readdirSync(`${GUIDES_DIR}/${locale}`)
		.filter((file) => /\.mdx?$/.test(file))
		.map((file) => `/${locale}/${file.replace(/\.mdx?$/, '')}/`)
		.sort();
}
