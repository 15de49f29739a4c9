import { render } from 'preact';
import type { StringsWithPrefix } from '../../i18n/translate';
import SearchDialog from './SearchDialog';

let dialog: Promise<HTMLDialogElement> | undefined;

/**
 * Opens the search dialog, rendering it the first time. Loaded by the page script only when the
 * reader asks for search, so a page that is only read never downloads Preact or Pagefind. The
 * header's search link carries the dialog's strings (data-search-strings) in the page's language.
 */
export function openSearchDialog(entry: HTMLElement): void {
	dialog ??= new Promise((resolve) => {
		const strings = JSON.parse(entry.dataset.searchStrings ?? '{}') as StringsWithPrefix<'search.'>;
		const locale = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
		const root = document.createElement('div');
		document.body.append(root);
		render(<SearchDialog locale={locale} strings={strings} onReady={resolve} />, root);
	});
	void dialog.then((element) => {
		if (element.open) return;
		element.showModal();
		const input = element.querySelector<HTMLInputElement>('input[type="search"]');
		input?.focus();
		input?.select();
	});
}
