import type { InputHTMLAttributes } from 'preact';

interface Props {
	id: string;
	label: string;
	requiredLabel: string | null;
	value: string;
	multiline: boolean;
	/** Message shown next to the field; also makes the field invalid for assistive technology. */
	error: string | null;
	/** A note that does not make the field invalid, e.g. that the text was cut to the maximum length. */
	note: string | null;
	/** Advice on what was typed that leaves it as it is, e.g. Chinese characters where English is read. */
	advice: string | null;
	inputProps: InputHTMLAttributes<HTMLInputElement>;
	onInput: (value: string) => void;
	onBlur: () => void;
}

/** One labelled text field with its messages, for the appeal form. */
export default function TextField({ id, label, requiredLabel, value, multiline, error, note, advice, inputProps, onInput, onBlur }: Props) {
	const messageId = `${id}-message`;
	const adviceId = `${id}-advice`;
	const message = error ?? note;
	const describedBy = [message && messageId, advice && adviceId].filter(Boolean).join(' ');
	const common = {
		id,
		value,
		onBlur,
		'aria-invalid': error ? ('true' as const) : undefined,
		'aria-describedby': describedBy || undefined,
		'aria-required': requiredLabel ? ('true' as const) : undefined,
	};
	return (
		<div class={`appeal-field${error ? ' has-error' : ''}`}>
			<label for={id}>
				{label}
				{requiredLabel && <span class="appeal-required"> ({requiredLabel})</span>}
			</label>
			{multiline ? (
				<textarea {...common} rows={4} onInput={(event) => onInput(event.currentTarget.value)} />
			) : (
				<input {...common} {...inputProps} type="text" onInput={(event) => onInput(event.currentTarget.value)} />
			)}
			{message && (
				<p id={messageId} class={error ? 'appeal-error' : 'appeal-note'}>
					{message}
				</p>
			)}
			{advice && (
				<p id={adviceId} class="appeal-advice">
					{advice}
				</p>
			)}
		</div>
	);
}
