import type { QuizTree } from '../types';

/**
 * "Can't log in": a short troubleshooter built from the login-problems guide. The steps of the
 * marketplace's UK sign-in checklist are `official`; the causes from a news editor's summary
 * (system problems, a changed deposit account, suspension) are `community`.
 */
export const loginQuiz: QuizTree = {
	id: 'login-quiz',
	title: {
		en: "Can't log in to Seller Central?",
		zh: '登录不了卖家平台（Seller Central）？',
	},
	intro: {
		en: "A few questions to narrow down why you can't sign in. The results follow the marketplace's own sign-in checklist, plus causes that sellers and editors report, labelled as such.",
		zh: '回答几个问题，缩小无法登录的原因范围。结果依据亚马逊官方的登录自查清单，也包括行业编者和卖家总结的常见原因，并分别标明。',
	},
	start: 'symptom',
	questions: [
		{
			id: 'symptom',
			kind: 'single',
			prompt: {
				en: 'What happens when you try to sign in?',
				zh: '登录时出现什么情况？',
			},
			choices: [
				{
					id: 'wrong',
					label: {
						en: 'It says my e-mail address or password is wrong',
						zh: '提示邮箱地址或密码不正确',
					},
					next: 'pasted',
				},
				{
					id: 'code',
					label: {
						en: "It asks for a Two-Step Verification code, and the code doesn't work or doesn't arrive",
						zh: '要求输入两步验证码（Two-Step Verification code），但验证码不管用或收不到',
					},
					next: 'code',
				},
				{
					id: 'other',
					label: {
						en: "Something else: the page won't load, or I see a different error",
						zh: '其他情况：页面打不开，或者出现别的错误',
					},
					next: 'browser',
				},
			],
			next: 'browser',
		},
		{
			id: 'pasted',
			kind: 'single',
			prompt: {
				en: 'Did you copy and paste the password?',
				zh: '密码是复制粘贴进去的吗？',
			},
			choices: [
				{
					id: 'yes',
					label: {
						en: 'Yes, I pasted it (from a note, a password manager or a chat)',
						zh: '是，从备忘录、密码管理器或聊天记录里粘贴的',
					},
				},
				{ id: 'no', label: { en: 'No, I typed it by hand', zh: '不是，手动输入的' } },
			],
			next: 'registered',
		},
		{
			id: 'registered',
			kind: 'single',
			prompt: {
				en: "Have you checked that the e-mail address you're entering is the one registered with the marketplace?",
				zh: '您确认过正在使用的邮箱地址，就是在亚马逊登记的那一个吗？',
			},
			help: {
				en: "The marketplace's password help page lets you check whether an e-mail address is registered in its system.",
				zh: '通过亚马逊的密码帮助页面，可以核实某个邮箱地址是否登记在亚马逊系统里。',
			},
			choices: [
				{
					id: 'match',
					label: { en: "Yes, it's the registered address", zh: '确认过，就是登记的那个' },
				},
				{
					id: 'no-match',
					label: { en: "Yes, and it doesn't seem to be the registered address", zh: '确认过，好像不是登记的那个' },
				},
				{
					id: 'unchecked',
					label: { en: "No, I haven't checked", zh: '还没确认过' },
				},
			],
			next: 'browser',
		},
		{
			id: 'code',
			kind: 'single',
			prompt: {
				en: 'Which Two-Step Verification code did you enter?',
				zh: '您输入的是哪一条两步验证码？',
			},
			choices: [
				{
					id: 'newest',
					label: { en: 'The most recent one I received', zh: '最新收到的那一条' },
				},
				{
					id: 'older',
					label: {
						en: "An older one, or I'm not sure which is the newest",
						zh: '之前收到的，或者分不清哪条是最新的',
					},
				},
				{
					id: 'none',
					label: {
						en: "I don't get any codes (for example, I changed my phone or number)",
						zh: '收不到验证码（比如换了手机或号码）',
					},
				},
			],
			next: 'browser',
		},
		{
			id: 'browser',
			kind: 'single',
			prompt: {
				en: "Have you cleared your browser's cookies and cache, or tried another browser or device?",
				zh: '您清除过浏览器的 Cookie 和缓存，或者换过浏览器、换过设备吗？',
			},
			choices: [
				{
					id: 'tried',
					label: { en: "Yes, and I still can't sign in", zh: '试过了，还是登录不了' },
				},
				{ id: 'not-yet', label: { en: 'Not yet', zh: '还没试过' } },
			],
			next: 'recent',
		},
		{
			id: 'recent',
			kind: 'multiple',
			prompt: {
				en: 'Do any of these apply to you?',
				zh: '下面这些情况，有符合您的吗？',
			},
			help: {
				en: 'Tick all that apply.',
				zh: '可多选。',
			},
			choices: [
				{
					id: 'payment',
					label: {
						en: 'I changed my deposit (payment) account or similar details just before the trouble started',
						zh: '登录不上之前，刚修改过收款账户等信息',
					},
				},
				{
					id: 'suspension',
					label: {
						en: 'I got an e-mail about a suspension, or my listings no longer show in the store',
						zh: '收到过封号或暂停销售的邮件，或者前台的在售商品（listing）不见了',
					},
				},
				{
					id: 'outage',
					label: {
						en: "Other sellers can't sign in right now either",
						zh: '其他卖家这会儿也登录不上',
					},
				},
				{ id: 'none', label: { en: 'None of these', zh: '都没有' } },
			],
			next: null,
		},
	],
	outcomes: [
		{
			id: 'credentials',
			kind: 'cause',
			title: {
				en: 'Check your e-mail address and password',
				zh: '核对邮箱地址和密码',
			},
			explanation: {
				en: "The sign-in page says your e-mail address or password is wrong, so start with step 1 of the marketplace's checklist: make sure you're using the correct e-mail address and the password that goes with it.",
				zh: '登录页面提示邮箱地址或密码不对，那就从亚马逊自查清单的第 1 步做起：确认您输入的是正确的邮箱地址，以及与它对应的密码。',
			},
			actions: [
				{
					en: 'Enter the e-mail address you registered with, checking it character by character.',
					zh: '输入注册时用的邮箱地址，逐个字符核对。',
				},
				{
					en: 'Type the password by hand and sign in again.',
					zh: '手动输入密码，再登录一次。',
				},
			],
			links: [
				{ guide: 'login-problems', section: 'check-email-password', label: { en: 'Step 1: check your e-mail address and password', zh: '第 1 步：核对邮箱地址和密码' } },
			],
			basis: 'official',
		},
		{
			id: 'extra-spaces',
			kind: 'cause',
			title: {
				en: 'A pasted password can carry extra spaces',
				zh: '粘贴的密码可能带有多余的空格',
			},
			explanation: {
				en: "Copying and pasting a password can pick up extra spaces along with it, and then the password doesn't match. Removing them is step 2 of the marketplace's checklist.",
				zh: '复制粘贴密码时，容易把多余的空格一起带进去，密码就对不上了。删掉空格是亚马逊自查清单的第 2 步。',
			},
			actions: [
				{
					en: 'Delete any spaces before or after the password, or type it by hand instead.',
					zh: '删掉密码前后多余的空格，或者干脆手动输入。',
				},
				{
					en: 'Sign in again.',
					zh: '重新登录。',
				},
			],
			links: [
				{ guide: 'login-problems', section: 'extra-spaces', label: { en: 'Step 2: remove extra spaces', zh: '第 2 步：检查密码里的多余空格' } },
			],
			basis: 'official',
		},
		{
			id: 'registered-email',
			kind: 'cause',
			title: {
				en: "Make sure you're using the registered e-mail address",
				zh: '确认用的是登记过的邮箱地址',
			},
			explanation: {
				en: "Step 5 of the marketplace's checklist is to use its password help page to check whether the e-mail address you're entering is the one registered in its system. If you've used more than one address, it's easy to mix them up.",
				zh: '亚马逊自查清单的第 5 步：通过密码帮助页面，核实您正在输入的邮箱地址是否就是系统里登记的那一个。用过不止一个邮箱的话，很容易弄混。',
			},
			actions: [
				{
					en: "Open the marketplace's password help page and check the address you've been using.",
					zh: '打开亚马逊的密码帮助页面，核实您一直在用的邮箱地址。',
				},
				{
					en: "If it isn't the registered one, try the other addresses you might have registered with.",
					zh: '如果不是登记的那个，换成您可能用来注册过的其他邮箱试试。',
				},
				{
					en: "If you can't work out which address is registered, contact Selling Partner Support rather than opening a new account.",
					zh: '实在确认不了登记的是哪个邮箱，就联系销售伙伴支持（Selling Partner Support），不要另开新账户。',
				},
			],
			links: [
				{ guide: 'login-problems', section: 'password-help', label: { en: 'Step 5: check which e-mail address is registered', zh: '第 5 步：用密码帮助页面确认注册邮箱' } },
			],
			basis: 'official',
		},
		{
			id: 'newest-code',
			kind: 'cause',
			title: {
				en: 'Use only the newest Two-Step Verification code',
				zh: '两步验证码只用最新的一条',
			},
			explanation: {
				en: "When you're asked for a Two-Step Verification code, only the most recent code works; older ones don't. If several codes arrive in a short time, use the last one.",
				zh: '页面要求输入两步验证码（Two-Step Verification code）时，只有最新收到的那一条有效，旧的验证码都不能用。短时间内收到好几条时，只用最后一条。',
			},
			actions: [
				{
					en: 'Enter the most recent code you received, not an earlier one.',
					zh: '输入最新收到的验证码，不要用之前的。',
				},
				{
					en: 'If several codes arrived, ignore all but the last.',
					zh: '如果收到了好几条，只看最后一条。',
				},
			],
			links: [
				{ guide: 'login-problems', section: 'newest-code', label: { en: 'Step 3: use the newest two-step code', zh: '第 3 步：两步验证码只用最新的一条' } },
				{ guide: 'two-step-verification', section: 'newest-code', label: { en: 'Two-step verification: use the newest code', zh: '两步验证：要用最新的验证码' } },
			],
			basis: 'official',
		},
		{
			id: 'no-codes',
			kind: 'cause',
			title: {
				en: "You can't receive your two-step codes",
				zh: '收不到两步验证码',
			},
			explanation: {
				en: "Without your registered phone or authenticator app, you can't get the code, so you can't finish signing in. The marketplace's notices don't describe how to recover access; the sign-in checklist ends with contacting Selling Partner Support through a form.",
				zh: '手上没有登记的手机或验证器应用，就收不到验证码，也就无法完成登录。亚马逊的公告没有说明怎样恢复登录权限；官方登录自查清单的最后一步，是填写表单联系销售伙伴支持（Selling Partner Support）。',
			},
			actions: [
				{
					en: 'Work through the rest of the sign-in checklist first.',
					zh: '先把登录自查清单的其他步骤做完。',
				},
				{
					en: "Then fill in the form to contact Selling Partner Support. Say that you can't receive your codes and why, for example a new phone or a new number.",
					zh: '然后填写表单联系销售伙伴支持（Selling Partner Support），说明您收不到验证码及其原因，比如换了手机或号码。',
				},
				{
					en: 'Never give a code or your password to anyone who contacts you claiming to be support.',
					zh: '不要把验证码或密码告诉任何自称“亚马逊客服”来联系您的人。',
				},
			],
			links: [
				{ guide: 'two-step-verification', section: 'lost-access', label: { en: 'If you can no longer get codes', zh: '已经收不到验证码了' } },
				{ guide: 'login-problems', section: 'contact-form', label: { en: 'Step 7: contact Selling Partner Support', zh: '第 7 步：填表联系销售伙伴支持' } },
			],
			basis: 'official',
		},
		{
			id: 'clear-browser',
			kind: 'cause',
			title: {
				en: 'Clear cookies and cache, or try another browser or device',
				zh: '清除 Cookie 和缓存，或换浏览器、换设备',
			},
			explanation: {
				en: "Step 4 of the marketplace's checklist is to clear your browser's cookies and cache and sign in again, or to try a different browser or device. It's quick, and it rules out a problem with your browser.",
				zh: '亚马逊自查清单的第 4 步：清除浏览器的 Cookie 和缓存后重新登录，或者换一个浏览器、换一台设备。操作很快，可以排除浏览器本身的问题。',
			},
			actions: [
				{
					en: "Clear your browser's cookies and cache, then sign in again.",
					zh: '清除浏览器的 Cookie 和缓存，然后重新登录。',
				},
				{
					en: "If that doesn't help, try another browser, or another computer or phone.",
					zh: '还是不行，就换一个浏览器，或者换一台电脑、手机试试。',
				},
				{
					en: 'Type sellercentral.amazon.com into the address bar yourself rather than following a link.',
					zh: '自己在地址栏输入 sellercentral.amazon.com，不要点别处的链接进入。',
				},
			],
			links: [
				{ guide: 'login-problems', section: 'clear-browser', label: { en: 'Step 4: clear cookies and cache', zh: '第 4 步：清除浏览器缓存' } },
			],
			basis: 'official',
		},
		{
			id: 'payment-change',
			kind: 'cause',
			title: {
				en: 'A recent change to your deposit account',
				zh: '刚修改过收款账户',
			},
			explanation: {
				en: "A news editor's summary says sign-in trouble can follow a change to the deposit (payment) account, and suggests e-mailing the marketplace's performance team to get the account back. This is an editor's experience, not official guidance, and the source gives no address for that team.",
				zh: '一篇资讯的编者总结说，修改收款账户后可能出现无法登录的情况，建议给亚马逊绩效团队发邮件找回账户。这是编者的经验，不是官方说明，资料里也没有给出绩效团队的邮箱地址。',
			},
			actions: [
				{
					en: 'Write down when you made the change and what you changed.',
					zh: '记下修改的时间和修改了哪些内容。',
				},
				{
					en: 'Contact Selling Partner Support through the form, say the trouble started right after the change, and give those details.',
					zh: '填写表单联系销售伙伴支持（Selling Partner Support），说明修改收款账户后就登录不上了，并提供上面记下的信息。',
				},
				{
					en: "Don't pay anyone who offers to unlock the account for you.",
					zh: '不要付钱给声称能帮您“解封”账户的人。',
				},
			],
			links: [
				{ guide: 'login-problems', section: 'common-causes', label: { en: "Common causes (an editor's summary)", zh: '常见原因（编者总结）' } },
				{ guide: 'contact-support', section: 'case-contents', label: { en: 'What to put in a case', zh: '案例里要写什么' } },
			],
			basis: 'community',
		},
		{
			id: 'suspension',
			kind: 'warning',
			title: {
				en: 'Your account may be suspended',
				zh: '账户可能被封或被暂停销售',
			},
			explanation: {
				en: "According to a news editor's summary, a suspended account or removed selling privileges also stops you signing in. The signs are a suspension e-mail in your mailbox, or listings that no longer show in the store; if neither applies, this is usually not the cause.",
				zh: '一篇资讯的编者总结说，账户被封或被暂停销售，也会导致无法登录。判断方法：邮箱里有没有封号邮件，前台的在售商品（listing）是否还正常展示；两者都没有，一般就不是这个原因。',
			},
			actions: [
				{
					en: "Find the suspension e-mail and check that the sender's address ends in @amazon.com.",
					zh: '找到那封封号邮件，确认发件地址后缀是 @amazon.com。',
				},
				{
					en: 'Check in the store whether your listings still show.',
					zh: '到亚马逊前台看看您的商品是否还在正常展示。',
				},
				{
					en: 'Contact Selling Partner Support through the form and describe what you found.',
					zh: '填写表单联系销售伙伴支持（Selling Partner Support），说明您看到的情况。',
				},
				{
					en: 'Be wary of anyone who offers to get your account back for a fee, or gives you an "official" phone number.',
					zh: '当心收费帮您“找回账户”、或者提供“官方客服电话”的人。',
				},
			],
			links: [
				{ guide: 'login-problems', section: 'common-causes', label: { en: "Common causes (an editor's summary)", zh: '常见原因（编者总结）' } },
				{ guide: 'login-problems', section: 'login-safety', label: { en: "Stay safe while you're locked out", zh: '登录时注意安全' } },
			],
			basis: 'community',
		},
		{
			id: 'outage',
			kind: 'cause',
			title: {
				en: "It may be a problem on the marketplace's side",
				zh: '可能是亚马逊系统出了问题',
			},
			explanation: {
				en: "A news editor notes that system problems have blocked sign-in several times in recent years. Once you're sure it's a system problem, the editor suggests waiting until it's fixed and then signing in again.",
				zh: '一篇资讯的编者提到，近几年已多次出现因亚马逊系统故障而登录不上的情况。确认是系统问题后，编者建议等系统恢复再登录。',
			},
			actions: [
				{
					en: 'Wait a while, then try again.',
					zh: '等一段时间再试。',
				},
				{
					en: "Meanwhile, don't trust messages or callers who offer to fix your account.",
					zh: '这期间，不要相信主动提出帮您“修复账户”的消息或来电。',
				},
				{
					en: "If other sellers can sign in again but you still can't, work through the sign-in checklist.",
					zh: '如果其他卖家已经能登录、您还是不行，就按登录自查清单逐项排查。',
				},
			],
			links: [
				{ guide: 'login-problems', section: 'common-causes', label: { en: "Common causes (an editor's summary)", zh: '常见原因（编者总结）' } },
			],
			basis: 'community',
		},
		{
			id: 'contact-form',
			kind: 'cause',
			title: {
				en: 'Still stuck? Contact Selling Partner Support',
				zh: '还是不行？联系销售伙伴支持',
			},
			explanation: {
				en: "If none of the checklist steps works, the marketplace's notice says to fill in a form to contact Selling Partner Support and describe the problem in detail. The more precisely you describe it, the fewer questions come back.",
				zh: '自查清单的步骤都试过仍无法登录时，亚马逊的公告建议填写表单，联系销售伙伴支持（Selling Partner Support），并详细描述问题。描述得越具体，来回追问就越少。',
			},
			actions: [
				{
					en: 'Describe exactly what happens when you sign in, including any error message and when it started.',
					zh: '写清楚登录时发生了什么，包括出现的错误提示，以及从什么时候开始的。',
				},
				{
					en: "List the steps you've already tried, and attach screenshots of the error.",
					zh: '列出您已经试过的步骤，并附上错误提示的截图。',
				},
				{
					en: 'Open one case, and follow up in it rather than sending new ones.',
					zh: '同一个问题只提交一个案例，后续在原案例里跟进，不要重复提交。',
				},
			],
			links: [
				{ guide: 'login-problems', section: 'contact-form', label: { en: 'Step 7: contact Selling Partner Support', zh: '第 7 步：填表联系销售伙伴支持' } },
				{ guide: 'contact-support', section: 'case-contents', label: { en: 'What to put in a case', zh: '案例里要写什么' } },
			],
			basis: 'official',
		},
	],
	rules: [
		{ outcome: 'credentials', when: { chose: ['symptom', 'wrong'] }, likelihood: 'high' },
		{ outcome: 'extra-spaces', when: { chose: ['pasted', 'yes'] }, likelihood: 'high' },
		{ outcome: 'registered-email', when: { chose: ['registered', 'no-match'] }, likelihood: 'high' },
		{ outcome: 'registered-email', when: { chose: ['registered', 'unchecked'] }, likelihood: 'medium' },
		{ outcome: 'newest-code', when: { chose: ['code', 'older'] }, likelihood: 'high' },
		{ outcome: 'no-codes', when: { chose: ['code', 'none'] }, likelihood: 'high' },
		{ outcome: 'clear-browser', when: { all: [{ chose: ['symptom', 'other'] }, { chose: ['browser', 'not-yet'] }] }, likelihood: 'high' },
		{ outcome: 'clear-browser', when: { chose: ['browser', 'not-yet'] }, likelihood: 'medium' },
		{ outcome: 'payment-change', when: { chose: ['recent', 'payment'] }, likelihood: 'high' },
		{ outcome: 'suspension', when: { chose: ['recent', 'suspension'] }, likelihood: 'high' },
		{ outcome: 'outage', when: { chose: ['recent', 'outage'] }, likelihood: 'high' },
		{
			// The checklist is used up and nothing else points to a cause: the form is the next step.
			outcome: 'contact-form',
			when: {
				all: [
					{ chose: ['browser', 'tried'] },
					{
						not: {
							any: [
								{ chose: ['symptom', 'wrong'] },
								{ chose: ['code', 'older'] },
								{ chose: ['code', 'none'] },
								{ chose: ['recent', 'payment'] },
								{ chose: ['recent', 'suspension'] },
								{ chose: ['recent', 'outage'] },
							],
						},
					},
				],
			},
			likelihood: 'medium',
		},
		{
			// The last step of the checklist applies on every path, if everything else fails.
			outcome: 'contact-form',
			when: { any: [{ chose: ['symptom', 'wrong'] }, { chose: ['symptom', 'code'] }, { chose: ['symptom', 'other'] }] },
			likelihood: 'low',
		},
	],
};
