/** The appeal-text generator's core: data, cleaning, checks and composing. No DOM, no framework. */
export { checkCreditCode, normaliseCreditCode, type CreditCodeCheck, type CreditCodeProblem } from './credit-code';
export {
	CHECK_LABELS,
	CHECKS,
	CONTACT_METHOD_LABELS,
	CONTACT_METHODS,
	DOCUMENT_LABELS,
	DOCUMENTS,
	FIELDS,
	SITUATION_LABELS,
	SITUATIONS,
	checksFor,
	documentsFor,
	emptyInput,
	fieldsFor,
	isSituation,
	isTextField,
	type AppealInput,
	type Bilingual,
	type CheckId,
	type ContactMethod,
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
