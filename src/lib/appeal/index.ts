/** The appeal-text generator's core: data, cleaning, checks and composing. No DOM, no framework. */
export { checkCreditCode, normaliseCreditCode, type CreditCodeCheck, type CreditCodeProblem } from './credit-code';
export {
	CHECKS,
	CONTACT_METHODS,
	COUNTRIES,
	DOCUMENTS,
	FIELDS,
	SITUATIONS,
	checksFor,
	documentsFor,
	emptyInput,
	fieldsFor,
	isCountry,
	isSituation,
	isTextField,
	visibleFields,
	type AppealInput,
	type CheckId,
	type ContactMethod,
	type Country,
	type DocumentId,
	type FieldId,
	type FieldSpec,
	type Situation,
	type TextFieldId,
} from './model';
export {
	MAX_LENGTH,
	capLength,
	codePointLength,
	normaliseField,
	normaliseMultiLine,
	normaliseSingleLine,
} from './normalise';
export { validate, type ErrorCode, type ValidationErrors } from './validate';
export { composeAppeal, type AppealText, type AppealWarning, type AttachmentItem, type WarningCode } from './compose';
export { containsHan, hanAdvice, type HanAdvice } from './han-advice';
export { fieldLabel, type AppealWording, type Bilingual, type SituationWording } from './wording';
