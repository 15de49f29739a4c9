// What a request of a page load is, and which file of the build answered it.
import { addSizes, noBytes, type Sizes } from './sizes.ts';

export const RESOURCE_KINDS = ['html', 'css', 'js', 'font', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The kind of a URL path of the built site, from its extension ("/zh/" is a page). */
export function resourceKind(pathname: string): ResourceKind {
	if (pathname.endsWith('/') || pathname.endsWith('.html')) return 'html';
	if (pathname.endsWith('.css')) return 'css';
	if (/\.m?js$/.test(pathname)) return 'js';
	if (/\.(woff2?|ttf|otf)$/.test(pathname)) return 'font';
	return 'other';
}

/** The file under the output folder that a URL path is served from, or null outside the base. */
export function fileOfPath(pathname: string, base = '/'): string | null {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	if (!pathname.startsWith(prefix)) return null;
	const relative = decodeURIComponent(pathname.slice(prefix.length));
	return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

export type BytesByKind = Record<ResourceKind | 'total', Sizes>;

/** Sums the sizes of a page's requests per kind and in total. */
export function bytesByKind(resources: readonly { kind: ResourceKind; sizes: Sizes }[]): BytesByKind {
	const sums = Object.fromEntries([...RESOURCE_KINDS, 'total'].map((kind) => [kind, noBytes()])) as BytesByKind;
	for (const { kind, sizes } of resources) {
		sums[kind] = addSizes(sums[kind], sizes);
		sums.total = addSizes(sums.total, sizes);
	}
	return sums;
}
