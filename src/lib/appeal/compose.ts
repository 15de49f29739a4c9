/**
 * Turns the form into the text a seller pastes into "Please describe your issue", with a Chinese
 * rendering of exactly the same message so they know what they are sending. Pure and deterministic:
 * the same input always gives the same text, and every value in the result is plain text.
 */
import { checkCreditCode } from './credit-code';
import {
	CHECK_LABELS,
	DOCUMENT_LABELS,
	checksFor,
	documentsFor,
	emptyTextValues,
	fieldsFor,
	isTextField,
	type AppealInput,
	type Bilingual,
	type DocumentId,
	type FieldId,
	type Situation,
	type TextFieldId,
} from './model';
import { MAX_LENGTH, capLength, codePointLength, normaliseField } from './normalise';

export type WarningCode = 'id-number-removed' | 'secret-removed';

/** Something the seller typed that the text leaves out, and the field it was in. */
export interface AppealWarning {
	readonly code: WarningCode;
	readonly field: TextFieldId;
}

export interface AttachmentItem {
	readonly id: DocumentId;
	readonly label: Bilingual;
	/** The seller said they will attach it. */
	readonly selected: boolean;
}

export interface AppealText {
	/** For "Please describe your issue". */
	readonly english: string;
	/** The same message in Simplified Chinese, for the seller to read, not to send. */
	readonly chinese: string;
	/** A subject line; the English one is at most 80 characters. */
	readonly shortDescription: Bilingual;
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
	/** The text fields the situation shows, normalised, cut to length and free of secrets; '' otherwise. */
	readonly values: Readonly<Record<TextFieldId, string>>;
	readonly required: ReadonlySet<FieldId>;
	readonly warnings: readonly AppealWarning[];
}

function cleanInput(input: AppealInput, situation: Situation): CleanInput {
	const values = emptyTextValues();
	const required = new Set<FieldId>();
	const warnings: AppealWarning[] = [];
	for (const { id, required: isRequired } of fieldsFor(situation)) {
		if (isRequired) required.add(id);
		if (!isTextField(id)) continue;
		// Privacy before the length cap, so a cut can never leave half an ID number behind.
		const { value, removed } = protectPrivacy(id, normaliseField(id, input[id]));
		if (removed !== undefined) warnings.push({ code: removed, field: id });
		values[id] = capLength(value, MAX_LENGTH[id]).value;
	}
	return { values, required, warnings };
}

// ---------------------------------------------------------------------------------------------
// Wording

interface SituationWording {
	readonly subject: Bilingual;
	readonly happened: Bilingual;
	readonly request: Bilingual;
}

