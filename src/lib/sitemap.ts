import { localeInfo, locales, type Locale } from '../i18n/locales';
import { switchLocale } from './paths';

/**
 * A sitemap with hreflang alternates: each URL lists its twin in every language, so search
 * engines show a reader the version in their language.
 * `toUrl` turns a site-relative path into the absolute public URL.
 */
export function renderSitemap(paths: readonly string[], toUrl: (path: string) => string): string {
	const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	const entries = paths.map((path) => {
		const alternates = locales
			.map((locale: Locale) => `<xhtml:link rel="alternate" hreflang="${localeInfo[locale].lang}" href="${escape(toUrl(switchLocale(path, locale)))}"/>`)
			.join('');
		return `<url><loc>${escape(toUrl(path))}</loc>${alternates}</url>`;
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}
