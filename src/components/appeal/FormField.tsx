import type { InputHTMLAttributes } from 'preact';

interface Props {
	id: string;
	label: string;
	requiredLabel: string | null;
	value: string;
	multiline: boolean;
	/** A choice from a list instead of typing: the options of a <select>. */
	options: readonly { value: string; label: string }[] | null;
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

/** One labelled field of the appeal form (typed in, or chosen from a list), with its messages. */
export default function FormField({ id, label, requiredLabel, value, multiline, options, error, note, advice, inputProps, onInput, onBlur }: Props) {
	const messageId = `${id}-message`;
	const adviceId = `${id}-advice`;
	const message = error ?? note;
	const common = {
		id,
		value,
		onBlur,
		onInput: (event: { currentTarget: { value: string } }) => onInput(event.currentTarget.value),
		'aria-invalid': error ? ('true' as const) : undefined,
		'aria-describedby': [message && messageId, advice && adviceId].filter(Boolean).join(' ') || undefined,
		'aria-required': requiredLabel ? ('true' as const) : undefined,
	};
	return (
		<div class={`appeal-field${error ? ' has-error' : ''}`}>
			<label for={id}>
				{label}
				{requiredLabel && <span class="appeal-required"> ({requiredLabel})</span>}
			</label>
			{options ? (
				<select {...common}>
					{options.map((option) => (
						<option key={option.value} value={option.value}>
							{option.label}
						</option>
					))}
				</select>
			) : multiline ? (
				<textarea {...common} rows={4} />
			) : (
				<input {...common} {...inputProps} type="text" />
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