const WORDING: Readonly<Record<Situation, SituationWording>> = {
	'verification-failed': {
		subject: {
			en: 'Appeal: seller identity verification failed, request to verify again',
			zh: '申诉：卖家身份验证未通过，申请再次验证',
		},
		happened: {
			en: 'I am registering a new seller account. After I submitted my documents for identity verification, I received an e-mail saying that my identity could not be verified.',
			zh: '我正在注册新的卖家账户。提交身份验证资料后，我收到一封邮件，告知我的身份无法通过验证。',
		},
		request: {
			en: 'I believe my documents are genuine and correct, so I would like to appeal this result and ask for another chance to verify my account. If any document was unclear or incomplete, please tell me which one, and I will provide it again.',
			zh: '我确信我的资料真实、正确，因此希望对这一结果提出申诉，申请再次验证账户的机会。如果有文件不清晰或不完整，请告诉我是哪一份，我会重新提供。',
		},
	},
	're-review': {
		subject: {
			en: 'Request to review my seller identity verification again',
			zh: '申请重新审核卖家身份验证',
		},
		happened: {
			en: 'I am registering a new seller account. I completed the identity verification, but I was told that it was not successful.',
			zh: '我正在注册新的卖家账户。我已完成身份验证，但被告知验证未通过。',
		},
		request: {
			en: 'I would like to ask for my documents and my verification to be reviewed again. If the photos or the video were not clear enough, I am happy to do the verification again or to join a video call with the original identity document I registered with.',
			zh: '我希望申请重新审核我的资料和验证结果。如果照片或视频不够清晰，我愿意再次进行验证，或携带注册时使用的身份证件原件参加视频通话。',
		},
	},
	'restart-reply': {
		subject: {
			en: 'Please reconsider my identity verification decision',
			zh: '请重新考虑我的身份验证决定',
		},
		happened: {
			en: 'I appealed the result of the identity verification for my new seller account. The reply said that my documents did not meet the requirements and that, as a next step, I must restart the application process with a new account.',
			zh: '我对新卖家账户的身份验证结果提出了申诉。回复称我的资料不符合要求，并表示下一步我必须用新账户重新开始注册流程（restart the application process with a new account）。',
		},
		request: {
			en: 'I respectfully ask you to reconsider this decision. Could you please tell me which requirement my documents did not meet, so that I can correct it? I have not registered a new account, and I will wait for your answer before I do anything else.',
			zh: '恳请您重新考虑这一决定。能否告诉我，我的资料没有满足哪一项要求，以便我加以更正？我没有注册新账户，在收到您的答复之前，我不会采取其他操作。',
		},
	},
	'wrong-business-type': {
		subject: {
			en: 'Individual seller chose the wrong business type and cannot go back',
			zh: '个人卖家误选业务类型，无法返回选项页面',
		},
		happened: {
			en: 'I am an individual seller and I do not have a business licence. During registration I chose a business type by mistake and went on to the next verification step. Now I cannot go back to the page where the business type is chosen.',
			zh: '我是个人卖家，没有营业执照。注册时我误选了一个业务类型，并进入了下一步验证。现在我无法返回选择业务类型的页面。',
		},
		request: {
			en: 'Please reopen the business type options for my account, so that I can choose "No, I am an individual seller" and verify with my identity document and a bank or credit-card statement.',
			zh: '请为我的账户重新开放业务类型选项，以便我选择“不，我是个人卖家”（No, I am an individual seller），并用身份证件和银行对账单或信用卡账单完成验证。',
		},
	},
	'login-access': {
		subject: { en: 'Cannot sign in to Seller Central', zh: '无法登录卖家平台（Seller Central）' },
		happened: {
			en: 'I cannot sign in to Seller Central with my registration e-mail address.',
			zh: '我无法使用注册邮箱登录卖家平台（Seller Central）。',
		},
		request: {
			en: 'Please help me get access to my account again. For security, I have not included my password or any verification code in this message.',
			zh: '请帮助我恢复对账户的访问。出于安全考虑，我没有在这条消息中填写密码或任何验证码。',
		},
	},
};

const GREETING: Bilingual = {
	en: 'Hello Selling Partner Support team,',
	zh: '销售伙伴支持（Selling Partner Support）团队，您好：',
};

const DETAILS_HEADING: Bilingual = { en: 'My account details:', zh: '我的账户信息：' };

const FACT_LABELS = {
	email: { en: 'Registration e-mail', zh: '注册邮箱' },
	businessName: { en: 'Business name (as on the business licence)', zh: '企业名称（与营业执照一致）' },
	creditCode: { en: 'Unified social credit code', zh: '统一社会信用代码' },
	legalRepresentative: { en: 'Legal representative', zh: '法定代表人' },
	individualName: { en: 'Name (as on my identity document)', zh: '姓名（与身份证件一致）' },
	storeName: { en: 'Store name', zh: '店铺名称' },
	country: { en: 'Country/region', zh: '国家/地区' },
	caseId: { en: 'Case ID', zh: '案例编号（Case ID）' },
} as const satisfies Record<string, Bilingual>;

/** Shown instead of a required value that is missing, so the gap is impossible to overlook. */
const PLACEHOLDERS: Readonly<Record<TextFieldId, Bilingual>> = {
	email: { en: '[registration e-mail]', zh: '[注册邮箱]' },
	businessName: { en: '[business name as on the licence]', zh: '[营业执照上的企业名称]' },
	creditCode: { en: '[unified social credit code]', zh: '[统一社会信用代码]' },
	legalRepName: { en: '[name in Chinese]', zh: '[中文姓名]' },
	legalRepPinyin: { en: '[name in pinyin]', zh: '[姓名拼音]' },
	storeName: { en: '[store name]', zh: '[店铺名称]' },
	country: { en: '[country/region]', zh: '[国家/地区]' },
	caseId: { en: '[case ID]', zh: '[案例编号]' },
	phone: { en: '[phone number]', zh: '[电话号码]' },
	notes: { en: '[describe what happens]', zh: '[描述具体情况]' },
};

const CHECKED_HEADING: Readonly<Record<'login' | 'verification', Bilingual>> = {
	login: { en: 'What I have already tried:', zh: '我已经尝试过：' },
	verification: { en: 'What I have already done and checked:', zh: '我已完成和确认的事项：' },
};

