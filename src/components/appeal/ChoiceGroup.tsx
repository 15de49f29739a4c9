interface Option<T extends string> {
	value: T;
	label: string;
}

interface Props<T extends string> {
	name: string;
	legend: string;
	type: 'checkbox' | 'radio';
	options: readonly Option<T>[];
	selected: readonly T[];
	onChange: (selected: T[]) => void;
}

/** A fieldset of checkboxes (pick any) or radio buttons (pick one). */
export default function ChoiceGroup<T extends string>({ name, legend, type, options, selected, onChange }: Props<T>) {
	const toggle = (value: T, checked: boolean) => {
		if (type === 'radio') onChange([value]);
		else onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
	};
	return (
		<fieldset class="appeal-choices">
			<legend>{legend}</legend>
			{options.map((option) => (
				<label class="choice" key={option.value}>
					<input
						type={type}
						name={name}
						value={option.value}
						checked={selected.includes(option.value)}
						onChange={(event) => toggle(option.value, event.currentTarget.checked)}
					/>
					<span>{option.label}</span>
				</label>
			))}
		</fieldset>
	);
}
