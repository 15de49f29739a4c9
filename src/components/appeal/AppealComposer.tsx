import type { InputHTMLAttributes } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fillPlaceholders } from '../../i18n/fill';
import type { StringsWithPrefix } from '../../i18n/translate';
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
import AppealOutput from './AppealOutput';
import ChoiceGroup from './ChoiceGroup';
import CopyBar from './CopyBar';
import CountryField from './CountryField';
import { copyText } from './copy-text';
import type { NextStepLinks } from './NextSteps';
import TextField from './TextField';
import './AppealComposer.css';

interface Props {
	locale: 'zh' | 'en';
	strings: StringsWithPrefix<'appeal.'>;
	/** The generator's words in both languages: the form shows one, the appeal needs both. */
	wording: AppealWording;
	/** Where the copied text goes next: the appeal guide's steps, or the login guide's for a login problem. */
	nextSteps: Readonly<Record<'verification' | 'login', NextStepLinks>>;
}

/** Browser hints per field, so phones show the right keyboard and autofill offers the right value. */
const INPUT_HINTS: Partial<Record<TextFieldId, InputHTMLAttributes<HTMLInputElement>>> = {
	email: { inputMode: 'email', autocomplete: 'email', spellcheck: false },
	creditCode: { autoCapitalize: 'characters', spellcheck: false, autocomplete: 'off' },
	legalRepPinyin: { spellcheck: false },
	caseId: { inputMode: 'numeric', autocomplete: 'off' },
	phone: { inputMode: 'tel', autocomplete: 'tel' },
};

// Storage can be unavailable (private mode, blocked by settings): the form then still works, unsaved.
function readSaved(): SavedAppeal {
	try {
		return parseSavedAppeal(sessionStorage.getItem(SAVED_APPEAL_KEY));
	} catch {
		return emptySavedAppeal();
	}
}
function writeSaved(saved: SavedAppeal) {
	try {
		const json = serializeSavedAppeal(saved);
		if (json) sessionStorage.setItem(SAVED_APPEAL_KEY, json);
		else sessionStorage.removeItem(SAVED_APPEAL_KEY);
	} catch {
		/* not saved; nothing else to do */
	}
}

/**
 * The appeal-text generator. All logic lives in src/lib/appeal; this component keeps the form
 * state (saved per tab), shows it, and shows what `composeAppeal` makes of it.
 */
