import { localeInfo, type Locale } from '../i18n/locales';

/** A calendar date written the way each language writes it: "2026年11月22日", "22 November 2026". */
export function formatDate(date: Date, locale: Locale): string {
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : localeInfo[locale].lang, {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'UTC',
	}).format(date);
}

/** The machine-readable form for `<time datetime>`. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
