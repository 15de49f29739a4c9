import type { QuizTree } from '../types';

/**
 * "Why did my verification fail?": from what the seller sees to the likely causes and the next step.
 * Facts come from the guides (appeal, failure-causes, document-requirements, faq, result-email,
 * individual-seller, login-problems). Causes that only the 2021 third-party post reports are marked
 * `community`; Amazon's own guides, help pages and FAQ, and the US statute, are `official`.
 */
export const failureQuiz: QuizTree = {
	id: 'failure-quiz',
	title: {
		en: 'Why did my verification fail?',
		zh: '我的身份验证为什么没通过？',
	},
	intro: {
		en: "Answer a few questions about what happened and what you submitted. You'll see the likely causes, most likely first, each with what to do next. Each result says whether it comes from Amazon's official guidance or from sellers' reports.",
		zh: '回答几个问题，说说您遇到了什么情况、提交了哪些资料。结果会按可能性从高到低列出原因，并附上每种情况的下一步做法。每条结果都标明依据是亚马逊的官方说明，还是卖家的经验。',
	},
	start: 'where',
	questions: [
		{
			id: 'where',
			kind: 'single',
			prompt: {
				en: 'Where are you right now?',
				zh: '您现在处于哪种情况？',
			},
			choices: [
				{
					id: 'email',
					label: {
						en: 'I got an e-mail saying my identity verification failed',
						zh: '收到了身份验证失败的邮件',
					},
					next: 'genuine',
				},
				{
					id: 'video',
					label: {
						en: 'I got an invitation to a video call to verify my identity',
						zh: '收到了视频通话验证的邀请',
					},
					next: 'booked',
				},
				{
					id: 'refused',
					label: {
						en: 'My appeal was refused, or I was told to restart with a new account',
						zh: '申诉被拒绝，或被告知要用新账户重新注册',
					},
					next: 'photos',
				},
				{
					id: 'login',
					label: {
						en: "I can't log in to Seller Central",
						zh: '登录不了卖家平台（Seller Central）',
					},
					next: null,
				},
				{
					id: 'individual',
					label: {
						en: "I'm asked to verify my business information, but I'm an individual seller",
						zh: '被要求验证业务信息，但我是个人卖家',
					},
					next: null,
				},
			],
			next: 'photos',
		},
		{
			id: 'genuine',
			kind: 'single',
			prompt: {
				en: "Does the sender's address end in @amazon.com (or another domain Amazon lists for your store)?",
				zh: '发件地址的后缀是 @amazon.com（或亚马逊为您所在站点列出的其他域名）吗？',
			},
			help: {
				en: "Look at the full address, not just the display name. Amazon's US page names @amazon.com; other stores' pages list more domains. A sender can be forged, so a matching address alone doesn't prove the e-mail is genuine.",
				zh: '请看完整的发件地址，不要只看显示的发件人名称。亚马逊美国站页面列出的是 @amazon.com，其他站点的页面还列出了更多域名。发件人可以伪造，地址对得上也不能单凭这一点断定邮件是真的。',
			},
			choices: [
				{
					id: 'yes',
					label: { en: 'Yes', zh: '是' },
				},
				{
					id: 'no',
					label: { en: 'No', zh: '不是' },
					next: null,
				},
				{
					id: 'unsure',
					label: { en: "I'm not sure", zh: '不确定' },
				},
			],
			next: 'photos',
		},
		{
			id: 'photos',
			kind: 'multiple',
			prompt: {
				en: 'Which of these apply to the images of your business licence and ID that you uploaded?',
				zh: '您上传的营业执照和身份证件图片，有下面哪些情况？',
			},
			help: {
				en: 'Tick all that apply. Open the files you actually submitted and check each one.',
				zh: '可多选。请打开您实际提交的文件，逐张检查。',
			},
			choices: [
				{
					id: 'corners',
					label: { en: 'A corner or edge of the document is cut off', zh: '证件缺角或缺边' },
				},
				{
					id: 'bw',
					label: { en: 'It is a black-and-white copy', zh: '是黑白复印件' },
				},
				{
					id: 'screenshot',
					label: { en: 'It is a screenshot', zh: '是截屏' },
				},
				{
					id: 'edited',
					label: {
						en: 'It was edited or beautified (Photoshop, Meitu or a similar app)',
						zh: '用 PS、美图秀秀等工具处理过',
					},
				},
				{
					id: 'blurry',
					label: {
						en: 'It is blurry, dark, or shot against a window or bright light',
						zh: '画面模糊、太暗，或是逆光拍的',
					},
				},
				{
					id: 'none',
					label: { en: 'None of these', zh: '都没有' },
				},
			],
			next: 'registry',
		},
		{
			id: 'registry',
			kind: 'single',
			prompt: {
				en: 'What does the National Enterprise Credit Information Publicity System (国家企业信用信息公示系统) show for your company?',
				zh: '在国家企业信用信息公示系统里，您的公司是什么情况？',
			},
			help: {
				en: "This is China's official public registry of companies. Search for it and open only the result marked 官网 (official site).",
				zh: '这是国家官方的企业信息公示平台。搜索时只点带“官网”标识的结果。',
			},
			choices: [
				{
					id: 'normal',
					label: { en: 'My company is listed and its status looks normal', zh: '公司已被收录，状态正常' },
				},
				{
					id: 'not-listed',
					label: {
						en: "It isn't listed yet (the company is newly registered)",
						zh: '还查不到（公司是新注册的）',
					},
				},
				{
					id: 'abnormal',
					label: {
						en: 'It is listed, but its status is abnormal or irregular',
						zh: '查得到，但状态异常',
					},
				},
				{
					id: 'unchecked',
					label: { en: "I haven't checked", zh: '还没查过' },
				},
			],
			next: 'agent',
		},
		{
			id: 'agent',
			kind: 'single',
			prompt: {
				en: 'Did an agent or intermediary set up your company, or hold your business licence and ID at some point?',
				zh: '您的公司是否由代理或中介机构代注册，或者您的营业执照、身份证件曾交给他们保管？',
			},
			help: {
				en: 'For example, an agency that registered the company for you (代注册) or a service that handled your documents.',
				zh: '例如帮您代注册公司的机构，或经手过您证件资料的代办服务。',
			},
			choices: [
				{ id: 'yes', label: { en: 'Yes', zh: '是' } },
				{ id: 'no', label: { en: 'No', zh: '没有' } },
				{ id: 'unsure', label: { en: "I'm not sure", zh: '不确定' } },
			],
			next: 'details',
		},
		{
			id: 'details',
			kind: 'single',
			prompt: {
				en: 'Does everything you entered at registration match your documents?',
				zh: '注册时填写的信息和证件上的内容完全一致吗？',
			},
			help: {
				en: 'Compare field by field: company name, company location, legal representative, and the ID type you selected under Identity data.',
				zh: '逐项对照：公司名称、公司所在地、法定代表人，以及您在“身份数据（Identity data）”里选择的证件类型。',
			},
			choices: [
				{ id: 'exact', label: { en: 'Yes, exactly', zh: '是，完全一致' } },
				{ id: 'unsure', label: { en: "I'm not sure", zh: '不确定' } },
				{
					id: 'differ',
					label: {
						en: 'Some details differ (for example, the company location)',
						zh: '有些地方不一致（比如公司所在地）',
					},
				},
			],
			next: 'age',
		},
		{
			id: 'age',
			kind: 'single',
			prompt: {
				en: 'How old is the legal representative?',
				zh: '法定代表人多大年龄？',
			},
			choices: [
				{ id: 'adult', label: { en: '18 or over', zh: '已满 18 周岁' } },
				{ id: 'minor', label: { en: 'Under 18', zh: '未满 18 周岁' } },
			],
			next: 'reregister',
		},
		{
			id: 'reregister',
			kind: 'single',
			prompt: {
				en: 'Since the failure, have you registered again with a new e-mail address?',
				zh: '验证失败后，您有没有用新邮箱重新注册过？',
			},
			choices: [
				{ id: 'no', label: { en: 'No', zh: '没有' } },
				{ id: 'once', label: { en: 'Yes, once', zh: '重新注册过一次' } },
				{ id: 'several', label: { en: 'Yes, several times', zh: '重新注册过好几次' } },
			],
			next: 'worries',
		},
		{
			id: 'worries',
			kind: 'multiple',
			prompt: {
				en: 'Are you worried that any of these caused the failure?',
				zh: '您是否担心下面这些情况导致了验证失败？',
			},
			help: {
				en: 'Tick all that apply.',
				zh: '可多选。',
			},
			choices: [
				{
					id: 'device',
					label: {
						en: 'I switched devices partway through (for example, from computer to phone)',
						zh: '验证中途换了设备（比如从电脑换到手机）',
					},
				},
				{
					id: 'channel',
					label: {
						en: 'The e-mail address, registration channel or time I registered with',
						zh: '注册用的邮箱、注册渠道或注册时间',
					},
				},
				{
					id: 'scope',
					label: {
						en: "My business scope doesn't match the categories I want to sell",
						zh: '营业执照上的经营范围和我要卖的类目不一致',
					},
				},
				{
					id: 'capital',
					label: {
						en: 'My registered capital is low',
						zh: '公司注册资本不高',
					},
				},
				{
					id: 'none',
					label: { en: 'None of these', zh: '都没有' },
				},
			],
			next: null,
		},
		{
			id: 'booked',
			kind: 'single',
			prompt: {
				en: 'Have you booked the video call?',
				zh: '您预约视频通话了吗？',
			},
			help: {
				en: 'The invitation e-mail asks you to book within 14 days of receiving it.',
				zh: '邀请邮件要求在收到后 14 天内完成预约。',
			},
			choices: [
				{
					id: 'booked',
					label: { en: "Yes, I've booked it", zh: '已经预约了' },
					next: 'resubmitted',
				},
				{
					id: 'not-yet',
					label: { en: 'Not yet, and 14 days have not passed', zh: '还没有，收到邮件还不到 14 天' },
					next: 'original',
				},
				{
					id: 'missed',
					label: { en: 'No, and more than 14 days have passed', zh: '还没有，而且已经超过 14 天' },
					next: null,
				},
			],
			next: 'original',
		},
		{
			id: 'resubmitted',
			kind: 'single',
			prompt: {
				en: 'Did you submit your time slots more than once?',
				zh: '您是否多次提交过预约时间段？',
			},
			choices: [
				{ id: 'no', label: { en: 'No, just once', zh: '没有，只提交了一次' } },
				{ id: 'yes', label: { en: 'Yes, more than once', zh: '是，提交过不止一次' } },
			],
			next: 'original',
		},
		{
			id: 'original',
			kind: 'single',
			prompt: {
				en: 'Do you have the original of the identity document you used when you registered?',
				zh: '您手上有注册时所用身份证件的原件吗？',
			},
			help: {
				en: 'On the call you must show the original. Copies of any kind are not accepted.',
				zh: '通话时必须出示原件，任何形式的复印件都不接受。',
			},
			choices: [
				{ id: 'yes', label: { en: 'Yes, I have the original', zh: '有原件' } },
				{
					id: 'no',
					label: { en: "No, I only have a copy, or I've lost it", zh: '没有，只有复印件，或者原件丢了' },
				},
				{
					id: 'unsure',
					label: { en: "I'm not sure which document I registered with", zh: '不确定注册时用的是哪个证件' },
				},
			],
			next: null,
		},
	],
	outcomes: [
		{
			id: 'sign-in-checklist',
			kind: 'cause',
			title: {
				en: 'Start with the sign-in checklist',
				zh: '先按登录自查清单排查',
			},
			explanation: {
				en: "Until you can sign in to Seller Central, you can't check your verification status or send an appeal from your account. Amazon's UK site published a step-by-step checklist for sign-in trouble, and the login quiz walks you through it.",
				zh: '登录不了卖家平台（Seller Central），就无法在账户里查看验证状态或提交申诉。亚马逊英国站公布过一份无法登录时的自查清单，“无法登录”自测会带您逐步排查。',
			},
			actions: [
				{
					en: 'Work through the sign-in checklist in order, and try signing in again after each step.',
					zh: '按顺序逐项完成登录自查清单，每做完一步就重新登录一次。',
				},
				{
					en: "Don't register a new account, and don't pay anyone who offers to fix your sign-in for you.",
					zh: '不要重新注册新账户，也不要付钱给声称能帮您“解决登录问题”的人。',
				},
				{
					en: 'If nothing works, fill in the form to contact Selling Partner Support and describe the problem in detail.',
					zh: '如果都不管用，就填写表单联系销售伙伴支持（Selling Partner Support），详细描述您遇到的问题。',
				},
			],
			links: [
				{ guide: 'login-problems', section: 'checklist', label: { en: 'The sign-in checklist', zh: '登录自查清单' } },
				{ guide: 'faq', section: 'cant-log-in', label: { en: "I can't log in. Can I still contact support?", zh: '登录不了，还能联系支持团队吗？' } },
			],
			basis: 'official',
		},
		{
			id: 'individual-deadline',
			kind: 'warning',
			title: {
				en: 'Verify and certify your US seller information in time',
				zh: '按时完成美国站的卖家信息验证和认证',
			},
			explanation: {
				en: "Under the US INFORM Consumers Act, Amazon verifies the identity, bank account, business address, phone number and tax information of high-volume sellers in its US store, and has them certify it at least once a year. The statute gives 10 days after the notice to certify; Amazon counts 10 days from when you open the Notice and Certification page. Without it, the law requires suspension of future sales, and Amazon has warned of withheld disbursements or deactivation.",
				zh: '根据美国《消费者告知法案》（INFORM Consumers Act），亚马逊要核实美国站高销量卖家的身份、银行账户、企业地址、电话号码和税务信息，并让卖家至少每年认证一次。法条规定收到通知后 10 天内认证；亚马逊则从您打开通知和认证（Notice and Certification）页面起算 10 天。逾期未完成的，法律要求暂停今后的销售，亚马逊也提醒过可能暂扣付款或停用账户。',
			},
			actions: [
				{
					en: 'Sign in to Seller Central yourself and open Account Health (or Account Information) to see which information is still needed.',
					zh: '自己登录卖家平台（Seller Central），打开账户状况（Account Health）或账户信息（Account Information）页面，看还缺哪些信息。',
				},
				{
					en: 'When your information is correct, certify it on the Notice and Certification page within 10 days. Open that page only when you have time to finish.',
					zh: '信息无误后，在 10 天内到通知和认证（Notice and Certification）页面完成认证；有时间一次做完时再打开这个页面。',
				},
				{
					en: 'If you were asked to verify your address, read the address verification guide: the postcard with a code, and proof-of-address documents.',
					zh: '如果被要求验证地址，请看地址验证指南：带验证码的明信片，以及地址证明文件。',
				},
			],
			links: [
				{ guide: 'individual-seller', section: 'where-to-verify', label: { en: 'Where the notice is in Seller Central', zh: '通知在卖家平台的哪里' } },
				{ guide: 'individual-seller', section: 'deadline', label: { en: 'The deadline: 10 days', zh: '期限：10 天' } },
				{ guide: 'address-verification', section: 'postcard', label: { en: 'Address verification and the postcard', zh: '地址验证与明信片' } },
			],
			basis: 'official',
		},
		{
			id: 'individual-option',
			kind: 'cause',
			title: {
				en: 'Choose the individual-seller option, not a company type',
				zh: '选择“个人卖家”选项，而不是公司类型',
			},
			explanation: {
				en: 'Sellers report that after you choose China as your location, the business type list includes 不，我是个人卖家 ("No, I am an individual seller"). According to one experienced seller, you then submit your ID card and a credit card or bank statement instead of company documents. This comes from seller posts, not from Amazon.',
				zh: '有卖家反映：地址选择“中国”后，“业务类型”里会出现“不，我是个人卖家”选项。一位资深卖家称，选这一项后提交身份证和信用卡或银行卡账单即可，不需要公司资料。这是卖家在社交媒体上的说法，不是亚马逊的官方说明。',
			},
			actions: [
				{
					en: 'At the business type step, choose China as your location, then look for the individual-seller option.',
					zh: '在“业务类型”这一步，先选择“中国”，再找“不，我是个人卖家”选项。',
				},
				{
					en: 'Have your ID card and a credit card or bank statement ready.',
					zh: '准备好身份证，以及信用卡或银行卡账单。',
				},
				{
					en: "If you already chose a company type and can't get back to the options, open one case that says what you chose, when, and which step you're stuck on.",
					zh: '如果已经选了公司类型、回不到选项页面，就提交一个案例，写清您选了什么、什么时候选的、卡在哪一步。',
				},
				{
					en: 'Sellers who were told to verify as a "listed company" report that it didn\'t work, so don\'t rely on that advice.',
					zh: '有卖家按建议改选“上市公司”，结果并没有成功，不要照做。',
				},
			],
			links: [
				{ guide: 'individual-seller', section: 'individual-option', label: { en: 'The "individual seller" option', zh: '“不，我是个人卖家”选项' } },
				{ guide: 'individual-seller', section: 'wrong-business-type', label: { en: 'If you picked the wrong business type', zh: '选错了业务类型怎么办' } },
			],
			basis: 'community',
		},
		{
			id: 'phishing',
			kind: 'warning',
			title: {
				en: 'Make sure the e-mail really comes from Amazon',
				zh: '先确认邮件真的是亚马逊发的',
			},
			explanation: {
				en: "Amazon's US help page names @amazon.com as the sender domain of its genuine e-mails, and other stores' pages list more; but a sender can be forged. Until you've confirmed the message inside Seller Central, treat it, its links and any phone number in it as suspect.",
				zh: '亚马逊美国站帮助页面列出的真实邮件发件域名是 @amazon.com，其他站点的页面还列出了更多域名；但发件人可以伪造。在卖家平台里确认之前，请把这封邮件、其中的链接和电话号码都当作可疑内容。',
			},
			actions: [
				{
					en: "Don't click the links in the e-mail, and don't reply to it.",
					zh: '不要点击邮件里的链接，也不要回复这封邮件。',
				},
				{
					en: 'Type sellercentral.amazon.com into your browser yourself, sign in, and check your account there.',
					zh: '自己在浏览器里输入 sellercentral.amazon.com，登录后在账户里查看实际情况。',
				},
				{
					en: "Don't call a support number given in an e-mail or by an agent. Contact support only from inside Seller Central.",
					zh: '不要拨打邮件里或代理提供的“客服电话”，只在卖家平台（Seller Central）里联系支持团队。',
				},
			],
			links: [
				{ guide: 'result-email', section: 'real-or-phishing', label: { en: 'Real or phishing?', zh: '辨别真假邮件' } },
				{ guide: 'contact-support', section: 'hotline-scams', label: { en: 'Fake "official hotlines"', zh: '当心假冒的“官方客服电话”' } },
			],
			basis: 'official',
		},
		{
			id: 'photo-format',
			kind: 'cause',
			title: {
				en: 'Your images break the official photo rules',
				zh: '图片不符合官方的证件照片要求',
			},
			explanation: {
				en: 'The official rules reject images with a cut-off corner or edge, black-and-white copies, screenshots, and anything edited in Photoshop, Meitu or a similar app. At least one of your images matches this list, which makes it a likely reason your documents could not be verified.',
				zh: '官方要求明确：缺角缺边的图片、黑白复印件、截屏，以及用 PS、美图秀秀等工具处理过的图片，都不被接受。您的图片至少有一项属于这种情况，这很可能就是文件无法通过验证的原因。',
			},
			actions: [
				{
					en: 'Photograph each document again with all four corners and edges in the picture, or make a colour scan.',
					zh: '重新拍摄每份证件，让四个角、四条边都在画面里；或者改用彩色扫描件。',
				},
				{
					en: 'Upload the image straight from the camera or scanner: no screenshots, no editing, no beautifying.',
					zh: '直接上传相机或扫描仪得到的原图：不截屏、不修图、不美颜。',
				},
				{
					en: 'Check every file against the document checklist: also valid (not expired), under 10 MB, and a png, jpg or pdf file.',
					zh: '对照证件要求清单逐份检查文件：还要有效（未过期）、小于 10 MB，格式为 png、jpg 或 pdf。',
				},
				{
					en: 'Appeal and upload the new files with + Add attachments (or Attach in a chat).',
					zh: '提出申诉，用“+ 添加附件（+ Add attachments）”上传新文件；用聊天方式的，点“附件（Attach）”。',
				},
			],
			links: [
				{ guide: 'document-requirements', section: 'checklist', label: { en: 'Every file: the checklist', zh: '每份文件都要满足的要求' } },
				{ guide: 'appeal', section: 'step-email', label: { en: 'Appeal: add your attachments', zh: '申诉：上传附件' } },
			],
			basis: 'official',
		},
		{
			id: 'photo-unclear',
			kind: 'cause',
			title: {
				en: 'Your photos may be too blurry or dark to read',
				zh: '照片可能太模糊或太暗，看不清',
			},
			explanation: {
				en: 'Every word on your documents has to be readable. The official tips are plenty of light, no window or bright light behind the document, and moving slowly until the image is sharp. Switching to a phone with a better camera partway through is fine.',
				zh: '证件上的每个字都必须看得清。官方的拍摄建议是：光线充足，不要背对窗户或明亮的光源，画面模糊时慢慢移动直到清晰。中途换用像素更高的手机也没有问题。',
			},
			actions: [
				{
					en: 'Take the photo in good light, with no window or lamp behind the document.',
					zh: '在光线充足的地方拍摄，证件后面不要有窗户或灯光。',
				},
				{
					en: "Move slowly until the text is sharp. If your computer's camera can't manage it, use a phone with a better camera.",
					zh: '慢慢移动，直到文字清晰；电脑摄像头拍不清，就换用像素更高的手机。',
				},
				{
					en: 'Where you can, use a colour scan of the business licence instead of a photo.',
					zh: '条件允许时，营业执照用彩色扫描件代替照片。',
				},
				{
					en: 'Appeal and attach the clearer files.',
					zh: '提出申诉，附上清晰的新文件。',
				},
			],
			links: [
				{ guide: 'document-requirements', section: 'taking-photos', label: { en: 'Taking the photo', zh: '拍摄时要注意什么' } },
				{ guide: 'failure-causes', section: 'unclear-photos', label: { en: 'Unclear or incomplete photos', zh: '照片不清晰或不完整' } },
			],
			basis: 'official',
		},
		{
			id: 'not-listed',
			kind: 'cause',
			title: {
				en: "Your company isn't in the public registry yet",
				zh: '公司还没被国家企业信用信息公示系统收录',
			},
			explanation: {
				en: "A 2021 third-party post says your company should appear in the National Enterprise Credit Information Publicity System before you verify, and a newly registered company may not be listed yet. The post implies you should wait until it is, but doesn't say how long that takes. This is seller experience, not official guidance.",
				zh: '一篇 2021 年的第三方文章提到，公司应先在国家企业信用信息公示系统里查得到，再去做身份验证；新注册的公司可能还没被收录。按文章的意思，应等收录后再提交，但文章没说需要多久。这是卖家经验，不是官方说明。',
			},
			actions: [
				{
					en: 'Check the registry again from time to time: open only the result marked 官网 (official site), type your company name and click 查询 (search).',
					zh: '隔一段时间再查一次：只点带“官网”标识的搜索结果，输入公司名称，点击“查询”。',
				},
				{
					en: "Don't resubmit until your company appears with a normal status.",
					zh: '在公司被收录、状态正常之前，先不要重新提交。',
				},
				{
					en: 'Once it appears, print the result page with the full web address showing, and stamp the print-out with your company seal.',
					zh: '查得到之后，打印查询结果页（打印件上要显示完整网址），并加盖公司印章。',
				},
				{
					en: 'Appeal and attach the stamped print-out with your other documents.',
					zh: '提出申诉，把盖章的打印件和其他资料一起作为附件上传。',
				},
			],
			links: [
				{ guide: 'failure-causes', section: 'company-not-listed', label: { en: 'Company not listed, or not in good standing', zh: '公司未被公示系统收录，或状态异常' } },
			],
			basis: 'community',
		},
		{
			id: 'abnormal-status',
			kind: 'cause',
			title: {
				en: "Your company's registry status isn't normal",
				zh: '公司在公示系统里的状态异常',
			},
			explanation: {
				en: "A 2021 third-party post says a licence whose status isn't normal can make verification fail; in a normal entry the status is shown in blue. The post doesn't say how to deal with an abnormal status, so ask rather than guess. This is seller experience, not official guidance.",
				zh: '一篇 2021 年的第三方文章说，营业执照状态不正常可能导致验证失败；正常情况下，公司状态显示为蓝色。文章没有说明状态异常该怎么处理，所以请直接询问，不要自己猜。这是卖家经验，不是官方说明。',
			},
			actions: [
				{
					en: 'Look up your company again and note exactly what status the registry shows.',
					zh: '再查一次公司信息，记下公示系统显示的具体状态。',
				},
				{
					en: 'Appeal, describe the status, and ask support what they need from you.',
					zh: '提出申诉，说明公司状态的情况，询问支持团队需要您提供什么。',
				},
				{
					en: 'Ask your account manager for advice as well.',
					zh: '同时咨询您的客户经理（“客户拓展及运营经理”）。',
				},
			],
			links: [
				{ guide: 'failure-causes', section: 'company-not-listed', label: { en: 'Company not listed, or not in good standing', zh: '公司未被公示系统收录，或状态异常' } },
				{ guide: 'appeal', section: 'step-describe-issue', label: { en: 'Appeal: describe your issue', zh: '申诉：描述您的问题' } },
			],
			basis: 'community',
		},
		{
			id: 'check-registry',
			kind: 'cause',
			title: {
				en: 'Check your company in the public registry',
				zh: '到国家企业信用信息公示系统查一查公司',
			},
			explanation: {
				en: 'A 2021 third-party post names a missing or abnormal registry entry as a common cause of failed verification. It takes a few minutes to rule out. This is seller experience, not official guidance.',
				zh: '一篇 2021 年的第三方文章把“公司未被收录或状态异常”列为验证失败的常见原因之一。查一下只要几分钟，可以先排除这个原因。这是卖家经验，不是官方说明。',
			},
			actions: [
				{
					en: 'Search for 国家企业信用信息公示系统 and open only the result marked 官网 (official site): search results are full of ads. The official site shows the national emblem.',
					zh: '搜索“国家企业信用信息公示系统”，只点带“官网”标识的结果，搜索结果里广告很多。官网页面上有国徽。',
				},
				{
					en: 'Type your company name and click 查询 (search). A normal entry shows your company, with its status in blue.',
					zh: '输入公司名称，点击“查询”。正常情况下能查到公司，状态显示为蓝色。',
				},
				{
					en: "If your company is missing or its status isn't normal, read the guide section below before you appeal.",
					zh: '如果查不到，或者状态不正常，先阅读下面的指南章节，再提出申诉。',
				},
			],
			links: [
				{ guide: 'failure-causes', section: 'company-not-listed', label: { en: 'Company not listed, or not in good standing', zh: '公司未被公示系统收录，或状态异常' } },
			],
			basis: 'community',
		},
		{
			id: 'association',
			kind: 'cause',
			title: {
				en: 'Someone else may have used your documents',
				zh: '您的资料可能被别人用过（账户关联）',
			},
			explanation: {
				en: 'A 2021 third-party post warns that if an agency set up your company or handled your licence and ID, a dishonest one may have sold them on to people who trade in such documents. If someone registered with them before you, your own verification can fail. The post offers no fix; the steps below follow the official appeal guidance.',
				zh: '一篇 2021 年的第三方文章提醒：如果公司是找机构代注册的，或者营业执照、身份证件经过代办之手，遇到不良机构，资料可能已被转卖给专门收资料的人。别人抢先用这套资料注册过，您自己的验证就可能失败。文章没有给出解决办法，下面的做法依据的是官方申诉说明。',
			},
			actions: [
				{
					en: 'Appeal and state that the documents belong only to your company and that you have never registered with them before. Attach your business licence and ID.',
					zh: '提出申诉，说明这套资料只属于您的公司、您此前从未用它注册过，并附上营业执照和身份证件。',
				},
				{
					en: 'Ask your account manager for advice.',
					zh: '咨询您的客户经理（“客户拓展及运营经理”）。',
				},
				{
					en: "Don't rush to register again with a new e-mail address.",
					zh: '不要急着换新邮箱重新注册。',
				},
				{
					en: 'From now on, be careful who you give photos of your licence and ID to.',
					zh: '以后不要随意把营业执照和身份证件的照片交给别人。',
				},
			],
			links: [
				{ guide: 'failure-causes', section: 'account-association', label: { en: 'Documents used by someone else', zh: '资料被他人用过：账户关联' } },
				{ guide: 'appeal', section: 'step-describe-issue', label: { en: 'Appeal: describe your issue', zh: '申诉：描述您的问题' } },
			],
			basis: 'community',
		},
		{
			id: 'details-mismatch',
			kind: 'cause',
			title: {
				en: "What you entered doesn't match your documents",
				zh: '填写的信息与证件不一致',
			},
			explanation: {
				en: 'The official FAQ names wrong information entered at registration, such as the company location, as a cause that can be fixed, and says you can keep using the same documents. Your identity document must also match the proof of identity you selected under Identity data.',
				zh: '官方常见问题把“注册时填错信息”（比如公司所在地）列为可以纠正的原因，并说明可以继续使用同一套资料。另外，您上传的身份证件必须与“身份数据（Identity data）”里选择的证件信息一致。',
			},
			actions: [
				{
					en: 'Compare every field you entered with your business licence and ID, especially the company location.',
					zh: '把填写的每一项和营业执照、身份证件逐项对照，特别是公司所在地。',
				},
				{
					en: 'Check that the ID you selected under Identity data is the ID you uploaded.',
					zh: '确认“身份数据（Identity data）”里选择的证件，就是您上传的那一个。',
				},
				{
					en: "Appeal, say which details were wrong and what they should be, then follow support's reply.",
					zh: '提出申诉，说明哪些信息填错了、正确的是什么，然后按支持团队的答复操作。',
				},
				{
					en: "Don't register again with a new e-mail address because of this: it makes no difference.",
					zh: '不要因此换新邮箱重新注册，这对结果没有帮助。',
				},
			],
			links: [
				{ guide: 'failure-causes', section: 'wrong-information', label: { en: 'Wrong information at registration', zh: '注册信息填写有误' } },
				{ guide: 'faq', section: 'reuse-documents', label: { en: 'Can I reuse my documents?', zh: '还能用同一套资料再注册吗？' } },
			],
			basis: 'official',
		},
		{
			id: 'under-18',
			kind: 'cause',
			title: {
				en: 'Sellers must be at least 18',
				zh: '卖家必须年满 18 周岁',
			},
			explanation: {
				en: 'The official guide says sellers must be at least 18 full years old; there is no other age limit. If the legal representative is under 18, the application does not meet this requirement.',
				zh: '官方指南说明，卖家年龄不能小于 18 周岁整，此外没有其他年龄限制。法定代表人未满 18 周岁，就不符合这项要求。',
			},
			actions: [
				{
					en: 'Check the date of birth on the identity document you submitted.',
					zh: '核对您提交的身份证件上的出生日期。',
				},
				{
					en: 'If the legal representative really is under 18, ask Selling Partner Support or your account manager how to proceed before you submit anything again.',
					zh: '如果法定代表人确实未满 18 周岁，在重新提交任何资料之前，先询问销售伙伴支持（Selling Partner Support）或您的客户经理该怎么办。',
				},
				{
					en: "Don't try to get around the rule with a new account or new e-mail addresses.",
					zh: '不要试图用新账户或新邮箱绕过这项要求。',
				},
			],
			links: [
				{ guide: 'faq', section: 'minimum-age', label: { en: 'Is there an age requirement?', zh: '法定代表人有年龄要求吗？' } },
			],
			basis: 'official',
		},
		{
			id: 'appeal-refused',
			kind: 'warning',
			title: {
				en: 'Told to restart with a new account? Talk to your account manager first',
				zh: '被要求用新账户重新注册？先咨询客户经理',
			},
			explanation: {
				en: "A refused appeal often says you must restart the application with a new account and e-mail ID. Some of Amazon's help pages (Canada, India) also call a rejection final and suggest re-applying with a new account. But the China-facing guide strongly recommends that, if you still disagree, you talk to your account manager before registering again, because a new registration could affect your later application.",
				zh: '申诉被拒时，回复常会说需要用新的账户和邮箱重新开始注册；亚马逊的一些帮助页面（加拿大站、印度站）也说拒绝是最终决定，可以用新账户重新申请。但面向中国卖家的指南强烈建议：如果您仍有异议，重新注册前先咨询您的客户经理，以免影响之后的注册。',
			},
			actions: [
				{
					en: "Don't register again with a new e-mail address yet.",
					zh: '先不要用新邮箱重新注册。',
				},
				{
					en: 'Ask your account manager (客户拓展及运营经理 in Chinese guides) what to do next.',
					zh: '向您的客户经理（“客户拓展及运营经理”）了解下一步怎么做。',
				},
				{
					en: 'To keep talking to support, use the case link in their reply or the Contact us page. Replying to the e-mail itself goes nowhere.',
					zh: '要继续和支持团队沟通，请用回复邮件里的案例链接或“联系我们（Contact us）”页面；直接回复邮件是没人看的。',
				},
				{
					en: 'Look at your other results: if wrong details were the only problem, you can keep using the same documents.',
					zh: '看看您的其他结果：如果问题只是信息填错，同一套资料可以继续使用。',
				},
			],
			links: [
				{ guide: 'appeal', section: 'appeal-refused', label: { en: 'If your appeal is refused', zh: '申诉被拒绝' } },
				{ guide: 'appeal', section: 'still-disagree', label: { en: 'If you still disagree', zh: '仍有异议时' } },
				{ guide: 'identity-verification', section: 'rejections', label: { en: 'What Amazon says about rejections, by marketplace', zh: '各站点对“被拒绝”的说法' } },
			],
			basis: 'official',
		},
		{
			id: 'stop-reregistering',
			kind: 'warning',
			title: {
				en: 'Stop registering again with new e-mail addresses',
				zh: '别再换新邮箱重新注册了',
			},
			explanation: {
				en: "The official FAQ says the registration e-mail, channel and time make no difference, because every application is checked against the same requirements. The official appeal guide also warns that registering again with a new e-mail address could affect your later registration, so another attempt with the same documents won't help and may hurt.",
				zh: '官方常见问题说明，注册邮箱、注册渠道和注册时间与通过率无关，所有申请的验证要求都一样。官方申诉指南还提醒，用新邮箱重新注册可能影响之后的注册。用同一套资料再试一次不会有帮助，反而可能有害。',
			},
			actions: [
				{
					en: "Don't open another account.",
					zh: '不要再开新账户。',
				},
				{
					en: 'Appeal the original application and ask for the specific reason it failed.',
					zh: '针对最初那次申请提出申诉，询问失败的具体原因。',
				},
				{
					en: "Tell your account manager about the accounts you've already opened, and ask how to proceed.",
					zh: '把已经注册过的账户情况告诉您的客户经理，询问接下来怎么办。',
				},
			],
			links: [
				{ guide: 'appeal', section: 'appeal-refused', label: { en: "Don't register again with a new e-mail yet", zh: '先别用新邮箱重新注册' } },
				{ guide: 'faq', section: 'reuse-documents', label: { en: 'Can I reuse my documents?', zh: '还能用同一套资料再注册吗？' } },
			],
			basis: 'official',
		},
		{
			id: 'device-ok',
			kind: 'reassurance',
			title: {
				en: "Switching devices didn't cause this",
				zh: '中途换设备不是失败的原因',
			},
			explanation: {
				en: "The official FAQ says using different devices during verification, for example moving from a computer to a phone, doesn't affect the process. What matters is that the photos or video are clear.",
				zh: '官方常见问题说明，验证过程中换用不同设备（比如从电脑换到手机）不影响流程，关键是照片或视频要清晰。',
			},
			actions: [
				{
					en: 'Use whichever device has the sharpest camera.',
					zh: '用摄像头最清晰的那台设备。',
				},
				{
					en: 'Check the images themselves against the photo checklist instead.',
					zh: '把注意力放在图片本身，对照照片要求逐项检查。',
				},
			],
			links: [
				{ guide: 'faq', section: 'switch-device', label: { en: 'Does switching devices matter?', zh: '中途换设备会影响结果吗？' } },
			],
			basis: 'official',
		},
		{
			id: 'channel-ok',
			kind: 'reassurance',
			title: {
				en: "Your e-mail address, registration channel and timing don't matter",
				zh: '注册邮箱、注册渠道和注册时间都不影响结果',
			},
			explanation: {
				en: "According to the official FAQ, the registration e-mail, the registration channel and the time you registered have nothing to do with your chances: every application faces the same requirements. That also means changing any of them won't help.",
				zh: '官方常见问题说明，注册邮箱、注册渠道和注册时间与通过率无关，所有申请的验证要求都一样。反过来说，换掉其中任何一项也没有用。',
			},
			actions: [
				{
					en: 'Focus on your documents and the details you entered.',
					zh: '把精力放在证件资料和填写的信息上。',
				},
				{
					en: "Don't register again with a different e-mail, channel or timing in the hope of a different result.",
					zh: '不要指望换邮箱、换渠道或换时间重新注册会有不同的结果。',
				},
			],
			links: [
				{ guide: 'faq', section: 'reuse-documents', label: { en: 'Can I reuse my documents?', zh: '还能用同一套资料再注册吗？' } },
			],
			basis: 'official',
		},
		{
			id: 'scope-ok',
			kind: 'reassurance',
			title: {
				en: 'Your business scope is not a hard requirement',
				zh: '经营范围没有硬性要求',
			},
			explanation: {
				en: 'The official FAQ says there is no hard requirement on the business scope shown on your licence; Amazon usually weighs all your information together rather than deciding on one factor. For the long term, it suggests keeping your business scope close to the categories you plan to sell.',
				zh: '官方常见问题说明，对营业执照上的经营范围没有硬性要求；亚马逊通常综合考虑您提供的全部信息，不会只凭单一因素做决定。从长远看，官方建议经营范围尽量与您计划销售的类目一致。',
			},
			actions: [
				{
					en: 'Look for the cause elsewhere first: your photos, your registry entry, the details you entered.',
					zh: '先从别处找原因：照片、公示系统里的公司信息、填写的注册信息。',
				},
				{
					en: 'In the long run, consider bringing your business scope closer to the categories you sell.',
					zh: '从长远看，可以考虑让经营范围更贴近您销售的类目。',
				},
			],
			links: [
				{ guide: 'faq', section: 'business-scope', label: { en: 'Do business scope and registered capital matter?', zh: '经营范围和注册资本会影响审核结果吗？' } },
			],
			basis: 'official',
		},
		{
			id: 'capital-ok',
			kind: 'reassurance',
			title: {
				en: 'Low registered capital is not a reason on its own',
				zh: '注册资本不高，本身不会导致失败',
			},
			explanation: {
				en: 'The official FAQ says there is no hard requirement for registered capital. Amazon usually looks at all the information you provide together rather than deciding on a single factor.',
				zh: '官方常见问题说明，对注册资本没有硬性要求。亚马逊通常综合考虑您提供的全部信息，不会只凭某一项做决定。',
			},
			actions: [
				{
					en: 'There is no need to change your registered capital for verification.',
					zh: '不需要为了通过验证去调整注册资本。',
				},
				{
					en: 'Check your photos and the details you entered instead: the official guidance does name those as causes.',
					zh: '把精力放在照片和填写的信息上，官方说明里提到的原因在这些地方。',
				},
			],
			links: [
				{ guide: 'faq', section: 'business-scope', label: { en: 'Do business scope and registered capital matter?', zh: '经营范围和注册资本会影响审核结果吗？' } },
			],
			basis: 'official',
		},
		{
			id: 'no-clear-cause',
			kind: 'cause',
			title: {
				en: 'No clear cause: appeal and ask',
				zh: '看不出明确原因：提出申诉并询问',
			},
			explanation: {
				en: 'Nothing in your answers points to a known cause. Support may not tell you the exact reason, since a failure can have many causes, but the official guide still recommends appealing first rather than registering again.',
				zh: '从您的回答里看不出明确的原因。验证失败的原因有很多，支持团队不一定会告诉您具体是哪一个；但官方指南仍然建议先申诉，而不是重新注册。',
			},
			actions: [
				{
					en: 'Check your files once more against the document checklist.',
					zh: '再对照一遍证件要求清单，检查您的文件。',
				},
				{
					en: 'Appeal through the Contact us page. Say that you want to appeal the verification result, and give your registration e-mail, company, business licence and legal representative details.',
					zh: '通过“联系我们（Contact us）”页面提出申诉：写明要对身份验证结果申诉，并提供注册邮箱、公司信息、营业执照和法定代表人信息。',
				},
				{
					en: 'Attach genuine, valid business and identity documents, and give a working phone number so support can call if they need more.',
					zh: '附上真实有效的企业文件和身份证件，并留下能接通的手机号，方便支持团队需要补充资料时联系您。',
				},
				{
					en: 'If the appeal is refused and you still disagree, talk to your account manager before you do anything else.',
					zh: '如果申诉被拒、您仍有异议，先咨询客户经理，再决定下一步。',
				},
			],
			links: [
				{ guide: 'appeal', section: 'steps', label: { en: 'The appeal, step by step', zh: '申诉步骤' } },
				{ guide: 'document-requirements', section: 'checklist', label: { en: 'Every file: the checklist', zh: '每份文件都要满足的要求' } },
			],
			basis: 'official',
		},
		{
			id: 'video-book',
			kind: 'warning',
			title: {
				en: 'Book your video call within 14 days',
				zh: '14 天内预约视频通话',
			},
			explanation: {
				en: "The invitation says you must book within 14 days; if you don't, you won't be eligible to sell on Amazon. You can choose up to three time slots, each on a different date.",
				zh: '邀请邮件写明，必须在 14 天内预约；逾期未约，将没有资格在亚马逊商城销售。您最多可以选三个时间段，每个在不同的日期。',
			},
			actions: [
				{
					en: "Confirm the invitation inside Seller Central (notifications or the Case Log) before you use its booking link: the link itself may be on a survey provider's domain rather than Amazon's.",
					zh: '使用预约链接之前，先在卖家平台里（通知或案例日志 Case Log）确认确实有这份邀请：预约链接本身可能在问卷服务商的域名上，而不是亚马逊的域名。',
				},
				{
					en: 'Choose up to three time slots on different dates, and click Submit once.',
					zh: '选择最多三个不同日期的时间段，点击“提交（Submit）”，只提交一次。',
				},
				{
					en: 'Expect a confirmation within 2 business days from seller-identityverification-cn@amazon.com.',
					zh: '确认邮件会在 2 个工作日内从 seller-identityverification-cn@amazon.com 发出，请留意。',
				},
			],
			links: [
				{ guide: 'appeal', section: 'book-call', label: { en: 'How to book', zh: '如何预约' } },
				{ guide: 'appeal', section: 'booking-rules', label: { en: 'Booking rules', zh: '预约须知' } },
			],
			basis: 'official',
		},
		{
			id: 'video-missed',
			kind: 'warning',
			title: {
				en: 'The 14-day booking window has passed',
				zh: '已经超过 14 天的预约期限',
			},
			explanation: {
				en: "The invitation says that if you don't book within 14 days, you won't be eligible to sell on Amazon. The official guides don't describe a way to reopen the booking, so ask support directly.",
				zh: '邀请邮件写明，14 天内没有预约的，将没有资格在亚马逊商城销售。官方资料没有说明逾期后能否重新预约，请直接询问支持团队。',
			},
			actions: [
				{
					en: "Contact Selling Partner Support through the Contact us page or the case link. Say when you received the invitation and why you couldn't book, and ask what you can do now.",
					zh: '通过“联系我们（Contact us）”页面或案例链接联系销售伙伴支持（Selling Partner Support），说明收到邀请的时间和没能预约的原因，询问现在还能怎么办。',
				},
				{
					en: 'Ask your account manager as well.',
					zh: '同时咨询您的客户经理。',
				},
				{
					en: "Don't register again with a new e-mail address while you wait for an answer.",
					zh: '等待答复期间，不要用新邮箱重新注册。',
				},
			],
			links: [
				{ guide: 'appeal', section: 'video-call', label: { en: 'The video call', zh: '视频通话验证' } },
				{ guide: 'faq', section: 'booking-deadline', label: { en: 'How long do I have to book?', zh: '视频通话要在多久内预约？' } },
			],
			basis: 'official',
		},
		{
			id: 'video-resubmit',
			kind: 'warning',
			title: {
				en: "Don't submit your time slots again",
				zh: '不要再重复提交预约时间',
			},
			explanation: {
				en: "The booking rules warn that submitting your preferred times more than once may make your booking invalid. The confirmation can take up to 2 business days, and if your preferred slot isn't available, you're given the nearest one.",
				zh: '预约须知提醒：多次提交首选时间段，可能导致预约无效。确认邮件最多需要 2 个工作日；首选时间段不可用时，会为您安排最近的可用时间。',
			},
			actions: [
				{
					en: 'Stop submitting new time slots.',
					zh: '不要再提交新的时间段。',
				},
				{
					en: 'Wait 2 business days for the confirmation from seller-identityverification-cn@amazon.com, and check your spam folder.',
					zh: '等待 2 个工作日，留意 seller-identityverification-cn@amazon.com 发来的确认邮件，也看看垃圾邮件文件夹。',
				},
				{
					en: "If no confirmation arrives, or you're not sure your booking is still valid, ask Selling Partner Support through the Contact us page.",
					zh: '如果没收到确认邮件，或者不确定预约是否仍然有效，通过“联系我们（Contact us）”页面询问销售伙伴支持（Selling Partner Support）。',
				},
			],
			links: [
				{ guide: 'appeal', section: 'booking-rules', label: { en: 'Booking rules', zh: '预约须知' } },
			],
			basis: 'official',
		},
		{
			id: 'video-original',
			kind: 'warning',
			title: {
				en: 'You need the original ID you registered with',
				zh: '必须出示注册时所用证件的原件',
			},
			explanation: {
				en: "On the call you must show the original of the identity document you used when you registered; copies of any kind aren't accepted. If you don't show the document you registered with, you won't be eligible to sell on Amazon.",
				zh: '通话时必须出示注册时所用身份证件的原件，任何形式的复印件都不接受。没有出示注册时使用的证件，将没有资格在亚马逊商城销售。',
			},
			actions: [
				{
					en: 'Work out which identity document you registered with, and find the original before the call.',
					zh: '弄清楚注册时用的是哪一个身份证件，并在通话前找到原件。',
				},
				{
					en: "Don't plan to show a copy or a different ID instead.",
					zh: '不要打算用复印件或其他证件代替。',
				},
				{
					en: "If you can't get the original, ask Selling Partner Support before the call what you should do.",
					zh: '如果拿不到原件，请在通话前询问销售伙伴支持（Selling Partner Support）该怎么办。',
				},
			],
			links: [
				{ guide: 'appeal', section: 'on-the-call', label: { en: 'On the day', zh: '通话当天' } },
				{ guide: 'faq', section: 'video-call-documents', label: { en: 'What do I show in the video call?', zh: '视频通话时要出示什么？' } },
			],
			basis: 'official',
		},
		{
			id: 'video-ready',
			kind: 'reassurance',
			title: {
				en: "You're on track for the video call",
				zh: '视频通话准备就绪',
			},
			explanation: {
				en: "You've booked once and you have the original ID you registered with, which is what the invitation asks for. The call takes about 15 minutes.",
				zh: '您只提交过一次预约，手上也有注册时所用证件的原件，这正是邀请邮件的要求。通话大约 15 分钟。',
			},
			actions: [
				{
					en: 'Watch for the confirmation from seller-identityverification-cn@amazon.com, which has the details of the call.',
					zh: '留意 seller-identityverification-cn@amazon.com 发来的确认邮件，里面有通话的详细信息。',
				},
				{
					en: 'Join on time, with the original document in hand.',
					zh: '准时参加，把证件原件带在手边。',
				},
				{
					en: 'Afterwards, check your result in Seller Central or in your e-mail.',
					zh: '通话结束后，在卖家平台（Seller Central）里或邮箱里查看结果。',
				},
			],
			links: [
				{ guide: 'appeal', section: 'on-the-call', label: { en: 'On the day', zh: '通话当天' } },
				{ guide: 'appeal', section: 'after-call', label: { en: 'After the call', zh: '通话之后' } },
			],
			basis: 'official',
		},
	],
	rules: [
		{ outcome: 'sign-in-checklist', when: { chose: ['where', 'login'] }, likelihood: 'high' },
		{ outcome: 'individual-deadline', when: { chose: ['where', 'individual'] }, likelihood: 'high' },
		{ outcome: 'individual-option', when: { chose: ['where', 'individual'] }, likelihood: 'medium' },
		{ outcome: 'phishing', when: { any: [{ chose: ['genuine', 'no'] }, { chose: ['genuine', 'unsure'] }] }, likelihood: 'high' },
		{
			outcome: 'photo-format',
			when: {
				any: [
					{ chose: ['photos', 'corners'] },
					{ chose: ['photos', 'bw'] },
					{ chose: ['photos', 'screenshot'] },
					{ chose: ['photos', 'edited'] },
				],
			},
			likelihood: 'high',
		},
		{ outcome: 'photo-unclear', when: { chose: ['photos', 'blurry'] }, likelihood: 'high' },
		{ outcome: 'not-listed', when: { chose: ['registry', 'not-listed'] }, likelihood: 'high' },
		{ outcome: 'abnormal-status', when: { chose: ['registry', 'abnormal'] }, likelihood: 'high' },
		{ outcome: 'check-registry', when: { chose: ['registry', 'unchecked'] }, likelihood: 'medium' },
		{ outcome: 'association', when: { chose: ['agent', 'yes'] }, likelihood: 'medium' },
		{ outcome: 'association', when: { chose: ['agent', 'unsure'] }, likelihood: 'low' },
		{ outcome: 'details-mismatch', when: { chose: ['details', 'differ'] }, likelihood: 'high' },
		{ outcome: 'details-mismatch', when: { chose: ['details', 'unsure'] }, likelihood: 'medium' },
		{ outcome: 'under-18', when: { chose: ['age', 'minor'] }, likelihood: 'high' },
		{ outcome: 'appeal-refused', when: { chose: ['where', 'refused'] }, likelihood: 'high' },
		{ outcome: 'stop-reregistering', when: { chose: ['reregister', 'several'] }, likelihood: 'high' },
		{ outcome: 'stop-reregistering', when: { chose: ['reregister', 'once'] }, likelihood: 'medium' },
		{ outcome: 'device-ok', when: { chose: ['worries', 'device'] }, likelihood: 'medium' },
		{ outcome: 'channel-ok', when: { chose: ['worries', 'channel'] }, likelihood: 'medium' },
		{ outcome: 'scope-ok', when: { chose: ['worries', 'scope'] }, likelihood: 'medium' },
		{ outcome: 'capital-ok', when: { chose: ['worries', 'capital'] }, likelihood: 'medium' },
		{
			// The fallback: a failure (e-mail or refused appeal) where no answer points to a cause.
			outcome: 'no-clear-cause',
			when: {
				all: [
					{ any: [{ chose: ['where', 'email'] }, { chose: ['where', 'refused'] }] },
					{
						not: {
							any: [
								{ chose: ['genuine', 'no'] },
								{ chose: ['photos', 'corners'] },
								{ chose: ['photos', 'bw'] },
								{ chose: ['photos', 'screenshot'] },
								{ chose: ['photos', 'edited'] },
								{ chose: ['photos', 'blurry'] },
								{ chose: ['registry', 'not-listed'] },
								{ chose: ['registry', 'abnormal'] },
								{ chose: ['registry', 'unchecked'] },
								{ chose: ['agent', 'yes'] },
								{ chose: ['details', 'differ'] },
								{ chose: ['details', 'unsure'] },
								{ chose: ['age', 'minor'] },
							],
						},
					},
				],
			},
			likelihood: 'low',
		},
		{ outcome: 'video-book', when: { chose: ['booked', 'not-yet'] }, likelihood: 'high' },
		{ outcome: 'video-missed', when: { chose: ['booked', 'missed'] }, likelihood: 'high' },
		{ outcome: 'video-resubmit', when: { chose: ['resubmitted', 'yes'] }, likelihood: 'high' },
		{ outcome: 'video-original', when: { chose: ['original', 'no'] }, likelihood: 'high' },
		{ outcome: 'video-original', when: { chose: ['original', 'unsure'] }, likelihood: 'medium' },
		{
			outcome: 'video-ready',
			when: { all: [{ chose: ['booked', 'booked'] }, { chose: ['resubmitted', 'no'] }, { chose: ['original', 'yes'] }] },
			likelihood: 'medium',
		},
	],
};
