// Generated copies of the guides, to measure how the build grows with content. A copy keeps its
// language, section and body and gets a new slug, a numbered title and a later order, so both
// languages still pair up and the sidebar lists the originals first.

export const copySlug = (slug: string, copy: number) => `${slug}-copy-${copy}`;

/** The source of copy number `copy` (1, 2, …) of a guide's Markdown. */
export function copyGuideSource(source: string, copy: number): string {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
	if (!match) throw new Error('A guide starts with frontmatter between --- lines');
	const frontmatter = match[1]!
		.replace(/^title:\s*(["']?)(.*?)\1\s*$/m, (_, quote: string, title: string) => `title: ${quote}${title} (${copy + 1})${quote}`)
		// Orders stay below 1000, the step between sections in the reading order, for up to nine copies.
		.replace(/^order:\s*(\d+)\s*$/m, (_, order: string) => `order: ${Number(order) + 100 * copy}`);
	const start = match[0].indexOf(match[1]!);
	return source.slice(0, start) + frontmatter + source.slice(start + match[1]!.length);
}