export default function AppealComposer({ locale, strings, wording, nextSteps }: Props) {
	const [saved, setSaved] = useState<SavedAppeal>(emptySavedAppeal);
	const [restored, setRestored] = useState(false);
	const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
	const [truncated, setTruncated] = useState<ReadonlySet<string>>(new Set());
	const [notice, setNotice] = useState('');
	/** The English text last put on the clipboard, and whether the copy bar's last try was refused. */
	const [copied, setCopied] = useState<string | null>(null);
	const [copyFailed, setCopyFailed] = useState(false);
	const firstChoice = useRef<HTMLFieldSetElement>(null);

	useEffect(() => {
		setSaved(withLinkedSituation(readSaved(), location.search));
		setRestored(true);
		// The link's situation is now the form's; a reload must not undo a choice made since.
		const url = new URL(location.href);
		if (url.searchParams.has(SITUATION_PARAM)) {
			url.searchParams.delete(SITUATION_PARAM);
			history.replaceState(history.state, '', url.href);
		}
	}, []);
	// Saved as the render commits, not after paint: a reload straight after typing keeps the last keystroke.
	useLayoutEffect(() => {
		if (restored) writeSaved(saved);
	}, [saved, restored]);

	const { situation, input } = saved;
	const errors = useMemo(() => (situation ? validate(input, situation) : {}), [input, situation]);
	const text = useMemo(() => (situation ? composeAppeal(input, situation, wording) : null), [input, situation, wording]);
	const advice = useMemo(() => (situation ? hanAdvice(input, situation) : {}), [input, situation]);
	const next = nextSteps[situation === 'login-access' ? 'login' : 'verification'];

	const update = (changes: Partial<AppealInput>) => setSaved((current) => ({ ...current, input: { ...current.input, ...changes } }));
	const updateText = (field: TextFieldId, raw: string) => {
		const { value, truncated: wasCut } = capLength(raw, MAX_LENGTH[field]);
		setTruncated((current) => toggled(current, field, wasCut));
		update({ [field]: value });
	};
	// Emptying the state also empties storage (see writeSaved).
	const clear = () => {
		setSaved(emptySavedAppeal());
		setTouched(new Set());
		setTruncated(new Set());
		setCopied(null);
		setCopyFailed(false);
		setNotice(strings['appeal.cleared']);
		firstChoice.current?.querySelector('input')?.focus();
	};

	const copyEnglish = (english: string) =>
		copyText(english).then((done) => {
			setCopyFailed(!done);
			if (!done) return setNotice(strings['appeal.copyFailed']);
			setCopied(english);
			const summary = fillPlaceholders(strings['appeal.next.summary'], { open: next.open.label, steps: next.steps.label });
			setNotice(`${strings['appeal.copiedEnglish']}. ${summary}`);
		});

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
		if (spec.id === 'country') {
			const options = COUNTRIES.map((value) => ({ value, label: wording.countries[value][locale] }));
			return (
				<CountryField
					key={spec.id}
					label={label}
					requiredLabel={spec.required ? strings['appeal.required'] : null}
					placeholder={strings['appeal.countryChoose']}
					options={options}
					value={input.country}
					error={errors.country && touched.has('country') ? strings[`appeal.error.${errors.country}`] : null}
					onChange={(country) => update({ country })}
					onBlur={() => setTouched((current) => toggled(current, 'country', true))}
				/>
			);
		}
		const field = spec.id;
		const error = errors[field];
		const fieldAdvice = advice[field];
		const showError = error && (touched.has(field) || (error !== 'required-missing' && input[field] !== ''));
		return (
			<TextField
				key={field}
				id={`appeal-${field}`}
				label={label}
				requiredLabel={spec.required ? strings['appeal.required'] : null}
				value={input[field]}
				multiline={field === 'notes'}
				error={showError ? strings[`appeal.error.${error}`] : null}
				note={truncated.has(field) ? fillPlaceholders(strings['appeal.truncated'], { max: String(MAX_LENGTH[field]) }) : null}
				advice={fieldAdvice ? strings[`appeal.han.${fieldAdvice}`] : null}
				inputProps={INPUT_HINTS[field] ?? {}}
				onInput={(value) => updateText(field, value)}
				onBlur={() => setTouched((current) => toggled(current, field, true))}
			/>
		);
	};

	return (
		<div class="appeal">
			<p class="appeal-privacy">{strings['appeal.privacy']}</p>
			<fieldset class="appeal-situations" ref={firstChoice}>
				<legend>{strings['appeal.situationLegend']}</legend>
				{SITUATIONS.map((value) => (
					<label class="choice" key={value}>
						<input type="radio" name="situation" value={value} checked={situation === value} onChange={() => setSaved((current) => ({ ...current, situation: value }))} />
						<span>{wording.situations[value][locale]}</span>
					</label>
				))}
			</fieldset>

			{situation && text ? (
				<>
					<section class="appeal-details" aria-labelledby="appeal-details-heading">
						<h2 id="appeal-details-heading">{strings['appeal.detailsHeading']}</h2>
						<p>{strings['appeal.detailsIntro']}</p>
						{visibleFields(situation, input).map(renderField)}
					</section>
					<AppealOutput
						locale={locale}
						situation={situation}
						text={text}
						strings={strings}
						wording={wording}
						nextSteps={copied === null ? null : next}
						onEnglishCopied={() => setCopied(text.english)}
					/>
				</>
			) : (
				<p class="appeal-hint">{strings['appeal.pickSituation']}</p>
			)}

			<p>
				<button type="button" class="appeal-clear" onClick={clear}>
					{strings['appeal.clear']}
				</button>
			</p>
			<p role="status" class="sr-only">
				{notice}
			</p>
			{/* Once every required field is filled; until then the text still has [placeholders]. */}
			{text && text.missing.length === 0 && (
				<CopyBar
					copied={copied === text.english}
					failed={copyFailed}
					showSummary={copied !== null}
					links={next}
					strings={{
						copy: strings['appeal.copyEnglish'],
						copied: strings['appeal.copiedEnglish'],
						failed: strings['appeal.copyFailed'],
						summary: strings['appeal.next.summary'],
					}}
					onCopy={() => copyEnglish(text.english)}
				/>
			)}
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
