// The punycode package ships no types; the two functions used here, as its README documents them.
declare module 'punycode/punycode.es6.js' {
	export function toASCII(domain: string): string;
	export function toUnicode(domain: string): string;
}

// tldts's own minified ES module build: its trie minified by tldts is about half the gzip size of
// the same trie bundled from its unminified build, so the on-demand chunk stays under 55 KB.
declare module 'tldts/dist/index.esm.min.js' {
	export * from 'tldts';
}
