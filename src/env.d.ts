declare namespace App {
	interface Locals {
		/** The page's language, set by src/middleware.ts from the route; absent where a page speaks both. */
		locale?: import('./i18n/locales').Locale;
		/** The UI strings of that language. */
		t?: import('./i18n/translate').Translate;
	}
}
