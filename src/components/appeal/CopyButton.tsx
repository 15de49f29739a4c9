import { useState } from 'preact/hooks';

interface Props {
	text: string;
	/** What is being copied, for screen readers: "Copy: Short description"; none when the button says it. */
	label?: string;
	strings: { copy: string; copied: string; failed: string };
	onCopied?: () => void;
	/** The page's main action (the English text): a filled button. */
	primary?: boolean;
}

/** Copies one part of the appeal to the clipboard and says whether it worked. */
export default function CopyButton({ text, label, strings, onCopied, primary = false }: Props) {
	const [result, setResult] = useState<'idle' | 'copied' | 'failed'>('idle');
	const copy = () => {
		const clipboard = navigator.clipboard as Clipboard | undefined;
		if (!clipboard) return setResult('failed');
		clipboard.writeText(text).then(
			() => {
				setResult('copied');
				onCopied?.();
			},
			() => setResult('failed'),
		);
	};
	return (
		<span class="appeal-copy">
			<button type="button" class={primary ? 'button button-primary' : 'button'} onClick={copy} aria-label={label && `${strings.copy}: ${label}`}>
				{result === 'copied' ? strings.copied : strings.copy}
			</button>
			<span role="status" class={result === 'failed' ? 'appeal-error' : 'sr-only'}>
				{result === 'copied' ? strings.copied : result === 'failed' ? strings.failed : ''}
			</span>
		</span>
	);
}
