import { useEffect, useRef } from 'preact/hooks';
import type { StringsWithPrefix } from '../../i18n/translate';
import SearchPanel from './SearchPanel';

interface Props {
	locale: 'zh' | 'en';
	strings: StringsWithPrefix<'search.'>;
	/** Receives the dialog element once rendered, so the opener can show it again later. */
	onReady: (dialog: HTMLDialogElement) => void;
}

/**
 * Search in a modal <dialog>: the browser keeps the focus inside, closes it on Esc and returns
 * the focus to where it was. A click on the backdrop closes it too.
 */
export default function SearchDialog({ locale, strings, onReady }: Props) {
	const dialog = useRef<HTMLDialogElement>(null);
	useEffect(() => {
		if (dialog.current) onReady(dialog.current);
	}, []);
	const close = () => dialog.current?.close();
	return (
		<dialog
			class="search-dialog"
			ref={dialog}
			aria-label={strings['search.title']}
			onClick={(event) => {
				if (event.target === dialog.current) close();
			}}
			onKeyDown={(event) => {
				// In a search field, Chromium's first Esc only clears the text: close at once, keeping it.
				if (event.key !== 'Escape' || event.isComposing) return;
				event.preventDefault();
				close();
			}}
		>
			<div class="search-dialog-frame">
				<div class="search-dialog-header">
					<p class="search-dialog-title">{strings['search.title']}</p>
					<button type="button" class="search-dialog-close" onClick={close}>
						{strings['search.close']}
					</button>
				</div>
				<SearchPanel locale={locale} strings={strings} idPrefix="search-dialog" onNavigate={close} />
			</div>
		</dialog>
	);
}
