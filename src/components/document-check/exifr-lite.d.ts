// exifr's lite build has no types of its own; it exports the same functions as the full build.
declare module 'exifr/dist/lite.esm.mjs' {
	export { parse } from 'exifr';
}
