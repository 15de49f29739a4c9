// The punycode package ships no types; the two functions used here, as its README documents them.
declare module 'punycode/punycode.es6.js' {
	export function toASCII(domain: string): string;
	export function toUnicode(domain: string): string;
}
