/**
 * What the appeal-text generator asks for, per situation, and the fixed lists the seller picks from.
 * Every string a reader sees is here in both languages, side by side.
 */

export interface Bilingual {
	readonly en: string;
	readonly zh: string;
}

export const SITUATIONS = [
	'verification-failed',
	're-review',
	'restart-reply',
	'wrong-business-type',
	'login-access',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export const SITUATION_LABELS: Readonly<Record<Situation, Bilingual>> = {
	'verification-failed': {
		en: 'My identity verification failed and I want another chance',
		zh: '身份验证未通过，想申请再次验证',
	},
	're-review': {
		en: 'I did the photo, video or video-call verification and need it reviewed again',
		zh: '我已完成拍照、录像或视频通话验证，需要重新审核',
	},
	'restart-reply': {
		en: 'The reply told me to restart with a new account',
		zh: '回复让我用新账户重新注册（restart with a new account）',
	},
	'wrong-business-type': {
		en: 'I am an individual seller and chose the wrong business type',
		zh: '我是个人卖家，但选错了业务类型',
	},
	'login-access': {
		en: 'I cannot sign in to my seller account',
		zh: '无法登录卖家账户',
	},
};

export const CONTACT_METHODS = ['email', 'chat'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/** The two choices under "Contact method" on the support form. */
export const CONTACT_METHOD_LABELS: Readonly<Record<ContactMethod, Bilingual>> = {
	email: { en: 'Email', zh: '邮件（Email）' },
	chat: { en: 'Chat', zh: '聊天（Chat）' },
};

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

export const CHECK_LABELS: Readonly<Record<CheckId, Bilingual>> = {
	'photo-verification-done': {
		en: 'I completed the verification by taking a face photo.',
		zh: '我已通过拍摄面部照片完成验证。',
	},
	'video-verification-done': {
		en: 'I completed the verification by recording a face video.',
		zh: '我已通过录制面部视频完成验证。',
	},
	'video-call-attended': {
		en: 'I attended the video call and showed the original identity document I registered with.',
		zh: '我已参加视频通话，并出示了注册时使用的身份证件原件。',
	},
	'photos-complete': {
		en: 'The photos or scans of my documents are complete and clear: in colour, with all edges and corners visible, not screenshots and not edited.',
		zh: '我的证件照片或扫描件完整清晰：彩色、四边四角齐全、不是截屏、未经修图。',
	},
	'id-document-valid': {
		en: 'My identity document is valid and has not expired.',
		zh: '我的身份证件在有效期内。',
	},
	'details-match-licence': {
		en: 'The business details I entered (company name, address, legal representative) match my business licence exactly.',
		zh: '我填写的企业信息（公司名称、地址、法定代表人）与营业执照完全一致。',
	},
	'details-match-id': {
		en: 'The name and details I entered match my identity document exactly.',
		zh: '我填写的姓名等信息与身份证件完全一致。',
	},
	'location-correct': {
		en: 'The business location I entered during registration is correct.',
		zh: '我注册时填写的公司所在地正确无误。',
	},
	'company-listed-in-credit-system': {
		en: 'My company is listed, with a normal status, in the National Enterprise Credit Information Publicity System.',
		zh: '我的公司已被国家企业信用信息公示系统收录，且状态正常。',
	},
	'documents-not-used-elsewhere': {
		en: 'As far as I know, my documents have not been used to register any other seller account.',
		zh: '据我所知，我的资料没有被用于注册其他卖家账户。',
	},
	'business-documents-not-submitted': {
		en: 'I have not submitted any business documents for the business type I chose by mistake.',
		zh: '我没有为误选的业务类型提交任何企业资料。',
	},
	'account-manager-consulted': {
		en: 'I have also asked my account manager about this decision.',
		zh: '我也已就此决定咨询了我的客户拓展及运营经理。',
	},
	'correct-email-password': {
		en: 'I used the correct e-mail address and password.',
		zh: '我使用的是正确的邮箱地址和密码。',
	},
	'no-extra-spaces': {
		en: 'I made sure the password has no extra spaces (for example from copying and pasting).',
		zh: '我已确认密码中没有多余的空格（例如复制粘贴时带入的空格）。',
	},
	'newest-2sv-code': {
		en: 'When asked for a Two-Step Verification code, I entered the newest code I had received.',
		zh: '系统要求输入两步验证码（Two-Step Verification code）时，我输入的是最新收到的验证码。',
	},
	'cookies-cleared': {
		en: "I cleared my browser's cookies and cache.",
		zh: '我已清除浏览器的 Cookie 和缓存。',
	},
	'other-browser-device': {
		en: 'I tried another browser or another device.',
		zh: '我已尝试使用其他浏览器或其他设备。',
	},
	'password-help-page': {
		en: 'I used the password help page to confirm that my e-mail address is the one registered.',
		zh: '我已通过密码帮助页面确认该邮箱就是注册时使用的邮箱。',
	},
};

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

export const DOCUMENT_LABELS: Readonly<Record<DocumentId, Bilingual>> = {
	'id-card': {
		en: 'ID card, front and back (colour photo or scan)',
		zh: '居民身份证正反面（彩色照片或扫描件）',
	},
	passport: {
		en: 'Passport photo page (colour photo or scan)',
		zh: '护照个人信息页（彩色照片或扫描件）',
	},
	'business-licence': {
		en: 'Business licence (the whole document, in colour)',
		zh: '营业执照（完整、彩色）',
	},
	'credit-system-printout': {
		en: 'Print-out from the National Enterprise Credit Information Publicity System showing my company, stamped with the company seal, with the full website address (URL) visible',
		zh: '国家企业信用信息公示系统的查询结果打印件（显示本公司信息、加盖公司公章、显示完整网址 URL）',
	},
	'bank-statement': {
		en: 'Bank statement (proof of address)',
		zh: '银行对账单（地址证明）',
	},
	'credit-card-statement': {
		en: 'Credit-card statement (proof of address)',
		zh: '信用卡账单（地址证明）',
	},
	'error-screenshot': {
		en: 'Screenshots of the error message when I try to sign in',
		zh: '登录时错误提示的截图',
	},
};

export const FIELDS = [
	'email',
	'businessName',
	'creditCode',
	'legalRepName',
	'legalRepPinyin',
	'storeName',
	'country',
	'caseId',
	'phone',
	'notes',
	'checked',
	'documents',
	'contactMethod',
] as const;
export type FieldId = (typeof FIELDS)[number];

/** The fields the seller types into (the others are choices from fixed lists). */
export type TextFieldId = Exclude<FieldId, 'checked' | 'documents' | 'contactMethod'>;

export function isTextField(field: FieldId): field is TextFieldId {
	return field !== 'checked' && field !== 'documents' && field !== 'contactMethod';
}

/** Everything the form holds. Never undefined anywhere, so an island can bind each value directly. */
export interface AppealInput {
	email: string;
	businessName: string;
	creditCode: string;
	legalRepName: string;
	legalRepPinyin: string;
	storeName: string;
	country: string;
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
		creditCode: '',
		legalRepName: '',
		legalRepPinyin: '',
		storeName: '',
		country: '',
		caseId: '',
		phone: '',
		notes: '',
	};
}

export function emptyInput(): AppealInput {
	return {
		...emptyTextValues(),
		checked: [],
		documents: [],
		contactMethod: 'email',
	};
}

export interface FieldSpec {
	readonly id: FieldId;
	readonly required: boolean;
	/** Form label; a few fields mean something slightly different per situation. */
	readonly label: Bilingual;
}

const FIELD_LABELS: Readonly<Record<FieldId, Bilingual>> = {
	email: { en: 'Registration e-mail', zh: '注册邮箱' },
	businessName: { en: 'Business name (as on the business licence)', zh: '企业名称（与营业执照一致）' },
	creditCode: { en: 'Unified social credit code (18 characters)', zh: '统一社会信用代码（18 位）' },
	legalRepName: { en: 'Legal representative (name in Chinese)', zh: '法定代表人姓名（中文）' },
	legalRepPinyin: { en: 'Legal representative (name in pinyin)', zh: '法定代表人姓名（拼音）' },
	storeName: { en: 'Store name', zh: '店铺名称' },
	country: { en: 'Country/region of the business', zh: '企业所在国家/地区' },
	caseId: { en: 'Case ID (digits, if you already have one)', zh: '案例编号 Case ID（数字，如已有）' },
	phone: { en: 'Phone number for a callback (optional)', zh: '回电电话号码（可选）' },
	notes: { en: 'Anything else, in your own words (English is best)', zh: '其他说明（最好用英文）' },
	checked: { en: 'What you have already checked or done', zh: '您已检查或完成的事项' },
	documents: { en: 'Documents you will attach', zh: '您将附上的文件' },
	contactMethod: { en: 'Contact method', zh: '联系方式（Contact method）' },
};

/** An individual seller has no legal representative or business location: the same fields mean the seller. */
const INDIVIDUAL_FIELD_LABELS: Partial<Record<FieldId, Bilingual>> = {
	legalRepName: { en: 'Your name in Chinese (as on your ID)', zh: '您的中文姓名（与身份证件一致）' },
	legalRepPinyin: { en: 'Your name in pinyin', zh: '您的姓名拼音' },
	country: { en: 'Country/region where you live', zh: '您所在的国家/地区' },
};

const LOGIN_FIELD_LABELS: Partial<Record<FieldId, Bilingual>> = {
	notes: {
		en: 'What happens when you try to sign in (e.g. the exact error message)',
		zh: '登录时发生了什么（例如错误提示的原文）',
	},
	checked: { en: 'What you have already tried', zh: '您已尝试过的方法' },
};

type FieldPlan = readonly (readonly [FieldId, 'required' | 'optional'])[];

const COMPANY_IDENTITY_FIELDS: FieldPlan = [
	['email', 'required'],
	['businessName', 'required'],
	['creditCode', 'required'],
	['legalRepName', 'required'],
	// Support agents read English; the pinyin lets them match the name to the documents.
	['legalRepPinyin', 'required'],
	['storeName', 'optional'],
	['country', 'optional'],
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
		['caseId', 'optional'],
		// Without what actually happens on screen, support can only send the generic checklist back.
		['notes', 'required'],
		['checked', 'optional'],
		['documents', 'optional'],
		['contactMethod', 'required'],
		['phone', 'optional'],
	],
};

const SITUATION_FIELD_LABELS: Readonly<Record<Situation, Partial<Record<FieldId, Bilingual>>>> = {
	'verification-failed': {},
	're-review': {},
	'restart-reply': {},
	'wrong-business-type': INDIVIDUAL_FIELD_LABELS,
	'login-access': LOGIN_FIELD_LABELS,
};

/** The fields the form shows for a situation, in form order, and which of them the text needs. */
export function fieldsFor(situation: Situation): readonly FieldSpec[] {
	return FIELD_PLANS[situation].map(([id, need]) => ({
		id,
		required: need === 'required',
		label: SITUATION_FIELD_LABELS[situation][id] ?? FIELD_LABELS[id],
	}));
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
	'verification-failed': COMPANY_CHECKS,
	're-review': ['photo-verification-done', 'video-verification-done', 'video-call-attended', ...COMPANY_CHECKS],
	'restart-reply': [...COMPANY_CHECKS, 'account-manager-consulted'],
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

export function isSituation(value: unknown): value is Situation {
	return typeof value === 'string' && (SITUATIONS as readonly string[]).includes(value);
}
