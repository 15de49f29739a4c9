/**
 * What the appeal-text generator asks for, per situation, and the fixed lists the seller picks from,
 * by id. Their words are in `wording.ts`.
 */

export const SITUATIONS = [
	'verification-failed',
	're-review',
	'restart-reply',
	'wrong-business-type',
	'login-access',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export const CONTACT_METHODS = ['email', 'chat'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/** Things a seller may already have checked or done; each is written as a statement the text can quote. */
export const CHECKS = [
	'photo-verification-done',
	'video-verification-done',
	'video-call-attended',
	'photos-complete',
	'id-document-valid',
	'details-match-licence',
	'details-match-id',
	'location-correct',
	'company-listed-in-credit-system',
	'documents-not-used-elsewhere',
	'no-other-account',
	'other-account-disclosed',
	'business-documents-not-submitted',
	'account-manager-consulted',
	'correct-email-password',
	'no-extra-spaces',
	'newest-2sv-code',
	'cookies-cleared',
	'other-browser-device',
	'password-help-page',
] as const;
export type CheckId = (typeof CHECKS)[number];

/** Documents a seller can attach ("+ Add attachments" for e-mail, "Attach" in a chat). */
export const DOCUMENTS = [
	'id-card',
	'passport',
	'business-licence',
	'credit-system-printout',
	'bank-statement',
	'credit-card-statement',
	'error-screenshot',
] as const;
export type DocumentId = (typeof DOCUMENTS)[number];

/**
 * Where the business is (or, for an individual, where they live): the places most readers of the
 * site sell from, and "other" with the place typed in.
 */
export const COUNTRIES = ['mainland-china', 'hong-kong', 'macao', 'taiwan', 'other'] as const;
export type Country = (typeof COUNTRIES)[number];

export const FIELDS = [
	'email',
	'businessName',
	'businessNameEn',
	'creditCode',
	'legalRepName',
	'legalRepPinyin',
	'storeName',
	'country',
	'countryOther',
	'caseId',
	'phone',
	'notes',
	'checked',
	'documents',
	'contactMethod',
] as const;
export type FieldId = (typeof FIELDS)[number];

/** The fields the seller picks from fixed lists; the others they type into. */
const CHOICE_FIELDS = ['checked', 'documents', 'contactMethod', 'country'] as const;
type ChoiceFieldId = (typeof CHOICE_FIELDS)[number];
export type TextFieldId = Exclude<FieldId, ChoiceFieldId>;

export function isTextField(field: FieldId): field is TextFieldId {
	return !(CHOICE_FIELDS as readonly string[]).includes(field);
}

/** Everything the form holds. Never undefined anywhere, so an island can bind each value directly. */
export interface AppealInput {
	email: string;
	/** As on the business licence: in Chinese for a company from mainland China. */
	businessName: string;
	/** The company's English name, if it has one; quoted beside the licence name. */
	businessNameEn: string;
	creditCode: string;
	legalRepName: string;
	legalRepPinyin: string;
	storeName: string;
	/** '' until the seller chooses. */
	country: Country | '';
	/** The place typed in when `country` is "other". */
	countryOther: string;
	/** From the "case created" e-mail of an earlier contact; digits only. */
	caseId: string;
	/** Only for a callback ("Your number (optional, if you would like a callback)"). */
	phone: string;
	/** Free text in the seller's own words, e.g. the exact error message. */
	notes: string;
	checked: readonly CheckId[];
	documents: readonly DocumentId[];
	contactMethod: ContactMethod;
}

/** Every text field, empty. */
export function emptyTextValues(): Record<TextFieldId, string> {
	return {
		email: '',
		businessName: '',
		businessNameEn: '',
		creditCode: '',
		legalRepName: '',
		legalRepPinyin: '',
		storeName: '',
		countryOther: '',
		caseId: '',
		phone: '',
		notes: '',
	};
}

export function emptyInput(): AppealInput {
	return {
		...emptyTextValues(),
		country: '',
		checked: [],
		documents: [],
		contactMethod: 'email',
	};
}

export interface FieldSpec {
	readonly id: FieldId;
	readonly required: boolean;
}

type FieldPlan = readonly (readonly [FieldId, 'required' | 'optional'])[];

const COMPANY_IDENTITY_FIELDS: FieldPlan = [
	['email', 'required'],
	['businessName', 'required'],
	['businessNameEn', 'optional'],
	['creditCode', 'required'],
	['legalRepName', 'required'],
	// Support agents read English; the pinyin lets them match the name to the documents.
	['legalRepPinyin', 'required'],
	['storeName', 'optional'],
	['country', 'optional'],
	['countryOther', 'optional'],
	['caseId', 'optional'],
	['checked', 'optional'],
	['documents', 'optional'],
	['notes', 'optional'],
	['contactMethod', 'required'],
	['phone', 'optional'],
];

const FIELD_PLANS: Readonly<Record<Situation, FieldPlan>> = {
	'verification-failed': COMPANY_IDENTITY_FIELDS,
	're-review': COMPANY_IDENTITY_FIELDS,
	'restart-reply': COMPANY_IDENTITY_FIELDS,
	'wrong-business-type': [
		['email', 'required'],
		['legalRepName', 'required'],
		['legalRepPinyin', 'required'],
		// The "No, I am an individual seller" option depends on the country chosen, so support needs it.
		['country', 'required'],
		['countryOther', 'required'],
		['storeName', 'optional'],
		['caseId', 'optional'],
		['checked', 'optional'],
		['documents', 'optional'],
		['notes', 'optional'],
		['contactMethod', 'required'],
		['phone', 'optional'],
	],
	'login-access': [
		['email', 'required'],
		['storeName', 'optional'],
		['businessName', 'optional'],
		['country', 'optional'],
		['countryOther', 'optional'],
		['caseId', 'optional'],
		// Without what actually happens on screen, support can only send the generic checklist back.
		['notes', 'required'],
		['checked', 'optional'],
		['documents', 'optional'],
		['contactMethod', 'required'],
		['phone', 'optional'],
	],
};

/** The fields a situation asks for, in form order, and which of them the text needs. */
export function fieldsFor(situation: Situation): readonly FieldSpec[] {
	return FIELD_PLANS[situation].map(([id, need]) => ({ id, required: need === 'required' }));
}

/** The fields the form shows now: the typed-in country only once "other" is chosen. */
export function visibleFields(situation: Situation, input: Pick<AppealInput, 'country'>): readonly FieldSpec[] {
	return fieldsFor(situation).filter(({ id }) => id !== 'countryOther' || input.country === 'other');
}

const COMPANY_CHECKS: readonly CheckId[] = [
	'photos-complete',
	'id-document-valid',
	'details-match-licence',
	'location-correct',
	'company-listed-in-credit-system',
	'documents-not-used-elsewhere',
];

const CHECKS_BY_SITUATION: Readonly<Record<Situation, readonly CheckId[]>> = {
	// Whether another account exists is asked only where a new registration is in question, and
	// both answers are offered: the text says "I have not registered another account" only when ticked.
	'verification-failed': [...COMPANY_CHECKS, 'no-other-account', 'other-account-disclosed'],
	're-review': ['photo-verification-done', 'video-verification-done', 'video-call-attended', ...COMPANY_CHECKS],
	'restart-reply': [...COMPANY_CHECKS, 'no-other-account', 'other-account-disclosed', 'account-manager-consulted'],
	'wrong-business-type': [
		'details-match-id',
		'photos-complete',
		'id-document-valid',
		'business-documents-not-submitted',
	],
	'login-access': [
		'correct-email-password',
		'no-extra-spaces',
		'newest-2sv-code',
		'cookies-cleared',
		'other-browser-device',
		'password-help-page',
	],
};

/** The checks offered for a situation, in the order the text lists them. */
export function checksFor(situation: Situation): readonly CheckId[] {
	return CHECKS_BY_SITUATION[situation];
}

/**
 * Checks that say the opposite of another one. When both are ticked the text keeps the first
 * (a disclosure) and drops the second (a denial): a statement the seller may not be able to stand
 * behind must never reach support.
 */
const CONTRADICTIONS: readonly (readonly [kept: CheckId, dropped: CheckId])[] = [
	['other-account-disclosed', 'no-other-account'],
];

/** The ticked checks the text quotes, in the situation's order, with contradicted ones left out. */
export function quotedChecks(situation: Situation, ticked: readonly CheckId[]): readonly CheckId[] {
	const chosen = new Set(ticked);
	for (const [kept, dropped] of CONTRADICTIONS) if (chosen.has(kept)) chosen.delete(dropped);
	return checksFor(situation).filter((id) => chosen.has(id));
}

const COMPANY_DOCUMENTS: readonly DocumentId[] = [
	'id-card',
	'passport',
	'business-licence',
	'credit-system-printout',
	'bank-statement',
	'credit-card-statement',
];

const DOCUMENTS_BY_SITUATION: Readonly<Record<Situation, readonly DocumentId[]>> = {
	'verification-failed': COMPANY_DOCUMENTS,
	're-review': COMPANY_DOCUMENTS,
	'restart-reply': COMPANY_DOCUMENTS,
	// The individual path asks for an identity document plus a bank or credit-card statement.
	'wrong-business-type': ['id-card', 'passport', 'bank-statement', 'credit-card-statement'],
	'login-access': ['error-screenshot', 'id-card'],
};

/** The documents worth attaching for a situation, in the order the text lists them. */
export function documentsFor(situation: Situation): readonly DocumentId[] {
	return DOCUMENTS_BY_SITUATION[situation];
}

export function isCountry(value: unknown): value is Country {
	return (COUNTRIES as readonly unknown[]).includes(value);
}

export function isSituation(value: unknown): value is Situation {
	return (SITUATIONS as readonly unknown[]).includes(value);
}
