import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { locales } from '../i18n/locales';
import { guidePath } from '../lib/guides';
import { localizedPath } from '../lib/paths';
import { absoluteUrl } from '../lib/site-url';
import { renderSitemap } from '../lib/sitemap';

export const GET: APIRoute = async ({ site }) => {
	const guides = await getCollection('guides');
	const paths = [
		...locales.map((locale) => localizedPath(locale)),
		...guides.map((guide) => guidePath(guide.id)),
	];
	return new Response(renderSitemap(paths, (path) => absoluteUrl(path, site)), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
};
