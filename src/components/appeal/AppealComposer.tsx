import type { ComponentChildren, InputHTMLAttributes } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { fillPlaceholders } from '../../i18n/fill';
import type { StringsAfterPrefix } from '../../i18n/translate';
import {
	capLength,
	checksFor,
	composeAppeal,
	CONTACT_METHODS,
	COUNTRIES,
	documentsFor,
	fieldLabel,
	hanAdvice,
	MAX_LENGTH,
	SITUATIONS,
	validate,
	visibleFields,
	type AppealInput,
	type AppealWording,
	type Country,
	type FieldId,
	type FieldSpec,
	type TextFieldId,
} from '../../lib/appeal';
import {
	emptySavedAppeal,
	parseSavedAppeal,
	SAVED_APPEAL_KEY,
	serializeSavedAppeal,
	SITUATION_PARAM,
	withLinkedSituation,
	type SavedAppeal,
} from '../../lib/appeal/saved-state';
import { useSessionState, type SessionStore } from '../use-session-state';
import AppealOutput from './AppealOutput';
import ChoiceGroup from './ChoiceGroup';
import FormField from './FormField';
import '../../styles/buttons.css';
import '../../styles/choices.css';
import './AppealComposer.css';

interface Props {
	locale: 'zh' | 'en';
	strings: StringsAfterPrefix<'appeal.'>;
	/** The generator's words in both languages: the form shows one, the appeal needs both. */
	wording: AppealWording;
	/**
	 * Where the copied text goes next (NextSteps.astro, NextStepsSummary.astro, as slots, so the links
	 * cost no JavaScript): the appeal guide's steps, and for a login problem the login guide's way in.
	 * The slots are named as these props are: Astro's Preact renderer changes a kebab-case name to
	 * camelCase on the server but not on hydration.
	 */
	nextSteps?: ComponentChildren;
	nextStepsSummary?: ComponentChildren;
	loginNextSteps?: ComponentChildren;
	loginNextStepsSummary?: ComponentChildren;
}

/** Browser hints per field, so phones show the right keyboard and autofill offers the right value. */
const INPUT_HINTS: Partial<Record<FieldId, InputHTMLAttributes<HTMLInputElement>>> = {
	email: { inputMode: 'email', autocomplete: 'email', spellcheck: false },
	creditCode: { autoCapitalize: 'characters', spellcheck: false, autocomplete: 'off' },
	legalRepPinyin: { spellcheck: false },
	caseId: { inputMode: 'numeric', autocomplete: 'off' },
	phone: { inputMode: 'tel', autocomplete: 'tel' },
};

const SAVED_APPEAL: SessionStore<SavedAppeal> = { key: SAVED_APPEAL_KEY, empty: emptySavedAppeal, parse: parseSavedAppeal, serialize: serializeSavedAppeal };

/**
 * The appeal-text generator. All logic lives in src/lib/appeal; this component keeps the form
 * state (saved per tab), shows it, and shows what `composeAppeal` makes of it.
 */
