/**
 * Form checks. They return codes, not messages: the island words them in the reader's language.
 * Errors are advice only — the appeal text is composed whatever they say.
 */
import { checkCreditCode, type CreditCodeProblem } from './credit-code';
import { isTextField, visibleFields, type AppealInput, type FieldId, type Situation, type TextFieldId } from './model';
import { MAX_LENGTH, codePointLength, normaliseField } from './normalise';

export type ErrorCode =
	| 'required-missing'
	| 'email-format'
	| 'credit-code-length'
	| 'credit-code-characters'
	| 'credit-code-check'
	| 'case-id-digits'
	| 'phone-format'
	| 'too-long';

export type ValidationErrors = Partial<Record<FieldId, ErrorCode>>;

/**
 * Deliberately loose: something@domain.tld with no spaces. Stricter patterns reject real addresses
 * (and IDN domains); the support form does its own check anyway.
 */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/u;

/** Digits with the usual ways people group them: "+86 138-0013-8000", "(010) 1234 5678". */
const PHONE_CHARACTERS = /^[0-9+\-() ]+$/;
const PHONE_DIGITS = { min: 6, max: 20 } as const;

const CREDIT_CODE_ERRORS: Readonly<Record<Exclude<CreditCodeProblem, 'empty'>, ErrorCode>> = {
	length: 'credit-code-length',
	characters: 'credit-code-characters',
	'check-character': 'credit-code-check',
};

function formatError(field: TextFieldId, value: string): ErrorCode | undefined {
	switch (field) {
		case 'email':
			return EMAIL.test(value) ? undefined : 'email-format';
		case 'creditCode': {
			const result = checkCreditCode(value);
			return result.ok || result.reason === 'empty' ? undefined : CREDIT_CODE_ERRORS[result.reason];
		}
		case 'caseId':
			return /^[0-9]+$/.test(value) ? undefined : 'case-id-digits';
		case 'phone': {
			const digits = value.replace(/[^0-9]/g, '').length;
			const fits = PHONE_CHARACTERS.test(value) && digits >= PHONE_DIGITS.min && digits <= PHONE_DIGITS.max;
			return fits ? undefined : 'phone-format';
		}
		default:
			return undefined;
	}
}

function textFieldError(field: TextFieldId, raw: string, required: boolean): ErrorCode | undefined {
	const value = normaliseField(field, raw);
	if (value === '') return required ? 'required-missing' : undefined;
	const format = formatError(field, value);
	// A wrong-length credit code says more than "too long", so format problems come first for it.
	if (field === 'creditCode' && format !== undefined) return format;
	if (codePointLength(value) > MAX_LENGTH[field]) return 'too-long';
	return format;
}

/** One error per field at most, for the fields this situation shows; an empty object means all is well. */
export function validate(input: AppealInput, situation: Situation): ValidationErrors {
	const errors: ValidationErrors = {};
	for (const { id, required } of visibleFields(situation, input)) {
		if (id === 'country' && required && input.country === '') errors.country = 'required-missing';
		if (!isTextField(id)) continue; // lists and other choices cannot be invalid
		const error = textFieldError(id, input[id], required);
		if (error !== undefined) errors[id] = error;
	}
	return errors;
}
