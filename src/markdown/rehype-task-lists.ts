import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * GFM renders `- [ ]` as disabled checkboxes that a reader can neither tick nor have announced
 * sensibly. Our checklists are for reading and for ticking on paper, so the box becomes a
 * drawn square; the item's text carries the meaning.
 */
export default function rehypeTaskLists() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element, index, parent) => {
			if (node.tagName !== 'input' || node.properties.type !== 'checkbox' || !parent || index === undefined) return;
			parent.children[index] = { type: 'element', tagName: 'span', properties: { className: ['task-box'], ariaHidden: 'true' }, children: [] };
		});
	};
}
