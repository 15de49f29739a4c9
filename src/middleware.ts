import { defineMiddleware } from 'astro:middleware';
import { isLocale } from './i18n/locales';
import { useTranslations } from './i18n/translate';

/**
 * A page in one language learns it from its route (`/[lang]/…`) once, here; its components read it
 * from `Astro.locals` (see `pageLanguage`) instead of being handed it as a prop. The pages that
 * speak both languages (`/`, 404) have none.
 */
export const onRequest = defineMiddleware((context, next) => {
	const { lang } = context.params;
	if (isLocale(lang)) {
		context.locals.locale = lang;
		context.locals.t = useTranslations(lang);
	}
	return next();
});
