/** The site's languages. The first one is the fallback for readers whose browser asks for neither. */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh';

interface LocaleInfo {
	/** BCP 47 tag for `<html lang>` and `hreflang`. */
	lang: string;
	/** The language's own name, shown in the language switch. */
	label: string;
}

export const localeInfo: Record<Locale, LocaleInfo> = {
	zh: { lang: 'zh-CN', label: '简体中文' },
	en: { lang: 'en', label: 'English' },
};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocales(locale: Locale): Locale[] {
	return locales.filter((l) => l !== locale);
}

/**
 * Picks the site language for a browser's preference list (`navigator.languages`):
 * the first entry whose primary subtag we serve wins, otherwise the default.
 */
export function pickLocale(preferred: readonly string[]): Locale {
	for (const tag of preferred) {
		const primary = tag.toLowerCase().split('-')[0];
		if (isLocale(primary)) return primary;
	}
	return defaultLocale;
}
