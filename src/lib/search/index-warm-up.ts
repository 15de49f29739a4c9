/**
 * A query that touches every chunk of the index, preloaded (Pagefind's `preload`: loaded, not
 * searched) on the Chinese site as soon as search is ready, before the reader types (why only
 * Chinese: `preloadIndex` in search-session.ts). Pagefind downloads its
 * WebAssembly and the index chunks a query needs only when that query runs, and in Chinese the
 * first query also loads the browser's word-break dictionary (`Intl.Segmenter`). Done while the
 * reader is still looking at the empty field, none of that is left for their query. (Searched
 * rather than preloaded, the query also warmed up the search code, but its 66 words, the Latin
 * letters each matching every word they start, then held up a query typed at once.)
 *
 * Pagefind cuts the index into chunks by word in code-point order and loads every chunk whose
 * range holds a query word. The Chinese index has one word per Han character (han-text.ts), so
 * a character every 512 code points across the CJK Unified Ideographs block falls into every
 * chunk that spans more than 512 code points. A chunk of this index spans thousands (three
 * chunks today, 72 kB; ten times the guides would make about twenty): the characters a site uses
 * are spread thinly over 20,000 code points. Latin letters do the same for the Latin words on
 * Chinese pages. A chunk missed simply loads with the query that needs it. Every
 * 64 code points would be safer still, but a query of 330 words takes Pagefind a second to
 * prepare on a busy phone, the 40 words here a small part of that.
 */
const LATIN = [...'abcdefghijklmnopqrstuvwxyz'];
const HAN_STEP = 512;
const HAN = Array.from({ length: (0x9fff - 0x4e00) / HAN_STEP }, (_, index) => String.fromCodePoint(0x4e00 + index * HAN_STEP));

export const INDEX_WARM_UP_QUERY = [...LATIN, ...HAN].join(' ');

/**
 * Searched once the chunks are in, if the reader has not typed yet: Pagefind's first search runs
 * its WebAssembly search code cold, and took a median of 157 ms where a search after this one took
 * 35 ms ("申诉", 7 fresh pages each, Chromium on two busy cores). A common Han character and a
 * Latin letter take it through both kinds of word.
 */
export const SEARCH_WARM_UP_QUERY = '一 a';
