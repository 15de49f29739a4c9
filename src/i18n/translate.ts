import type { Locale } from './locales';
import { en, type UiKey, type UiStrings } from './ui/en';
import { zh } from './ui/zh';

const tables: Record<Locale, UiStrings> = { zh, en };

export type Translate = (key: UiKey, values?: Record<string, string>) => string;

/** Returns `t(key, values)` for one language; `{name}` placeholders are filled from `values`. */
export function useTranslations(locale: Locale): Translate {
	const table = tables[locale];
	return (key, values = {}) =>
		table[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