const NOTES_HEADING: Readonly<Record<'login' | 'verification', Bilingual>> = {
	login: { en: 'What happens when I try to sign in:', zh: '登录时的情况：' },
	verification: { en: 'More details:', zh: '补充说明：' },
};

const ATTACHING: Bilingual = { en: 'I am attaching these documents:', zh: '我附上了以下文件：' };
const MORE_ON_REQUEST: Bilingual = {
	en: 'I can provide any other documents you need on request.',
	zh: '如需其他文件，我可以应要求提供。',
};
const ALL_ON_REQUEST: Bilingual = {
	en: 'I can provide any documents you need on request.',
	zh: '如需任何文件，我可以应要求提供。',
};

const CLOSING: Bilingual = {
	en: 'Thank you for your time and help. I look forward to your reply.',
	zh: '感谢您的时间和帮助，期待您的回复。',
};
const SIGN_OFF: Bilingual = { en: 'Kind regards,', zh: '此致\n敬礼' };

const COMMON_REMINDERS: readonly Bilingual[] = [
	{
		en: 'Attach photos or scans of your documents with "+ Add attachments" (or "Attach" in a chat). Don\'t type ID-card numbers into the text.',
		zh: '请通过“+ Add attachments”（聊天时用“Attach”）附上证件照片或扫描件，不要在文字中输入身份证号码。',
	},
	{
		en: 'Never put your password or any verification code in the message, and never give them to anyone who contacts you.',
		zh: '切勿在消息中填写密码或任何验证码，也不要把它们告诉任何联系您的人。',
	},
	{
		en: "Don't register again with a new e-mail address before you get an answer. If support tells you to restart with a new account and you disagree, talk to your account manager (客户拓展及运营经理) first.",
		zh: '收到答复之前，不要用新邮箱重新注册。如果卖家支持团队让您用新账户重新注册（restart with a new account）而您有异议，请先咨询您的客户拓展及运营经理。',
	},
	{
		en: 'If Chinese (中文（简体）) cannot be selected on the "Contact us" page, choose "English": this text is ready to paste.',
		zh: '如果“联系我们”（Contact us）页面无法选择“中文（简体）”，请选择“English”：上面的英文内容可以直接粘贴。',
	},
	{
		en: 'After you send it, you will get an e-mail saying a case was created. Keep the case ID from that e-mail, and follow up in that case instead of opening a new one.',
		zh: '发送后，您会收到一封案例（Case）已创建的邮件。请保存邮件中的案例编号（Case ID），后续在同一案例中跟进，不要重复提交新的请求。',
	},
];

const VIDEO_CALL_REMINDER: Bilingual = {
	en: 'If you are invited to a video call, book a time within 14 days and have the original identity document you registered with ready: copies are not accepted. The call takes about 15 minutes.',
	zh: '如果收到视频通话邀请，请在 14 天内预约，并准备好注册时使用的身份证件原件（不接受复印件）。通话大约需要 15 分钟。',
};

function remindersFor(situation: Situation): readonly Bilingual[] {
	const identityCheck =
		situation === 'verification-failed' || situation === 're-review' || situation === 'restart-reply';
	return identityCheck ? [...COMMON_REMINDERS, VIDEO_CALL_REMINDER] : COMMON_REMINDERS;
}

// ---------------------------------------------------------------------------------------------
// Assembling the two texts side by side

function same(text: string): Bilingual {
	return { en: text, zh: text };
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
	readonly clean: CleanInput;
	readonly input: AppealInput;
	readonly situation: Situation;
}

