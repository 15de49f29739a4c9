/**
 * The only script a plain guide page loads (budget: 2 KB gzip). Everything works without it;
 * it adds three conveniences:
 * - a heading's link also copies the section URL to the clipboard;
 * - the language switch carries the reader's place over to the other language: the section on
 *   screen (also after scrolling by hand), and the query (quiz answers, a search);
 * - the contents mark the section being read (aria-current);
 * - the search link, "/" or Ctrl/⌘+K open the search dialog (from anywhere but a text field),
 *   which is downloaded only then.
 */

import { sectionInView } from '../lib/section-in-view';

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
	// First time: put the parked dialog script into the page, which loads and opens it. Pagefind's
	// script and the page titles are fetched at the same time, not once the dialog runs: one round
	// trip less before the first results.
	const { preloadModule, preloadData } = loader.dataset;
	if (preloadModule) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: preloadModule }));
	if (preloadData) document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: preloadData }));
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
		link.hash = placeOnScreen();
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

/** A heading counts as reached once it is this far from the top of the window (below the sticky header). */
const READING_LINE = 120;
const sectionHeadings = [...document.querySelectorAll<HTMLElement>('.article :is(h2, h3)[id]')];

function currentSection(): string | null {
	return sectionInView(sectionHeadings.map((heading) => ({ id: heading.id, top: heading.getBoundingClientRect().top })), READING_LINE);
}

/** The #fragment that reopens the reader's place: the linked element while it is on screen, else the section being read. */
function placeOnScreen(): string {
	const linked = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
	if (linked) {
		const { top, bottom } = linked.getBoundingClientRect();
		if (bottom > 0 && top < innerHeight) return location.hash;
	}
	const section = currentSection();
	return section ? `#${section}` : '';
}

const contentsLinks = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
let marked: string | null | undefined;
function markCurrentSection() {
	const section = currentSection();
	if (section === marked) return;
	marked = section;
	for (const link of contentsLinks) {
		if (link.hash === `#${section}`) link.setAttribute('aria-current', 'true');
		else link.removeAttribute('aria-current');
	}
}
if (contentsLinks.length > 0) {
	let pending = false;
	addEventListener(
		'scroll',
		() => {
			if (pending) return;
			pending = true;
			requestAnimationFrame(() => {
				pending = false;
				markCurrentSection();
			});
		},
		{ passive: true }
	);
	markCurrentSection();
}
