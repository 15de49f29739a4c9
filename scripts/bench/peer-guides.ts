// The project's guides as the Starlight peer's import script reads them (see starlight-peer.mjs).

/**
 * A guide, `.md` or `.mdx`, as plain Markdown with the handbook's own syntax the peer's
 * import-guides.mjs knows: heading ids as a trailing `{#id}` (MDX guides write `\{#id}` or
 * `{/* #id *\/}`), asides as `:::kind` or `:::kind[title]` without attributes (`{source=key}`),
 * and no MDX comments, imports or exports. What the peer cannot show anyway (embedded
 * components) is left to import-guides.mjs, which drops it.
 */
export function guideAsPeerMarkdown(source: string): string {
	let inFence = false;
	return source
		.split('\n')
		.flatMap((line) => {
			if (/^(```|~~~)/.test(line)) inFence = !inFence;
			if (inFence) return [line];
			if (/^(import|export)\s/.test(line)) return [];
			const heading = /^(#{1,6} .*?)\s*(?:\\\{#([A-Za-z0-9_-]+)\\?\}|\{\/\*\s*#([A-Za-z0-9_-]+)\s*\*\/\})\s*$/.exec(line);
			if (heading) return [`${heading[1]} {#${heading[2] ?? heading[3]}}`];
			const aside = /^:::([a-z]+)(\[[^\]]*\])?\{[^}]*\}(\[[^\]]*\])?\s*$/.exec(line);
			if (aside) return [`:::${aside[1]}${aside[2] ?? aside[3] ?? ''}`];
			const withoutComments = line.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
			return withoutComments.trim() === '' && line.trim() !== '' ? [] : [withoutComments];
		})
		.join('\n');
}
