/**
 * Loaded only when the reader first asks for search (see SearchDialogLoader.astro): opens the
 * dialog now, and again whenever the page script asks for it.
 */
import { openSearchDialog } from '../components/search/open-search-dialog';

const entry = document.querySelector<HTMLAnchorElement>('[data-search-entry]');
if (entry) {
	openSearchDialog(entry);
	document.addEventListener('handbook:open-search', () => openSearchDialog(entry));
}
