import type { NextStepLinks } from './NextSteps';

interface Props {
	/** Whether the English text now on the clipboard is the one shown. */
	copied: boolean;
	/** The last copy was refused by the browser. */
	failed: boolean;
	/** Shown once something was copied. */
	showSummary: boolean;
	links: NextStepLinks;
	strings: { copy: string; copied: string; failed: string; summary: string };
	onCopy: () => void;
}

/**
 * The one action that matters once the appeal is complete: copy the English text. On phones it is
 * pinned to the bottom of the screen (AppealComposer.css); once used, it says where the text goes.
 */
export default function CopyBar({ copied, failed, showSummary, links, strings, onCopy }: Props) {
	// "Next: {open}, paste …, then follow {steps} …": odd parts are the names of the links.
	const summary = strings.summary.split(/\{(\w+)\}/).map((part, index) => {
		if (index % 2 === 0 || (part !== 'open' && part !== 'steps')) return part;
		return <a href={links[part].href}>{links[part].label}</a>;
	});
	return (
		<div class="appeal-copy-bar">
			{failed ? <p class="appeal-error">{strings.failed}</p> : showSummary && <p>{summary}</p>}
			<button type="button" class="appeal-copy-primary" onClick={onCopy}>
				{copied ? strings.copied : strings.copy}
			</button>
		</div>
	);
}
