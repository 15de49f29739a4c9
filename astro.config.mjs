// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';
import guideParity from './build/integrations/guide-parity';
import printFont from './build/integrations/print-font';
import singleFileScript from './build/integrations/single-file-script';
import searchIndex from './build/integrations/search-index';
import securityHeaders from './build/integrations/security-headers';
import rehypeHeadingLinks from './src/markdown/rehype-heading-links';
import rehypeSiteLinks from './src/markdown/rehype-site-links';
import rehypeTaskLists from './src/markdown/rehype-task-lists';
import remarkAsides from './src/markdown/remark-asides';
import remarkHeadingIds from './src/markdown/remark-heading-ids';

/**
 * Deployment settings come from the environment so one source tree builds for any host:
 * - BASE_PATH: the sub-path the site is served under, e.g. "/handbook/" (default "/").
 * - SITE_URL: the public origin, used for canonical, hreflang and sitemap URLs.
 * - OUT_DIR: where the built site goes (default "dist").
 */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://seller-verification-handbook.example';

export default defineConfig({
	site,
	base,
	outDir: process.env.OUT_DIR || './dist',
	trailingSlash: 'always',
	// The last two run once the pages are written, in this order (astro:build:done).
	integrations: [guideParity(), printFont(), mdx(), preact(), searchIndex(), securityHeaders()],
	markdown: {
		processor: unified({
			remarkPlugins: [remarkDirective, remarkHeadingIds, remarkAsides],
			rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks, rehypeTaskLists, [rehypeSiteLinks, { base, site }]],
		}),
	},
	build: { format: 'directory' },
	security: {
		// Astro hashes every script and style it emits into a per-page policy (a <meta> tag).
		// Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval' and nothing looser.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	vite: {
		plugins: [singleFileScript()],
		// Fonts and images stay files: inlined data: URLs would bloat every page that links the CSS.
		// Stylesheets stay files too: Astro leaves the styles of components inside MDX guides out of
		// the page's policy hashes, so inlined they would be blocked.
		build: { assetsInlineLimit: 0 },
	},
	devToolbar: { enabled: false },
});
