import type { Locale } from './locales';
import type { Translate } from './translate';

/**
 * The language of the page being built and its strings, as src/middleware.ts put them in
 * `Astro.locals`. A component that needs them on a page that speaks both languages is a mistake.
 */
export function pageLanguage(locals: App.Locals): { locale: Locale; t: Translate } {
	if (!locals.locale || !locals.t) throw new Error('This component shows one language, but the page has none (only /[lang]/ routes have one)');
	return { locale: locals.locale, t: locals.t };
}
