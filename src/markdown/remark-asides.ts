import type { Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { defaultLocale } from '../i18n/locales';
import { useTranslations } from '../i18n/translate';
import { guideFileInfo } from '../lib/content-files';

export const ASIDE_TYPES = ['note', 'tip', 'warning', 'official', 'community'] as const;
type AsideType = (typeof ASIDE_TYPES)[number];

function isAsideType(name: string): name is AsideType {
	return (ASIDE_TYPES as readonly string[]).includes(name);
}

/**
 * Turns `:::warning[Optional title] … :::` blocks into labelled notes (role="note"). The default
 * title comes from the page language's UI strings, so writers only name the kind of aside.
 *
 * remark-directive also reads `:word` inside ordinary text as a text directive; those are put
 * back as the text the writer typed, so a colon never makes words disappear.
 */
export default function remarkAsides() {
	return (tree: Root, file: VFile) => {
		const t = useTranslations(guideFileInfo(file.path)?.locale ?? defaultLocale);

		visit(tree, 'textDirective', (directive: TextDirective, index, parent) => {
			if (!parent || index === undefined) return undefined;
			parent.children.splice(index, 1, { type: 'text', value: `:${directive.name}` }, ...directive.children);
			return index;
		});

		visit(tree, (node) => {
			if (node.type === 'leafDirective') file.fail(`"::${node.name}" is not supported; write the text without a leading "::"`, node);
			if (node.type !== 'containerDirective') return;

			const directive = node as ContainerDirective;
			if (!isAsideType(directive.name)) {
				file.fail(`Unknown aside ":::${directive.name}"; use one of ${ASIDE_TYPES.join(', ')}`, directive);
			}
			const type = directive.name as AsideType;

			const [first, ...rest] = directive.children;
			const hasCustomTitle = first?.type === 'paragraph' && first.data?.directiveLabel === true;
			const titleChildren = hasCustomTitle ? (first as Paragraph).children : [{ type: 'text' as const, value: t(`aside.${type}`) }];
			const title: Paragraph = {
				type: 'paragraph',
				children: titleChildren,
				data: { hProperties: { className: ['aside-title'] } },
			};

			// A note, not an <aside>: a labelled <aside> is a landmark, and a page with two tips would
			// have two landmarks of the same name.
			directive.data = {
				hName: 'div',
				hProperties: { className: ['aside', `aside-${type}`], role: 'note', 'aria-label': toString(title) },
			};
			directive.children = [title, ...((hasCustomTitle ? rest : directive.children) as RootContent[])] as typeof directive.children;
		});
	};
}

