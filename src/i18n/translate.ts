import { fillPlaceholders } from './fill';
import type { Locale } from './locales';
import { en, type UiKey, type UiStrings } from './ui/en';
import { zh } from './ui/zh';

const tables: Record<Locale, UiStrings> = { zh, en };

export type Translate = (key: UiKey, values?: Record<string, string>) => string;

/** Returns `t(key, values)` for one language; `{name}` placeholders are filled from `values`. */
export function useTranslations(locale: Locale): Translate {
	const table = tables[locale];
	return (key, values = {}) => fillPlaceholders(table[key], values);
}

type KeysWithPrefix<P extends string> = Extract<UiKey, `${P}${string}`>;
export type StringsWithPrefix<P extends string> = Record<KeysWithPrefix<P>, string>;

/**
 * The strings of one language whose keys start with `prefix`, for an island: it receives only
 * what it shows, in the reader's language, instead of bundling every table.
 */
export function stringsWithPrefix<P extends string>(locale: Locale, prefix: P): StringsWithPrefix<P> {
	const table = tables[locale];
	return Object.fromEntries(Object.entries(table).filter(([key]) => key.startsWith(prefix))) as StringsWithPrefix<P>;
}

type AfterPrefix<K extends string, P extends string> = K extends `${P}${infer Rest}` ? Rest : never;
export type StringsAfterPrefix<P extends string> = Record<AfterPrefix<UiKey, P>, string>;

/**
 * The same, keyed by what follows the prefix (`copy` for `appeal.copy`): an island that reads many
 * strings then does not carry the prefix in its code once for each.
 */
export function stringsAfterPrefix<P extends string>(locale: Locale, prefix: P): StringsAfterPrefix<P> {
	const entries = Object.entries(tables[locale]).flatMap(([key, value]) => (key.startsWith(prefix) ? [[key.slice(prefix.length), value]] : []));
	return Object.fromEntries(entries) as StringsAfterPrefix<P>;
}