export default function AppealComposer({ locale, strings, wording, ...next }: Props) {
	const [saved, setSaved] = useSessionState(SAVED_APPEAL, (stored) => withLinkedSituation(stored, location.search));
	const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
	const [truncated, setTruncated] = useState<ReadonlySet<string>>(new Set());
	const [notice, setNotice] = useState('');
	/** Whether the English text has been copied, so the next steps show. */
	const [copied, setCopied] = useState(false);

	useEffect(() => {
		// The link's situation is now the form's; a reload must not undo a choice made since.
		const url = new URL(location.href);
		if (url.searchParams.has(SITUATION_PARAM)) {
			url.searchParams.delete(SITUATION_PARAM);
			history.replaceState(history.state, '', url.href);
		}
	}, []);

	const { situation, input } = saved;
	const errors = useMemo(() => (situation ? validate(input, situation) : {}), [input, situation]);
	const text = useMemo(() => (situation ? composeAppeal(input, situation, wording) : null), [input, situation, wording]);
	const login = situation === 'login-access';
	const fields = situation ? visibleFields(situation, input) : [];
	const offersEnglishName = fields.some(({ id }) => id === 'businessNameEn');
	const onEnglishCopied = () => setCopied(true);

	const update = (changes: Partial<AppealInput>) => setSaved((current) => ({ ...current, input: { ...current.input, ...changes } }));
	const updateText = (field: TextFieldId, raw: string) => {
		const { value, truncated: wasCut } = capLength(raw, MAX_LENGTH[field]);
		setTruncated((current) => toggled(current, field, wasCut));
		update({ [field]: value });
	};
	// Emptying the state also empties storage (serializeSavedAppeal gives null).
	const clear = () => {
		setSaved(emptySavedAppeal());
		setTouched(new Set());
		setTruncated(new Set());
		setCopied(false);
		setNotice(strings.cleared);
		document.querySelector<HTMLInputElement>('.appeal input[name="situation"]')?.focus();
	};

	const renderField = (spec: FieldSpec) => {
		if (!situation) return null;
		const label = fieldLabel(wording, situation, spec.id)[locale];
		if (spec.id === 'checked') {
			const options = checksFor(situation).map((value) => ({ value, label: wording.checks[value][locale] }));
			return <ChoiceGroup key={spec.id} name="checked" legend={label} type="checkbox" options={options} selected={input.checked} onChange={(checked) => update({ checked })} />;
		}
		if (spec.id === 'documents') {
			const options = documentsFor(situation).map((value) => ({ value, label: wording.documents[value][locale] }));
			return <ChoiceGroup key={spec.id} name="documents" legend={label} type="checkbox" options={options} selected={input.documents} onChange={(documents) => update({ documents })} />;
		}
		if (spec.id === 'contactMethod') {
			const options = CONTACT_METHODS.map((value) => ({ value, label: wording.contactMethods[value][locale] }));
			return (
				<ChoiceGroup key={spec.id} name="contactMethod" legend={label} type="radio" options={options} selected={[input.contactMethod]} onChange={([contactMethod]) => contactMethod && update({ contactMethod })} />
			);
		}
		const field = spec.id;
		// The country is a choice from a list, with an empty first choice until the seller picks one.
		const countries = field === 'country' ? [{ value: '', label: strings.countryChoose }, ...COUNTRIES.map((value) => ({ value, label: wording.countries[value][locale] }))] : null;
		const error = errors[field];
		const fieldAdvice = hanAdvice(field, input, offersEnglishName);
		const showError = error && (touched.has(field) || (error !== 'required-missing' && input[field] !== ''));
		return (
			<FormField
				key={field}
				id={`appeal-${field}`}
				label={label}
				requiredLabel={spec.required ? strings.required : null}
				value={input[field]}
				multiline={field === 'notes'}
				error={showError ? strings[`error.${error}`] : null}
				options={countries}
				note={field !== 'country' && truncated.has(field) ? fillPlaceholders(strings.truncated, { max: String(MAX_LENGTH[field]) }) : null}
				advice={fieldAdvice ? strings[`han.${fieldAdvice}`] : null}
				inputProps={INPUT_HINTS[field] ?? {}}
				// The list offers only the known places and the empty choice.
				onInput={(value) => (field === 'country' ? update({ country: value as Country | '' }) : updateText(field, value))}
				onBlur={() => setTouched((current) => toggled(current, field, true))}
			/>
		);
	};

	return (
		// Complete once every required field is filled: until then the text still has [placeholders].
		<div class={text?.missing.length === 0 ? 'appeal is-complete' : 'appeal'}>
			<p class="appeal-privacy">{strings.privacy}</p>
			<ChoiceGroup
				name="situation"
				legend={strings.situationLegend}
				type="radio"
				options={SITUATIONS.map((value) => ({ value, label: wording.situations[value][locale] }))}
				selected={situation ? [situation] : []}
				onChange={([value]) => value && setSaved((current) => ({ ...current, situation: value }))}
			/>

			{situation && text ? (
				<>
					<section class="appeal-details" aria-labelledby="appeal-details-heading">
						<h2 id="appeal-details-heading">{strings.detailsHeading}</h2>
						<p>{strings.detailsIntro}</p>
						{fields.map(renderField)}
					</section>
					<AppealOutput
						locale={locale}
						situation={situation}
						text={text}
						strings={strings}
						wording={wording}
						nextSteps={copied && (login ? next.loginNextSteps : next.nextSteps)}
						nextStepsSummary={copied && (login ? next.loginNextStepsSummary : next.nextStepsSummary)}
						onEnglishCopied={onEnglishCopied}
					/>
				</>
			) : (
				<p class="appeal-hint">{strings.pickSituation}</p>
			)}

			<p>
				<button type="button" class="appeal-clear button button-quiet" onClick={clear}>
					{strings.clear}
				</button>
			</p>
			<p role="status" class="sr-only">
				{notice}
			</p>
		</div>
	);
}

function toggled(set: ReadonlySet<string>, item: string, present: boolean): ReadonlySet<string> {
	if (set.has(item) === present) return set;
	const next = new Set(set);
	if (present) next.add(item);
	else next.delete(item);
	return next;
}
