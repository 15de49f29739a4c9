/**
 * Links in a PDF. Chromium prints a page served from a local address, and would keep that
 * address in every link to the site. Before printing, each link is pointed either inside the
 * document, when its target is printed in it, or at the public site; links to other sites stay.
 */

export interface LinkContext {
	/** The build as served while printing, with its base: "http://127.0.0.1:4000/handbook/". */
	localRoot: string;
	/** The same build at its public address: "https://help.example.org/handbook/". */
	publicRoot: string;
	/**
	 * The pages printed in this document, by site-relative path ("/zh/appeal/"), with the id of
	 * their chapter: "" for a single-page document, whose ids stay as they are.
	 */
	chapters: ReadonlyMap<string, string>;
}

/**
 * The id an element of a printed page gets in the document. A handbook holds many pages whose
 * ids repeat ("sources" is on every guide), so it prefixes each with the chapter's id.
 */
export function documentId(chapter: string, id: string): string {
	if (chapter === '') return id;
	return id === '' ? chapter : `${chapter}--${id}`;
}

/** The site-relative path of a local URL ("/zh/appeal/"), or null for a URL outside the build. */
function sitePath(url: URL, localRoot: URL): string | null {
	if (url.origin !== localRoot.origin || !url.pathname.startsWith(localRoot.pathname)) return null;
	return `/${url.pathname.slice(localRoot.pathname.length)}`;
}

/** The public address of a link into the site; other links come back as they are. */
export function publicHref(href: string, context: LinkContext): string {
	const url = new URL(href);
	const path = sitePath(url, new URL(context.localRoot));
	if (path === null) return href;
	return new URL(`${path.slice(1)}${url.search}${url.hash}`, context.publicRoot).href;
}

/**
 * Where a link in the document should go: "#chapter--section" inside the document when its page
 * is printed in it, the public address for the rest of the site, other sites unchanged.
 * A page with a query (a quiz with answers) is a different view of the page: it stays online.
 */
export function documentHref(href: string, context: LinkContext): string {
	const url = new URL(href);
	const path = sitePath(url, new URL(context.localRoot));
	if (path === null) return href;
	const chapter = context.chapters.get(path);
	if (chapter !== undefined && url.search === '') {
		const id = decodeURIComponent(url.hash.slice(1));
		if (id !== '' || chapter !== '') return `#${documentId(chapter, id)}`;
	}
	return publicHref(href, context);
}
