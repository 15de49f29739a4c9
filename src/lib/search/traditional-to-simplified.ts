/**
 * Readers in Hong Kong, Taiwan or with a Traditional input method type 申訴 for 申诉. The site is
 * written in Simplified Chinese, so queries are converted character by character before searching.
 *
 * The full OpenCC table has about 4,000 characters; the browser only needs the ones whose
 * Simplified form appears in the site, because a character the site does not contain cannot help
 * find a page either way. The build writes that reduced table next to the search index.
 */

export type CharacterMap = Readonly<Record<string, string>>;

/**
 * Reads an OpenCC character table ("TSCharacters.txt": a Traditional character, a tab, then one
 * or more Simplified candidates separated by spaces; "#" starts a comment). The first candidate
 * is the usual one.
 */
export function parseOpenccCharacters(table: string): Map<string, string> {
	const map = new Map<string, string>();
	for (const line of table.split('\n')) {
		if (!line || line.startsWith('#')) continue;
		const [traditional, candidates] = line.split('\t');
		const simplified = candidates?.trim().split(' ')[0];
		if (traditional && simplified && traditional !== simplified) map.set(traditional, simplified);
	}
	return map;
}

/** The entries of `full` whose Simplified character occurs in `corpus`. */
export function reduceToCorpus(full: ReadonlyMap<string, string>, corpus: string): CharacterMap {
	const used = new Set(corpus);
	const reduced: Record<string, string> = {};
	for (const [traditional, simplified] of full) {
		if (used.has(simplified)) reduced[traditional] = simplified;
	}
	return reduced;
}

export function toSimplified(text: string, map: CharacterMap): string {
	let result = '';
	for (const character of text) result += Object.hasOwn(map, character) ? map[character] : character;
	return result;
}
