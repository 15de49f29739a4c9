import { isLocale, type Locale } from '../i18n/locales';

/**
 * Site-relative paths ("/zh/appeal/") are what pages and content speak in; the deployment
 * base ("/handbook/") is added only at the edge, by `withBase`, so content never hard-codes it.
 */

/** Joins the deployment base and a site-relative path, keeping exactly one slash between them. */
export function withBase(path: string, base: string): string {
	const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
	const rooted = path.startsWith('/') ? path : `/${path}`;
	return `${trimmedBase}${rooted}`;
}

/** The site-relative path of a page: the language home when no slug is given. */
export function localizedPath(locale: Locale, slug?: string): string {
	return slug ? `/${locale}/${slug}/` : `/${locale}/`;
}

/** The language a site-relative path belongs to, or null for language-neutral paths such as "/". */
export function localeOfPath(path: string): Locale | null {
	const first = path.split('/')[1];
	return isLocale(first) ? first : null;
}

/**
 * The same page in another language. Every page exists in every language (the build enforces
 * it), so swapping the language segment is enough; paths without one go to the target's home.
 */
export function switchLocale(path: string, target: Locale): string {
	if (localeOfPath(path) === null) return localizedPath(target);
	return `/${target}${path.slice(path.indexOf('/', 1))}`;
}
