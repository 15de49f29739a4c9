import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isValidHeadingId, splitExplicitId, type OutlineEntry } from './heading-ids';

export interface Outline {
	entries: OutlineEntry[];
	/** Problems a writer must fix, each naming the heading it is about. */
	problems: string[];
}

/** Checks one heading node's id marker; shared by the build check and the remark plugin. */
export function checkHeading(heading: Heading, seen: Set<string>): { id: string | null; problem: string | null } {
	const { text, id } = splitExplicitId(toString(heading));
	const label = `"${'#'.repeat(heading.depth)} ${text.trim()}"`;
	if (heading.depth === 1) return { id, problem: `${label}: the page title is the only h1; use ## or ###` };
	if (id === null) return { id, problem: `${label} has no explicit id: end it with \\{#some-id}` };
	if (!isValidHeadingId(id)) return { id, problem: `${label} has the id "${id}": use lowercase a-z, 0-9 and hyphens` };
	if (seen.has(id)) return { id, problem: `${label} repeats the id "${id}"` };
	seen.add(id);
	return { id, problem: null };
}

/**
 * The heading ids of a Markdown or MDX document, in order, with any problems in how they are
 * written. MDX is parsed as MDX, so a source that Astro could not compile is reported here too.
 */
export function readOutline(source: string, format: 'md' | 'mdx' = 'md'): Outline {
	const entries: OutlineEntry[] = [];
	const problems: string[] = [];
	const parser = format === 'mdx' ? unified().use(remarkParse).use(remarkMdx).use(remarkDirective) : unified().use(remarkParse).use(remarkDirective);
	let tree: Root;
	try {
		tree = parser.parse(source) as Root;
	} catch (error) {
		return { entries, problems: [`not valid MDX: ${(error as Error).message}`] };
	}
	const seen = new Set<string>();
	visit(tree, 'heading', (heading: Heading) => {
		const { id, problem } = checkHeading(heading, seen);
		if (problem) problems.push(problem);
		else if (id) entries.push({ depth: heading.depth, id });
	});
	return { entries, problems };
}
