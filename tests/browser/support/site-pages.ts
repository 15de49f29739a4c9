import { readdirSync } from 'node:fs';

/** Site-relative paths of every HTML page in a build folder ("/zh/appeal/", "/404.html"). */
export function builtPages(outDir = 'dist'): string[] {
	return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file.replaceAll('\\', '/')}`.replace(/index\.html$/, ''))
		.sort();
}

/** Guide pages of one language: "/en/appeal/" etc., without the home and search pages. */
export function builtGuides(locale: 'zh' | 'en', outDir = 'dist'): string[] {
	return builtPages(outDir).filter((path) => path.startsWith(`/${locale}/`) && path !== `/${locale}/` && path !== `/${locale}/search/`);
}
