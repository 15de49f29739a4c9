/**
 * Turns the form into the text a seller pastes into "Please describe your issue", with a Chinese
 * rendering of exactly the same message so they know what they are sending. Pure and deterministic:
 * the same input always gives the same text, and every value in the result is plain text.
 */
import { fillPlaceholders } from '../../i18n/fill';
import { checkCreditCode } from './credit-code';
import {
	documentsFor,
	emptyTextValues,
	isTextField,
	visibleFields,
	type AppealInput,
	type DocumentId,
	type FieldId,
	type Situation,
	type TextFieldId,
	quotedChecks,
} from './model';
import { MAX_LENGTH, capLength, codePointLength, normaliseField } from './normalise';
import type { AppealWording, Bilingual } from './wording';

export type WarningCode = 'id-number-removed' | 'secret-removed';

/** The English subject line's limit, in code points. */
const MAX_SUBJECT_LENGTH = 80;

/** Something the seller typed that the text leaves out, and the field it was in. */
export interface AppealWarning {
	readonly code: WarningCode;
	readonly field: TextFieldId;
}

/** A document the seller ticked, so the text says it is attached. */
export interface AttachmentItem {
	readonly id: DocumentId;
	readonly label: Bilingual;
}

export interface AppealText {
	/** For "Please describe your issue". */
	readonly english: string;
	/** The same message in Simplified Chinese, for the seller to read, not to send. */
	readonly chinese: string;
	/** A subject line; the English one is at most 80 characters. */
	readonly shortDescription: Bilingual;
	/** Only the documents the seller ticked: the ones the text says are attached. */
	readonly attachments: readonly AttachmentItem[];
	readonly reminders: readonly Bilingual[];
	/** Code points in `english`. */
	readonly characterCount: number;
	/** Required fields still shown as a [placeholder], in form order. */
	readonly missing: readonly FieldId[];
	readonly warnings: readonly AppealWarning[];
}

// ---------------------------------------------------------------------------------------------
// Keeping secrets and ID numbers out of the text

/**
 * A Chinese resident ID number: 17 digits and a digit or X, perhaps typed in groups. Anything that
 * long and shaped like one is left out, even if it is something else: a false alarm costs the
 * seller a retype, a leaked ID number cannot be taken back.
 */
const ID_NUMBER = /(?<![0-9A-Za-z])(?:[0-9][ -]?){17}[0-9Xx](?![0-9A-Za-z])/g;

/** Words that label a password or a one-time code. */
const ENGLISH_SECRET_LABEL = String.raw`(?<![a-z])(?:pass(?:word|wd|code)|pwd|pin|otp|one[- ]?time (?:password|passcode|code)|(?:verification|security|authentication|auth|login|sign[- ]?in|2sv|2fa|mfa|sms|two[- ]?(?:step|factor)(?: verification)?) code)(?![a-z])`;
const CHINESE_SECRET_LABEL = '(?:密码|密碼|口令|验证码|驗證碼|校验码|动态码|安全码)';

/** ":" or "=" after a label (perhaps "is:") means a value follows, whatever it looks like. */
const ASSIGNED = String.raw`\s*(?:(?:is|was|是|为|為)\s*)?[:=]\s*\S`;
/** Otherwise only a token with a digit in it counts: "is abc123" does, "is correct" does not. */
const TOKEN_WITH_DIGIT = '(?=[!-~]*[0-9])[!-~]{4,}';

/**
 * A label followed by a value: "Password: x", "password is abc123", "OTP=482913", "验证码482913".
 * Naming them is fine — a login problem has to say "I entered the newest verification code".
 * English labels need a space before a bare token, so "pin2024@qq.com" stays an e-mail address.
 */
const SECRET = new RegExp(
	String.raw`${ENGLISH_SECRET_LABEL}(?:${ASSIGNED}|\s+(?:(?:is|was)\s+)?${TOKEN_WITH_DIGIT})` +
		String.raw`|${CHINESE_SECRET_LABEL}(?:${ASSIGNED}|\s*(?:是|为|為)?\s*${TOKEN_WITH_DIGIT})`,
	'iu',
);

interface ProtectedValue {
	readonly value: string;
	readonly removed: WarningCode | undefined;
}

function protectPrivacy(field: TextFieldId, value: string): ProtectedValue {
	// Where a secret ends cannot be told reliably, so the whole value goes.
	if (SECRET.test(value)) return { value: '', removed: 'secret-removed' };
	// A valid credit code can be 18 digits too; in its own field it is what the seller meant.
	if (field === 'creditCode' && checkCreditCode(value).ok) return { value, removed: undefined };
	const withoutIdNumbers = value.replace(ID_NUMBER, ' ');
	if (withoutIdNumbers === value) return { value, removed: undefined };
	return { value: normaliseField(field, withoutIdNumbers), removed: 'id-number-removed' };
}

