import type { QuizTree } from '../types';

/**
 * "Can't log in": a short troubleshooter built from the login-problems and two-step-verification
 * guides. Outcomes resting on Amazon's help pages (the UK sign-in checklist, the two-step pages,
 * the Account Health appeal) are `official`; the causes that only a news editor's summary gives
 * (system faults, a changed deposit account) are `community`.
 */
export const loginQuiz: QuizTree = {
	id: 'login-quiz',
	title: {
		en: "Can't log in to Seller Central?",
		zh: '登录不了卖家平台（Seller Central）？',
	},
	intro: {
		en: "A few questions to narrow down why you can't sign in. The results follow Amazon's own sign-in checklist and its help on two-step verification and deactivated accounts, plus causes a news editor reports, labelled as such.",
		zh: '回答几个问题，缩小无法登录的原因范围。结果依据亚马逊自己的登录自查清单、两步验证帮助和账户停用申诉说明，也包括一位资讯编者总结的常见原因，并分别标明。',
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
				en: "Have you checked that the e-mail address you're entering is the one registered with Amazon?",
				zh: '您确认过正在使用的邮箱地址，就是在亚马逊登记的那一个吗？',
			},
			help: {
				en: "Amazon's Password assistance page lets you check whether an e-mail address is registered with Amazon.",
				zh: '通过亚马逊的“密码帮助（Password assistance）”页面，可以核实某个邮箱地址是否在亚马逊登记过。',
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
						en: "No code arrives, although I still have the phone and number I registered",
						zh: '收不到验证码，但登记的手机和号码都还在我手上',
					},
				},
				{
					id: 'changed',
					label: {
						en: 'I changed or lost my phone, or my number no longer works',
						zh: '换了手机、手机丢了，或者登记的号码已经停用',
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
						en: 'I got an e-mail saying my account was deactivated or my selling privileges were removed, or my listings no longer show in the store',
						zh: '收到过账户被停用或销售权限被取消的邮件，或者前台不再展示我的在售商品（listing）',
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
				en: "The sign-in page says your e-mail address or password is wrong, so start with step 1 of Amazon's sign-in checklist: make sure the e-mail address and the password belong together.",
				zh: '登录页面提示邮箱地址或密码不对，那就从亚马逊登录自查清单的第 1 步做起：确认邮箱地址和密码是配套的。',
			},
			actions: [
				{
					en: 'Enter the e-mail address you registered with, checking it character by character.',
					zh: '输入注册时用的邮箱地址，逐个字符核对。',
				},
				{
					en: 'If more than one Amazon account uses this e-mail address with different passwords, use the password of the account you want to reach.',
					zh: '如果同一个邮箱地址下有不止一个亚马逊账户、密码各不相同，要用您想登录的那个账户的密码。',
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
				en: "Copying and pasting a password can pick up extra spaces, and then the password doesn't match. Removing them is step 2 of Amazon's sign-in checklist.",
				zh: '复制粘贴密码时，容易把多余的空格一起带进去，密码就对不上了。删掉空格是亚马逊登录自查清单的第 2 步。',
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
				en: 'Check the registered e-mail address, then reset the password',
				zh: '确认注册邮箱，再重设密码',
			},
			explanation: {
				en: "Step 5 of Amazon's sign-in checklist is to check on the Password assistance page whether the e-mail address you're entering is the one registered with Amazon, and if it is, to change the password there. Step 6 is to sign in with the new password. If you've used more than one address, it's easy to mix them up.",
				zh: '亚马逊登录自查清单的第 5 步：在“密码帮助（Password assistance）”页面核实您输入的邮箱地址是否就是在亚马逊登记的那一个，如果是，就在那里修改密码；第 6 步是用新密码登录。用过不止一个邮箱的话，很容易弄混。',
			},
			actions: [
				{
					en: "Open Amazon's Password assistance page and check the address you've been using.",
					zh: '打开亚马逊的“密码帮助（Password assistance）”页面，核实您一直在用的邮箱地址。',
				},
				{
					en: 'If it is registered, change the password on that page, then sign in with the new password.',
					zh: '如果是登记过的，就在该页面修改密码，再用新密码登录。',
				},
				{
					en: "If it isn't, try the other addresses you might have registered with. Don't create a new Seller Central account: Amazon's page asks you not to.",
					zh: '如果不是，换成您可能注册过的其他邮箱试试。不要另开新的卖家平台账户，亚马逊的页面特别提醒过这一点。',
				},
			],
			links: [
				{ guide: 'login-problems', section: 'password-help', label: { en: 'Step 5: check which e-mail address is registered', zh: '第 5 步：确认注册邮箱，再重设密码' } },
				{ guide: 'login-problems', section: 'new-email', label: { en: 'Step 6: sign in with your new details', zh: '第 6 步：用改好的信息登录' } },
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
				en: "The code doesn't arrive on your phone",
				zh: '手机还在，验证码却收不到',
			},
			explanation: {
				en: "You still have the registered phone, but the code doesn't come. Every Seller Central login has a backup method, registered when two-step verification was set up: the code page's \"Didn't receive the code?\" link sends the code there instead. If your primary method is an authenticator app, the code is never sent: open the app and read it there.",
				zh: "登记的手机还在，验证码却收不到。每个卖家平台登录账号在设置两步验证时都登记了备用方式：点击输入验证码页面上的“Didn't receive the code?”（没有收到验证码？），验证码就会改发到备用方式。如果您的主要方式是验证器应用，验证码不会“发”过来，要打开应用查看。",
			},
			actions: [
				{
					en: "Choose \"Didn't receive the code?\" and have the code sent to your backup method.",
					zh: "点击“Didn't receive the code?”，让验证码发到您的备用方式。",
				},
				{
					en: "If a code does arrive later, enter only the newest one.",
					zh: '之后如果收到了验证码，只输入最新的那一条。',
				},
				{
					en: "Once you're in, check your two-step settings under Advanced Security Settings, so that both methods still work.",
					zh: '登录之后，到“高级安全设置（Advanced Security Settings）”里检查两步验证设置，确保两种方式都还能用。',
				},
				{
					en: 'Never give a code or your password to anyone who contacts you claiming to be from Amazon.',
					zh: '不要把验证码或密码告诉任何自称“亚马逊客服”来联系您的人。',
				},
			],
			links: [
				{ guide: 'two-step-verification', section: 'lost-access', label: { en: 'If you can no longer get codes', zh: '已经收不到验证码了' } },
				{ guide: 'two-step-verification', section: 'backup-required', label: { en: 'A backup is part of the setup', zh: '备用方式是设置时的必选项' } },
			],
			basis: 'official',
		},
		{
			id: 'changed-phone',
			kind: 'cause',
			title: {
				en: 'You changed or lost the phone your codes go to',
				zh: '接收验证码的手机换了、丢了或停号了',
			},
			explanation: {
				en: "Codes still go to the phone or app you registered, so a new phone or number doesn't receive them. Your way back in is the backup method you registered at setup; once you're signed in, you can update the number in Seller Central. Without a working backup, Amazon's account-recovery help (written for shoppers, but about the same Amazon login) describes recovery with a government-issued ID. Selling Partner Support can't waive two-step verification.",
				zh: '验证码仍然发到您登记过的手机或应用上，新手机、新号码是收不到的。回到账户的办法是设置时登记的备用方式；登录之后，可以在卖家平台里更新号码。备用方式也用不了的话，亚马逊的账户找回帮助（面向买家，但针对的是同一个亚马逊登录账号）介绍了用政府签发的身份证件找回账户的途径。卖家支持无权免除两步验证。',
			},
			actions: [
				{
					en: "On the code page, choose \"Didn't receive the code?\" and have the code sent to your backup method.",
					zh: "在输入验证码的页面点击“Didn't receive the code?”，让验证码发到您的备用方式。",
				},
				{
					en: 'Once signed in, register the new number or set up the authenticator app again under Advanced Security Settings, and check the backup too.',
					zh: '登录后，到“高级安全设置（Advanced Security Settings）”里登记新号码或重新设置验证器应用，也检查一下备用方式。',
				},
				{
					en: 'If the backup is gone too, try a trusted device, then Two-Step Verification Account Recovery with a photo or scan of your ID.',
					zh: '备用方式也用不了，先试受信任的设备，再通过“两步验证账户找回（Two-Step Verification Account Recovery）”上传身份证件的照片或扫描件。',
				},
			],
			links: [
				{ guide: 'two-step-verification', section: 'lost-access', label: { en: 'If you can no longer get codes', zh: '已经收不到验证码了' } },
				{ guide: 'two-step-verification', section: 'keep-access', label: { en: 'Before you change phones or numbers', zh: '换手机、换号码前先做好准备' } },
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
				en: "Step 4 of Amazon's sign-in checklist is to clear your browser's cookies and cache and sign in again, or to try a different browser or device. It's quick, and it rules out a problem with your browser.",
				zh: '亚马逊登录自查清单的第 4 步：清除浏览器的 Cookie 和缓存后重新登录，或者换一个浏览器、换一台设备。操作很快，可以排除浏览器本身的问题。',
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
					en: 'Type the Seller Central address into the address bar yourself rather than following a link.',
					zh: '自己在地址栏输入卖家平台的网址，不要点别处的链接进入。',
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
				en: "A news editor's summary says sign-in trouble can follow a change to the deposit (payment) account, and suggests contacting Amazon's performance team to get the account back. This is an editor's experience, not Amazon's guidance, and the source gives no address for that team.",
				zh: '一篇资讯的编者总结说，修改收款账户后可能出现无法登录的情况，建议联系亚马逊绩效团队找回账户。这是编者的经验，不是亚马逊的说明，资料里也没有给出绩效团队的联系地址。',
			},
			actions: [
				{
					en: 'Write down when you made the change and what you changed.',
					zh: '记下修改的时间和修改了哪些内容。',
				},
				{
					en: 'Contact Selling Partner Support, say the trouble started right after the change, and give those details.',
					zh: '联系卖家支持（Selling Partner Support / Seller Support），说明修改收款账户后就登录不上了，并提供上面记下的信息。',
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
				en: 'Your account may be deactivated: appeal in Account Health',
				zh: '账户可能被停用：到账户状况页面申诉',
			},
			explanation: {
				en: "A deactivation e-mail, or listings that no longer show in the store, point to a deactivated account or removed selling privileges. That isn't fixed through the sign-in checklist or the contact form: Amazon's help says to appeal in Seller Central under Performance › Account Health › Reactivate your account, and to expect a reply within two days.",
				zh: '收到停用邮件，或者前台不再展示您的商品，说明账户可能被停用或销售权限被取消。这不是靠登录自查清单或联系表单解决的：亚马逊的帮助页面说明，要在卖家平台的“绩效（Performance）”›“账户状况（Account Health）”›“恢复您的账户（Reactivate your account）”提交申诉，一般两天内会有回复。',
			},
			actions: [
				{
					en: "Check that the e-mail is genuine before acting on it: don't follow its links; sign in to Seller Central yourself.",
					zh: '先核实邮件真假再行动：不要点邮件里的链接，自己登录卖家平台。',
				},
				{
					en: 'Go to Performance › Account Health, choose Reactivate your account, follow the instructions and choose Submit.',
					zh: '进入“绩效（Performance）”›“账户状况（Account Health）”，点击“恢复您的账户（Reactivate your account）”，按说明操作后点击“提交（Submit）”。',
				},
				{
					en: 'Watch your e-mail for the decision; if Amazon asks for more, send it through View Appeal in Account Health.',
					zh: '留意邮箱里的决定；如果亚马逊要求补充信息，在账户状况里通过“查看申诉（View Appeal）”补交。',
				},
				{
					en: 'Be wary of anyone who offers to get your account back for a fee, or gives you an "official" phone number.',
					zh: '当心收费帮您“找回账户”、或者提供“官方客服电话”的人。',
				},
			],
			links: [
				{ guide: 'login-problems', section: 'deactivated', label: { en: 'If your account is deactivated', zh: '账户被停用时' } },
				{ guide: 'result-email', section: 'real-or-phishing', label: { en: 'Real or phishing?', zh: '辨别真假邮件' } },
			],
			basis: 'official',
		},
		{
			id: 'outage',
			kind: 'cause',
			title: {
				en: "It may be a fault on Amazon's side",
				zh: '可能是亚马逊系统出了问题',
			},
			explanation: {
				en: "A news editor notes that system faults have blocked sign-in several times in recent years. Once you're sure it's a system fault, the editor suggests waiting until it's fixed and then signing in again.",
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
				zh: '还是不行？联系卖家支持',
			},
			explanation: {
				en: "If none of the checklist steps works, Amazon's sign-in help says your e-mail address and password probably don't belong to an active Seller Central account. If you didn't deactivate the account yourself, use the Contact us button on that help page and describe the problem in detail.",
				zh: '自查清单的步骤都试过仍登录不了，亚马逊的登录帮助页面说，很可能是您的邮箱地址和密码没有对应一个有效的卖家平台账户。如果账户不是您自己停用的，请点击该帮助页面上的“联系我们（Contact us）”按钮，详细描述问题。',
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
				{ guide: 'login-problems', section: 'contact-form', label: { en: 'Step 7: contact Selling Partner Support', zh: '第 7 步：联系卖家支持' } },
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
		{ outcome: 'changed-phone', when: { chose: ['code', 'changed'] }, likelihood: 'high' },
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
								{ chose: ['code', 'changed'] },
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
