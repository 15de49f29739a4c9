import { withBase } from './paths';

/** The href for a site-relative path in this build, with the configured base (BASE_PATH) applied. */
export function siteHref(path: string): string {
	return withBase(path, import.meta.env.BASE_URL);
}

/** The absolute public URL of a site-relative path, for canonical and hreflang links. */
export function absoluteUrl(path: string, site: URL | undefined): string {
	return new URL(siteHref(path), site).href;
}
