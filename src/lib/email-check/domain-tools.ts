import { toASCII, toUnicode } from 'punycode/punycode.es6.js';
import { getDomain } from 'tldts/dist/index.esm.min.js';

/**
 * What the checker needs to know about a host name. The island imports this module only when the
 * reader first checks: tldts carries the whole public-suffix list.
 */
export interface DomainTools {
	/** The host in ASCII (punycode), lower case, without a trailing dot; null if it is not a host name. */
	toAscii(host: string): string | null;
	/** The host as a reader sees it, punycode decoded. */
	toUnicode(asciiHost: string): string;
	/** The registrable domain ("example.co.uk" for "a.b.example.co.uk"), public-suffix aware. */
	registrableDomain(asciiHost: string): string | null;
}

export const domainTools: DomainTools = {
	toAscii(host) {
		// NFKC folds full-width letters and dots (ａｍａｚｏｎ．ｃｏｍ) into the ASCII a browser would open.
		const folded = host.normalize('NFKC').trim().toLowerCase().replace(/[。．｡]/g, '.').replace(/\.$/, '');
		if (folded === '' || folded.length > 253) return null;
		let ascii: string;
		try {
			ascii = toASCII(folded);
		} catch {
			return null;
		}
		return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(ascii) ? ascii : null;
	},
	toUnicode(asciiHost) {
		try {
			return toUnicode(asciiHost);
		} catch {
			return asciiHost;
		}
	},
	registrableDomain(asciiHost) {
		return getDomain(asciiHost, { allowPrivateDomains: false });
	},
};
