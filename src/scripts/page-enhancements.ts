/**
 * The only script a plain guide page loads (budget: 2 KB gzip). Everything works without it;
 * it adds three conveniences:
 * - a heading's link also copies the section URL to the clipboard;
 * - the language switch carries the reader's place over to the other language: the #section,
 *   and the query (quiz answers, a search);
 * - "/" or Ctrl/⌘+K goes to search from anywhere but a text field.
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

document.addEventListener('click', (event) => {
	const link = (event.target as Element | null)?.closest?.('a');
	if (!link) return;
	if (link.hasAttribute('data-keep-place')) {
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
	event.preventDefault();
	// On the search page the shortcut goes to its field; elsewhere it opens the search page.
	const field = document.querySelector<HTMLInputElement>('#search-input');
	if (field) field.focus();
	else document.querySelector<HTMLAnchorElement>('[data-search-entry]')?.click();
});
