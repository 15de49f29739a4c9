import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h, s } from 'hastscript';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { defaultLocale } from '../i18n/locales';
import { useTranslations } from '../i18n/translate';
import { guideFileInfo } from '../lib/content-files';

const LINKED_HEADINGS = new Set(['h2', 'h3']);

/**
 * Gives every section heading a visible link to itself. It is a real link, so it works by
 * keyboard and without scripts; the page script upgrades a click to "copy the section's URL".
 * Must run after the ids are set (`rehypeHeadingIds`).
 */
export default function rehypeHeadingLinks() {
	return (tree: Root, file: VFile) => {
		const t = useTranslations(guideFileInfo(file.path)?.locale ?? defaultLocale);

		visit(tree, 'element', (node: Element, index, parent) => {
			const id = node.properties.id;
			if (!LINKED_HEADINGS.has(node.tagName) || typeof id !== 'string' || !parent || index === undefined) return;

			const icon = s('svg', { width: 16, height: 16, viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' }, [
				s('path', {
					fill: 'currentColor',
					d: 'M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a3 3 0 0 1 4.2 4.2l-2.1 2.1a1 1 0 1 1-1.4-1.4l2.1-2.1a1 1 0 0 0-1.4-1.4l-3.5 3.5a1 1 0 0 1-1.4 0Zm2.8-2.8a1 1 0 0 1 0 1.4l-3.5 3.5a3 3 0 0 1-4.2-4.2l2.1-2.1a1 1 0 0 1 1.4 1.4l-2.1 2.1a1 1 0 0 0 1.4 1.4l3.5-3.5a1 1 0 0 1 1.4 0Z',
				}),
			]);
			const link = h('a', { class: 'heading-link', href: `#${id}`, 'data-copy-link': '' }, [
				icon,
				h('span', { class: 'sr-only', 'data-pagefind-ignore': '' }, t('heading.copyLink', { title: toString(node) })),
			]);
			parent.children[index] = h('div', { class: `heading-wrapper level-${node.tagName}` }, [node, link]);
			return SKIP;
		});
	};
}
