/** Puts `text` on the clipboard; false where the browser has no clipboard or refuses. */
export function copyText(text: string): Promise<boolean> {
	const clipboard = navigator.clipboard as Clipboard | undefined;
	if (!clipboard) return Promise.resolve(false);
	return clipboard.writeText(text).then(
		() => true,
		() => false,
	);
}
