/**
 * The only script a plain guide page loads (budget: 2 KB gzip). Everything works without it;
 * it adds three conveniences:
 * - a heading's link also copies the section URL to the clipboard;
 * - the language switch carries the reader's place over to the other language: the #section,
 *   and the query (quiz answers, a search);
 * - the search link, "/" or Ctrl/⌘+K open the search dialog (from anywhere but a text field),
 *   which is downloaded only then.
 */

const copyStatus = document.querySelector<HTMLElement>('.copy-status');
let hideStatus: ReturnType<typeof setTimeout> | undefined;

function announceCopied() {
	if (!copyStatus) return;
	copyStatus.textContent = copyStatus.dataset.copied ?? '';
	copyStatus.classList.add('visible');
	clearTimeout(hideStatus);
	hideStatus = setTimeout(() => copyStatus.classList.remove('visible'), 2000);
}

/** The search page's own field, once its island has rendered. */
const searchPageField = () => document.querySelector<HTMLInputElement>('.search-page .search-input');

function openSearch(entry: HTMLAnchorElement) {
	const field = searchPageField();
	if (field) return field.focus();
	const loader = document.querySelector<HTMLTemplateElement>('#search-dialog-loader');
	if (!loader) return document.dispatchEvent(new Event('handbook:open-search'));
	// First time: put the parked dialog script into the page, which loads and opens it.
	const script = loader.content.cloneNode(true) as DocumentFragment;
	// Offline or a stale cache: the search page works on its own.
	script.querySelector('script')?.addEventListener('error', () => location.assign(entry.href));
	loader.replaceWith(script);
}

document.addEventListener('click', (event) => {
	const link = (event.target as Element | null)?.closest?.('a');
	if (!link) return;
	if (link.hasAttribute('data-search-entry')) {
		// A new tab or window was asked for: let the link do that.
		if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
		event.preventDefault();
		openSearch(link);
	} else if (link.hasAttribute('data-keep-place')) {
		link.search = location.search;
		link.hash = location.hash;
	} else if (link.hasAttribute('data-copy-link')) {
		// The link still navigates to the section; copying is a bonus that may be refused.
		navigator.clipboard?.writeText(new URL(link.getAttribute('href')!, location.href).href).then(announceCopied, () => {});
	}
});

function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
	const shortcut = (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k');
	if (!shortcut || isTyping(event.target)) return;
	const entry = document.querySelector<HTMLAnchorElement>('[data-search-entry]');
	if (!entry) return;
	event.preventDefault();
	openSearch(entry);
});
