import type { Country } from '../../lib/appeal';

interface Props {
	label: string;
	requiredLabel: string | null;
	/** The empty choice's text, "Choose…". */
	placeholder: string;
	options: readonly { value: Country; label: string }[];
	value: Country | '';
	error: string | null;
	onChange: (value: Country | '') => void;
	onBlur: () => void;
}

/** The country/region as a choice; "other" makes the form show a field to type the place in. */
export default function CountryField({ label, requiredLabel, placeholder, options, value, error, onChange, onBlur }: Props) {
	const messageId = 'appeal-country-message';
	return (
		<div class={`appeal-field${error ? ' has-error' : ''}`}>
			<label for="appeal-country">
				{label}
				{requiredLabel && <span class="appeal-required"> ({requiredLabel})</span>}
			</label>
			<select
				id="appeal-country"
				value={value}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={error ? messageId : undefined}
				aria-required={requiredLabel ? 'true' : undefined}
				onChange={(event) => onChange(event.currentTarget.value as Country | '')}
				onBlur={onBlur}
			>
				<option value="">{placeholder}</option>
				{options.map((option) => (
					<option key={option.value} value={option.value}>
						{option.label}
					</option>
				))}
			</select>
			{error && (
				<p id={messageId} class="appeal-error">
					{error}
				</p>
			)}
		</div>
	);
}