interface CleanInput {
	/** The text fields the form shows, normalised, cut to length and free of secrets; '' otherwise. */
	readonly values: Readonly<Record<TextFieldId, string>>;
	/** The required fields the form shows. */
	readonly required: ReadonlySet<FieldId>;
	readonly warnings: readonly AppealWarning[];
}

function cleanInput(input: AppealInput, situation: Situation): CleanInput {
	const values = emptyTextValues();
	const required = new Set<FieldId>();
	const warnings: AppealWarning[] = [];
	for (const { id, required: isRequired } of visibleFields(situation, input)) {
		if (isRequired) required.add(id);
		if (!isTextField(id)) continue;
		// Privacy before the length cap, so a cut can never leave half an ID number behind.
		const { value, removed } = protectPrivacy(id, normaliseField(id, input[id]));
		if (removed !== undefined) warnings.push({ code: removed, field: id });
		values[id] = capLength(value, MAX_LENGTH[id]).value;
	}
	return { values, required, warnings };
}

function remindersFor({ reminders }: AppealWording, situation: Situation): readonly Bilingual[] {
	const identityCheck =
		situation === 'verification-failed' || situation === 're-review' || situation === 'restart-reply';
	return identityCheck ? [...reminders.common, reminders.videoCall] : reminders.common;
}

// ---------------------------------------------------------------------------------------------
// Assembling the two texts side by side

function same(text: string): Bilingual {
	return { en: text, zh: text };
}

function bilingual(make: (locale: keyof Bilingual) => string): Bilingual {
	return { en: make('en'), zh: make('zh') };
}

function lines(parts: readonly Bilingual[]): Bilingual {
	return { en: parts.map((part) => part.en).join('\n'), zh: parts.map((part) => part.zh).join('\n') };
}

function listItem(text: Bilingual): Bilingual {
	return { en: `- ${text.en}`, zh: `- ${text.zh}` };
}

/** "Label: value" in each language's punctuation. */
function fact(label: Bilingual, value: Bilingual): Bilingual {
	return listItem({ en: `${label.en}: ${value.en}`, zh: `${label.zh}：${value.zh}` });
}

/** What every part of the text is built from. */
interface Context {
	readonly wording: AppealWording;
	readonly clean: CleanInput;
	readonly input: AppealInput;
	readonly situation: Situation;
}

/** The value, its placeholder if the situation needs it, or nothing. */
function fill({ clean, wording }: Context, field: TextFieldId): Bilingual | undefined {
	const value = clean.values[field];
	if (value !== '') return same(value);
	return clean.required.has(field) ? wording.text.placeholders[field] : undefined;
}

function headingKind({ situation }: Context): 'login' | 'verification' {
	return situation === 'login-access' ? 'login' : 'verification';
}

/** "张三 (Zhang San)": the Chinese name matches the documents, the pinyin helps the reader. */
function nameFact(context: Context): Bilingual | undefined {
	const chinese = fill(context, 'legalRepName');
	const pinyin = fill(context, 'legalRepPinyin');
	if (chinese !== undefined && pinyin !== undefined) {
		return { en: `${chinese.en} (${pinyin.en})`, zh: `${chinese.zh}（${pinyin.zh}）` };
	}
	return chinese ?? pinyin;
}

/**
 * The name as on the licence, with the English name beside it when the seller gives one:
 * "深圳市示例贸易有限公司 (Shenzhen Example Trading Co., Ltd.)".
 */
function businessNameFact(context: Context): Bilingual | undefined {
	const licenceName = fill(context, 'businessName');
	const englishName = context.clean.values.businessNameEn;
	// Every situation that offers the English name also asks for the licence name.
	if (englishName === '' || licenceName === undefined) return licenceName;
	return { en: `${licenceName.en} (${englishName})`, zh: `${licenceName.zh}（${englishName}）` };
}

/** The place chosen, in each language's words, or the one typed in under "other". */
function countryFact(context: Context): Bilingual | undefined {
	const { country } = context.input;
	if (country === 'other') return fill(context, 'countryOther');
	if (country !== '') return context.wording.countries[country];
	return context.clean.required.has('country') ? context.wording.text.placeholders.country : undefined;
}

function detailsBlock(context: Context): Bilingual {
	const { facts, detailsHeading } = context.wording.text;
	const nameLabel = context.situation === 'wrong-business-type' ? facts.individualName : facts.legalRepresentative;
	const entries: readonly (readonly [Bilingual, Bilingual | undefined])[] = [
		[facts.email, fill(context, 'email')],
		[facts.businessName, businessNameFact(context)],
		[facts.creditCode, fill(context, 'creditCode')],
		[nameLabel, nameFact(context)],
		[facts.storeName, fill(context, 'storeName')],
		[facts.country, countryFact(context)],
		[facts.caseId, fill(context, 'caseId')],
	];
	const items = entries.flatMap(([label, value]) => (value === undefined ? [] : [fact(label, value)]));
	return lines([detailsHeading, ...items]);
}

