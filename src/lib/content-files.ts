import { isLocale, type Locale } from '../i18n/locales';

/** Where guide sources live, relative to the project root. */
export const GUIDES_DIR = 'src/content/guides';

const GUIDE_FILE = /(?:^|\/)src\/content\/guides\/([^/]+)\/([^/]+)\.mdx?$/;

/** The language and slug of a guide file from its path, or null for any other file. */
export function guideFileInfo(path: string): { locale: Locale; slug: string } | null {
	const match = GUIDE_FILE.exec(path.replaceAll('\\', '/'));
	if (!match || !isLocale(match[1])) return null;
	return { locale: match[1], slug: match[2]! };
}
