import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/paths';

/**
 * Content links to other pages as "/zh/appeal/#video-call"; this adds the deployment base so
 * the same source works at the domain root and under a sub-path. Links to other sites get
 * `rel="noopener noreferrer"` so they learn nothing about the page the reader came from.
 * E-mail addresses stay plain text (GFM would make them mailto: links).
 * `site` is the public origin, for the full address that printed pages show after a link.
 */
export default function rehypeSiteLinks(options: { base: string; site: string }) {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element, index, parent) => {
			if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return undefined;
			const href = node.properties.href;
			if (href.startsWith('/') && !href.startsWith('//')) {
				node.properties.href = withBase(href, options.base);
				// Printed pages show where a link goes; a site-relative path is useless on paper.
				node.properties.dataPrintHref = new URL(node.properties.href, options.site).href;
			} else if (/^https?:\/\//.test(href)) {
				node.properties.rel = ['noopener', 'noreferrer'];
			} else if (href.startsWith('mailto:') && parent && index !== undefined) {
				// Addresses in the guides are senders to recognise, never to write to: keep them as text.
				parent.children.splice(index, 1, ...node.children);
				return index;
			}
			return undefined;
		});
	};
}
