import type { Heading, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { splitExplicitId } from '../lib/heading-ids';
import { checkHeading } from '../lib/markdown-outline';

/**
 * Moves the `{#id}` written at the end of a heading into the heading's `id` attribute, and fails
 * the build for a heading without one: generated slugs would change whenever a heading is
 * reworded, and they would differ between the Chinese and English versions.
 */
export default function remarkHeadingIds() {
	return (tree: Root, file: VFile) => {
		const seen = new Set<string>();
		visit(tree, 'heading', (heading: Heading) => {
			const { id, problem } = checkHeading(heading, seen);
			if (problem || !id) file.fail(problem ?? 'heading without id', heading);

			const last = heading.children.at(-1);
			if (last?.type === 'text') (last as Text).value = splitExplicitId(last.value).text.trimEnd();
			heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
		});
	};
}
