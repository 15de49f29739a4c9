import { useState } from 'preact/hooks';
import type { Strings } from './types';

interface Props {
	strings: Strings;
	/** Files chosen or dropped, and the names of dropped folders, which cannot be checked. */
	onFiles: (files: File[], folders: string[]) => void;
}

/** Which dropped items are files and which are folders; a folder arrives as a File that cannot be read. */
function dropped(transfer: DataTransfer): { files: File[]; folders: string[] } {
	const files: File[] = [];
	const folders: string[] = [];
	for (const item of transfer.items) {
		if (item.kind !== 'file') continue;
		const entry = item.webkitGetAsEntry?.();
		const file = item.getAsFile();
		if (entry?.isDirectory) folders.push(entry.name);
		else if (file) files.push(file);
	}
	return { files, folders };
}

/** The file input, inside an area that also takes dropped files. */
export default function FilePicker({ strings, onFiles }: Props) {
	const [dragging, setDragging] = useState(false);
	return (
		<div
			class={`doc-check-drop${dragging ? ' is-dragging' : ''}`}
			onDragOver={(event) => {
				event.preventDefault();
				setDragging(true);
			}}
			onDragLeave={() => setDragging(false)}
			onDrop={(event) => {
				event.preventDefault();
				setDragging(false);
				if (!event.dataTransfer) return;
				const { files, folders } = dropped(event.dataTransfer);
				onFiles(files, folders);
			}}
		>
			<label for="doc-check-input" class="doc-check-label">
				{strings['docCheck.choose']}
			</label>
			<input
				id="doc-check-input"
				type="file"
				multiple
				// Any file may be chosen, so that a wrong one is explained rather than hidden from the dialog.
				onChange={(event) => {
					const input = event.currentTarget;
					onFiles([...(input.files ?? [])], []);
					// Choosing the same file again after a fix must check it again.
					input.value = '';
				}}
			/>
			<p class="doc-check-drop-hint" aria-hidden="true">
				{dragging ? strings['docCheck.dropActive'] : strings['docCheck.drop']}
			</p>
		</div>
	);
}