/** The value, its placeholder if the situation needs it, or nothing. */
function fill({ clean }: Context, field: TextFieldId): Bilingual | undefined {
	const value = clean.values[field];
	if (value !== '') return same(value);
	return clean.required.has(field) ? PLACEHOLDERS[field] : undefined;
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

function detailsBlock(context: Context): Bilingual {
	const nameLabel =
		context.situation === 'wrong-business-type' ? FACT_LABELS.individualName : FACT_LABELS.legalRepresentative;
	const facts: readonly (readonly [Bilingual, Bilingual | undefined])[] = [
		[FACT_LABELS.email, fill(context, 'email')],
		[FACT_LABELS.businessName, fill(context, 'businessName')],
		[FACT_LABELS.creditCode, fill(context, 'creditCode')],
		[nameLabel, nameFact(context)],
		[FACT_LABELS.storeName, fill(context, 'storeName')],
		[FACT_LABELS.country, fill(context, 'country')],
		[FACT_LABELS.caseId, fill(context, 'caseId')],
	];
	const items = facts.flatMap(([label, value]) => (value === undefined ? [] : [fact(label, value)]));
	return lines([DETAILS_HEADING, ...items]);
}

/** What the seller ticked, in the situation's order, ignoring anything the situation does not offer. */
function checkedBlock(context: Context): Bilingual | undefined {
	const ticked = new Set(context.input.checked);
	const items = checksFor(context.situation).filter((id) => ticked.has(id));
	if (items.length === 0) return undefined;
	return lines([CHECKED_HEADING[headingKind(context)], ...items.map((id) => listItem(CHECK_LABELS[id]))]);
}

/** The chosen documents the situation offers, in its order, each once. */
function attachedDocuments({ input, situation }: Context): readonly DocumentId[] {
	const chosen = new Set(input.documents);
	return documentsFor(situation).filter((id) => chosen.has(id));
}

function documentsBlock(context: Context): Bilingual {
	const attached = attachedDocuments(context);
	if (attached.length === 0) return ALL_ON_REQUEST;
	return lines([ATTACHING, ...attached.map((id) => listItem(DOCUMENT_LABELS[id])), MORE_ON_REQUEST]);
}

function notesBlock(context: Context): Bilingual | undefined {
	const notes = fill(context, 'notes');
	return notes === undefined ? undefined : lines([NOTES_HEADING[headingKind(context)], notes]);
}

function contactBlock(context: Context): Bilingual {
	// The e-mail is required in every situation, so this is the value or its placeholder.
	const email = fill(context, 'email') ?? PLACEHOLDERS.email;
	const reply: Bilingual =
		context.input.contactMethod === 'chat'
			? {
					en: `I have chosen to contact you by chat. If we are disconnected, please reply to me by e-mail at ${email.en}.`,
					zh: `我选择通过聊天（Chat）与您联系。如果对话中断，请通过邮件回复我：${email.zh}。`,
				}
			: { en: `Please reply to me by e-mail at ${email.en}.`, zh: `请通过邮件回复我：${email.zh}。` };
	const phone = fill(context, 'phone');
	if (phone === undefined) return reply;
	return {
		en: `${reply.en} If you need more information from me, you are welcome to call me back at ${phone.en}.`,
		zh: `${reply.zh}如需我补充资料，也欢迎致电 ${phone.zh} 与我联系。`,
	};
}

/** The same name under both versions: it is what the seller actually signs with. */
function signOffBlock({ clean }: Context): Bilingual {
	const { legalRepPinyin, legalRepName, businessName, storeName } = clean.values;
	const signature = [legalRepPinyin, legalRepName, businessName, storeName].find((value) => value !== '');
	return signature === undefined ? SIGN_OFF : lines([SIGN_OFF, same(signature)]);
}

/** What happened, the request, the facts, details, checks, documents, contact, closing — a paragraph each. */
function composeText(context: Context): Bilingual {
	const wording = WORDING[context.situation];
	const blocks = [
		GREETING,
		wording.happened,
		wording.request,
		detailsBlock(context),
		notesBlock(context),
		checkedBlock(context),
		documentsBlock(context),
		contactBlock(context),
		CLOSING,
		signOffBlock(context),
	].filter((block): block is Bilingual => block !== undefined);
	return { en: blocks.map((block) => block.en).join('\n\n'), zh: blocks.map((block) => block.zh).join('\n\n') };
}

/** The appeal for `situation` from whatever the form holds now; missing values become placeholders. */
export function composeAppeal(input: AppealInput, situation: Situation): AppealText {
	const clean = cleanInput(input, situation);
	const context: Context = { clean, input, situation };
	const text = composeText(context);
	const attached = new Set(attachedDocuments(context));
	return {
		english: text.en,
		chinese: text.zh,
		shortDescription: WORDING[situation].subject,
		attachments: documentsFor(situation).map((id) => ({ id, label: DOCUMENT_LABELS[id], selected: attached.has(id) })),
		reminders: remindersFor(situation),
		characterCount: codePointLength(text.en),
		missing: fieldsFor(situation).flatMap(({ id }) =>
			isTextField(id) && clean.required.has(id) && clean.values[id] === '' ? [id] : [],
		),
		warnings: clean.warnings,
	};
}
