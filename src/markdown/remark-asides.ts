import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { defaultLocale } from '../i18n/locales';
import { useTranslations } from '../i18n/translate';
import { guideFileInfo } from '../lib/content-files';

const ASIDE_TYPES = ['note', 'tip', 'warning', 'official', 'community'] as const;
type AsideType = (typeof ASIDE_TYPES)[number];

function isAsideType(name: string): name is AsideType {
	return (ASIDE_TYPES as readonly string[]).includes(name);
}

/** What an aside's `source` attribute may name: an entry of the guide's frontmatter `sources`. */
export interface CitableSource {
	id: string;
	title: string;
	url?: string;
}

/** The guide's own source list, which Astro hands to remark plugins with the frontmatter. */
function sourcesOf(file: VFile): CitableSource[] {
	const astro = file.data.astro as { frontmatter?: { sources?: CitableSource[] } } | undefined;
	return astro?.frontmatter?.sources ?? [];
}

/**
 * Turns `:::warning[Optional title] … :::` blocks into labelled notes (role="note"). The default
 * title comes from the page language's UI strings, so writers only name the kind of aside.
 *
 * An official box must say where it comes from: `:::official{source=sc-2sv-required}` names one
 * entry (or several, space-separated) of the guide's `sources` by its `id`. The build fails on an
 * official box without a source or with a key the list does not have; the reader sees a small
 * "Source:" line linking to each. Other boxes may cite sources the same way.
 *
 * remark-directive also reads `:word` inside ordinary text as a text directive; those are put
 * back as the text the writer typed, so a colon never makes words disappear.
 */
export default function remarkAsides() {
	return (tree: Root, file: VFile) => {
		const t = useTranslations(guideFileInfo(file.path)?.locale ?? defaultLocale);
		const sources = sourcesOf(file);

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
			const citation = citationOf(directive, type, sources, { label: t('aside.source'), separator: t('aside.sourceSeparator') }, file);
			directive.children = [title, ...((hasCustomTitle ? rest : directive.children) as RootContent[]), ...citation] as typeof directive.children;
		});
	};
}


/** The "Source:" line of an aside, or nothing for an uncited box that may go without. */
function citationOf(
	directive: ContainerDirective,
	type: AsideType,
	sources: CitableSource[],
	words: { label: string; separator: string },
	file: VFile
): Paragraph[] {
	const keys = (directive.attributes?.source ?? '').split(/\s+/).filter(Boolean);
	if (keys.length === 0) {
		if (type === 'official') file.fail('":::official" needs a source: write :::official{source=key} with the id of an entry in the frontmatter sources', directive);
		return [];
	}
	const children: PhrasingContent[] = [{ type: 'text', value: words.label }];
	keys.forEach((key, index) => {
		const source = sources.find((candidate) => candidate.id === key);
		if (!source) file.fail(`source "${key}" is not in this guide's sources (${sources.map((candidate) => candidate.id).join(', ') || 'none'})`, directive);
		if (index > 0) children.push({ type: 'text', value: words.separator });
		const name: PhrasingContent = { type: 'text', value: source.title };
		children.push(source.url ? { type: 'link', url: source.url, children: [name] } : name);
	});
	return [{ type: 'paragraph', children, data: { hProperties: { className: ['aside-source'] } } }];
}