/** What the seller ticked, in the situation's order, ignoring anything the situation does not offer. */
function checkedBlock(context: Context): Bilingual | undefined {
	const items = quotedChecks(context.situation, context.input.checked);
	if (items.length === 0) return undefined;
	const { wording } = context;
	return lines([wording.text.checkedHeading[headingKind(context)], ...items.map((id) => listItem(wording.checks[id]))]);
}

/** The chosen documents the situation offers, in its order, each once. */
function attachedDocuments({ input, situation }: Context): readonly DocumentId[] {
	const chosen = new Set(input.documents);
	return documentsFor(situation).filter((id) => chosen.has(id));
}

function documentsBlock(context: Context): Bilingual {
	const { text, documents } = context.wording;
	const attached = attachedDocuments(context);
	if (attached.length === 0) return text.allOnRequest;
	return lines([text.attaching, ...attached.map((id) => listItem(documents[id])), text.moreOnRequest]);
}

function notesBlock(context: Context): Bilingual | undefined {
	const notes = fill(context, 'notes');
	return notes === undefined ? undefined : lines([context.wording.text.notesHeading[headingKind(context)], notes]);
}

function contactBlock(context: Context): Bilingual {
	const { text } = context.wording;
	// The e-mail is required in every situation, so this is the value or its placeholder.
	const email = fill(context, 'email') ?? text.placeholders.email;
	const replyTemplate = context.input.contactMethod === 'chat' ? text.replyByChat : text.replyByEmail;
	const reply = bilingual((locale) => fillPlaceholders(replyTemplate[locale], { email: email[locale] }));
	const phone = fill(context, 'phone');
	if (phone === undefined) return reply;
	return bilingual((locale) => fillPlaceholders(text.callback[locale], { reply: reply[locale], phone: phone[locale] }));
}

/** The same name under both versions: it is what the seller actually signs with. */
function signOffBlock({ clean, wording }: Context): Bilingual {
	const { legalRepPinyin, legalRepName, businessNameEn, businessName, storeName } = clean.values;
	const signature = [legalRepPinyin, legalRepName, businessNameEn, businessName, storeName].find((value) => value !== '');
	const { signOff } = wording.text;
	return signature === undefined ? signOff : lines([signOff, same(signature)]);
}

/** What happened, the request, the facts, details, checks, documents, contact, closing — a paragraph each. */
function composeText(context: Context): Bilingual {
	const { text } = context.wording;
	const { happened, request } = text.bySituation[context.situation];
	const blocks = [
		text.greeting,
		happened,
		request,
		detailsBlock(context),
		notesBlock(context),
		checkedBlock(context),
		documentsBlock(context),
		contactBlock(context),
		text.closing,
		signOffBlock(context),
	].filter((block): block is Bilingual => block !== undefined);
	return { en: blocks.map((block) => block.en).join('\n\n'), zh: blocks.map((block) => block.zh).join('\n\n') };
}

/**
 * The subject line, with the case ID in front when there is one: the Case Log searches subjects,
 * not messages, and a case ID first is never the part a length limit cuts off.
 */
function shortDescription({ clean, wording, situation }: Context): Bilingual {
	const { subject } = wording.text.bySituation[situation];
	const caseId = clean.values.caseId;
	if (caseId === '') return subject;
	const withCase = bilingual((locale) =>
		fillPlaceholders(wording.text.subjectWithCase[locale], { caseId, subject: subject[locale] }),
	);
	return { en: capLength(withCase.en, MAX_SUBJECT_LENGTH).value, zh: withCase.zh };
}

/** The appeal for `situation` from whatever the form holds now; missing values become placeholders. */
export function composeAppeal(input: AppealInput, situation: Situation, wording: AppealWording): AppealText {
	const clean = cleanInput(input, situation);
	const context: Context = { wording, clean, input, situation };
	const text = composeText(context);
	const unfilled = (id: FieldId) => (isTextField(id) ? clean.values[id] === '' : id === 'country' && input.country === '');
	return {
		english: text.en,
		chinese: text.zh,
		shortDescription: shortDescription(context),
		attachments: attachedDocuments(context).map((id) => ({ id, label: wording.documents[id] })),
		reminders: remindersFor(wording, situation),
		characterCount: codePointLength(text.en),
		missing: visibleFields(situation, input).flatMap(({ id }) => (clean.required.has(id) && unfilled(id) ? [id] : [])),
		warnings: clean.warnings,
	};
}
