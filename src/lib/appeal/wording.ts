/**
 * Every word of the appeal-text generator, in both languages side by side: the choices and field
 * labels of the form, and the pieces the composer builds the appeal from. It is plain data, so a
 * page hands it to the island as props and the island's JavaScript carries only the logic.
 * `{name}` in a template is filled in by the composer.
 */
import type { CheckId, ContactMethod, DocumentId, FieldId, Situation, TextFieldId } from './model';

export interface Bilingual {
	readonly en: string;
	readonly zh: string;
}

export interface SituationWording {
	/** The suggested short description (subject line). */
	readonly subject: Bilingual;
	readonly happened: Bilingual;
	readonly request: Bilingual;
}

/** Headings that differ between a login problem and an identity check. */
type ByProblemKind = Readonly<Record<'login' | 'verification', Bilingual>>;

export interface AppealWording {
	readonly situations: Readonly<Record<Situation, Bilingual>>;
	/** The two choices under "Contact method" on the support form. */
	readonly contactMethods: Readonly<Record<ContactMethod, Bilingual>>;
	/** Written as statements the text can quote. */
	readonly checks: Readonly<Record<CheckId, Bilingual>>;
	/** Attached with "+ Add attachments" for e-mail, "Attach" in a chat. */
	readonly documents: Readonly<Record<DocumentId, Bilingual>>;
	readonly fields: Readonly<Record<FieldId, Bilingual>>;
	/** Where a field means something else in a situation (an individual seller has no legal representative). */
	readonly fieldsBySituation: Readonly<Record<Situation, Partial<Record<FieldId, Bilingual>>>>;
	readonly text: {
		readonly bySituation: Readonly<Record<Situation, SituationWording>>;
		readonly greeting: Bilingual;
		readonly detailsHeading: Bilingual;
		readonly facts: Readonly<Record<'email' | 'businessName' | 'creditCode' | 'legalRepresentative' | 'individualName' | 'storeName' | 'country' | 'caseId', Bilingual>>;
		/** Shown instead of a required value that is missing, so the gap is impossible to overlook. */
		readonly placeholders: Readonly<Record<TextFieldId, Bilingual>>;
		readonly checkedHeading: ByProblemKind;
		readonly notesHeading: ByProblemKind;
		readonly attaching: Bilingual;
		readonly moreOnRequest: Bilingual;
		readonly allOnRequest: Bilingual;
		/** Templates with {email}. */
		readonly replyByEmail: Bilingual;
		readonly replyByChat: Bilingual;
		/** Template with {reply} and {phone}. */
		readonly callback: Bilingual;
		readonly closing: Bilingual;
		readonly signOff: Bilingual;
	};
	readonly reminders: {
		readonly common: readonly Bilingual[];
		/** For the situations where a video call can follow. */
		readonly videoCall: Bilingual;
	};
}

/** A field's label in a situation. */
export function fieldLabel(wording: AppealWording, situation: Situation, field: FieldId): Bilingual {
	return wording.fieldsBySituation[situation][field] ?? wording.fields[field];
}

export const APPEAL_WORDING: AppealWording = {
	situations: {
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
	},
	contactMethods: {
		email: { en: 'Email', zh: '邮件（Email）' },
		chat: { en: 'Chat', zh: '聊天（Chat）' },
	},
	checks: {
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
	},
	documents: {
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
	},
	fields: {
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
	},
	fieldsBySituation: {
		'verification-failed': {},
		're-review': {},
		'restart-reply': {},
		'wrong-business-type': {
			legalRepName: { en: 'Your name in Chinese (as on your ID)', zh: '您的中文姓名（与身份证件一致）' },
			legalRepPinyin: { en: 'Your name in pinyin', zh: '您的姓名拼音' },
			country: { en: 'Country/region where you live', zh: '您所在的国家/地区' },
		},
		'login-access': {
			notes: {
				en: 'What happens when you try to sign in (e.g. the exact error message)',
				zh: '登录时发生了什么（例如错误提示的原文）',
			},
			checked: { en: 'What you have already tried', zh: '您已尝试过的方法' },
		},
	},
	text: {
		bySituation: {
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
		},
		greeting: {
			en: 'Hello Selling Partner Support team,',
			zh: '销售伙伴支持（Selling Partner Support）团队，您好：',
		},
		detailsHeading: { en: 'My account details:', zh: '我的账户信息：' },
		facts: {
			email: { en: 'Registration e-mail', zh: '注册邮箱' },
			businessName: { en: 'Business name (as on the business licence)', zh: '企业名称（与营业执照一致）' },
			creditCode: { en: 'Unified social credit code', zh: '统一社会信用代码' },
			legalRepresentative: { en: 'Legal representative', zh: '法定代表人' },
			individualName: { en: 'Name (as on my identity document)', zh: '姓名（与身份证件一致）' },
			storeName: { en: 'Store name', zh: '店铺名称' },
			country: { en: 'Country/region', zh: '国家/地区' },
			caseId: { en: 'Case ID', zh: '案例编号（Case ID）' },
		},
		placeholders: {
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
		},
		checkedHeading: {
			login: { en: 'What I have already tried:', zh: '我已经尝试过：' },
			verification: { en: 'What I have already done and checked:', zh: '我已完成和确认的事项：' },
		},
		notesHeading: {
			login: { en: 'What happens when I try to sign in:', zh: '登录时的情况：' },
			verification: { en: 'More details:', zh: '补充说明：' },
		},
		attaching: { en: 'I am attaching these documents:', zh: '我附上了以下文件：' },
		moreOnRequest: {
			en: 'I can provide any other documents you need on request.',
			zh: '如需其他文件，我可以应要求提供。',
		},
		allOnRequest: {
			en: 'I can provide any documents you need on request.',
			zh: '如需任何文件，我可以应要求提供。',
		},
		replyByEmail: { en: 'Please reply to me by e-mail at {email}.', zh: '请通过邮件回复我：{email}。' },
		replyByChat: {
			en: 'I have chosen to contact you by chat. If we are disconnected, please reply to me by e-mail at {email}.',
			zh: '我选择通过聊天（Chat）与您联系。如果对话中断，请通过邮件回复我：{email}。',
		},
		callback: {
			en: '{reply} If you need more information from me, you are welcome to call me back at {phone}.',
			zh: '{reply}如需我补充资料，也欢迎致电 {phone} 与我联系。',
		},
		closing: {
			en: 'Thank you for your time and help. I look forward to your reply.',
			zh: '感谢您的时间和帮助，期待您的回复。',
		},
		signOff: { en: 'Kind regards,', zh: '此致\n敬礼' },
	},
	reminders: {
		common: [
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
		],
		videoCall: {
			en: 'If you are invited to a video call, book a time within 14 days and have the original identity document you registered with ready: copies are not accepted. The call takes about 15 minutes.',
			zh: '如果收到视频通话邀请，请在 14 天内预约，并准备好注册时使用的身份证件原件（不接受复印件）。通话大约需要 15 分钟。',
		},
	},
};
