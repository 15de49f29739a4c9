import { describe, expect, test } from 'vitest';
import { composeAppeal as composeWith } from '../../src/lib/appeal/compose';
import {
	SITUATIONS,
	checksFor,
	documentsFor,
	emptyInput,
	isTextField,
	quotedChecks,
	visibleFields,
	type AppealInput,
	type FieldId,
	type Situation,
	type TextFieldId,
} from '../../src/lib/appeal/model';
import { readAppealWording } from '../support/content-data';

const APPEAL_WORDING = readAppealWording();

const CHECK_LABELS = APPEAL_WORDING.checks;
const DOCUMENT_LABELS = APPEAL_WORDING.documents;
const composeAppeal = (input: AppealInput, situation: Situation) => composeWith(input, situation, APPEAL_WORDING);

const FACTS = {
	email: 'seller@example.com',
	businessName: '深圳市示例贸易有限公司',
	businessNameEn: 'Shenzhen Example Trading Co., Ltd.',
	creditCode: '91350100M000100Y43',
	legalRepName: '张三',
	legalRepPinyin: 'Zhang San',
	storeName: 'Example Home Store',
	countryOther: 'Singapore',
	caseId: '12345678901',
	phone: '+86 138 0013 8000',
	notes: 'The page says "We could not verify your information".',
} as const satisfies Record<TextFieldId, string>;

/** Every field the situation shows, filled in (the country typed in under "other"), with every check and document it offers. */
function fullInput(situation: Situation): AppealInput {
	return { ...emptyInput(), ...FACTS, country: 'other', checked: checksFor(situation), documents: documentsFor(situation) };
}

/** Only what the situation requires; a required country is chosen from the list. */
function minimalInput(situation: Situation): AppealInput {
	const input: AppealInput = { ...emptyInput() };
	if (visibleFields(situation, input).some(({ id, required }) => id === 'country' && required)) input.country = 'mainland-china';
	for (const { id, required } of visibleFields(situation, input)) if (required && isTextField(id)) input[id] = FACTS[id];
	return input;
}

function shownTextFields(situation: Situation): TextFieldId[] {
	return visibleFields(situation, fullInput(situation)).flatMap(({ id }) => (isTextField(id) ? [id] : []));
}

function requiredTextFields(situation: Situation): TextFieldId[] {
	return visibleFields(situation, minimalInput(situation)).flatMap(({ id, required }) => (required && isTextField(id) ? [id] : []));
}

/** The required values an empty form lacks: the text fields it shows, and the country when it must be chosen. */
function requiredOfEmptyForm(situation: Situation): FieldId[] {
	return visibleFields(situation, emptyInput()).flatMap(({ id, required }) => (required && (isTextField(id) || id === 'country') ? [id] : []));
}

const PLACEHOLDER = /\[[^\]]+\]/;

describe.each(SITUATIONS)('%s', (situation) => {
	test('a full input: every fact, check and document is in both texts, and nothing is missing', () => {
		const result = composeAppeal(fullInput(situation), situation);
		for (const field of shownTextFields(situation)) {
			expect(result.english).toContain(FACTS[field]);
			expect(result.chinese).toContain(FACTS[field]);
		}
		for (const id of quotedChecks(situation, checksFor(situation))) {
			expect(result.english).toContain(CHECK_LABELS[id].en);
			expect(result.chinese).toContain(CHECK_LABELS[id].zh);
		}
		for (const id of documentsFor(situation)) {
			expect(result.english).toContain(DOCUMENT_LABELS[id].en);
			expect(result.chinese).toContain(DOCUMENT_LABELS[id].zh);
		}
		expect(result.missing).toEqual([]);
		expect(result.warnings).toEqual([]);
		expect(result.english).not.toMatch(PLACEHOLDER);
		expect(result.attachments.map((item) => item.id)).toEqual(documentsFor(situation));
	});

	test('a minimal input: the required facts, no placeholders, and no optional lines', () => {
		const result = composeAppeal(minimalInput(situation), situation);
		for (const field of requiredTextFields(situation)) expect(result.english).toContain(FACTS[field]);
		expect(result.missing).toEqual([]);
		expect(result.english).not.toMatch(PLACEHOLDER);
		expect(result.english).not.toContain('Case ID');
		expect(result.english).not.toContain('call me at');
		expect(result.english).toContain('I can provide any documents you need on request.');
		expect(result.attachments).toEqual([]);
	});

	test('an empty input: a visible placeholder for each required value, listed in `missing`', () => {
		const result = composeAppeal(emptyInput(), situation);
		expect(result.missing).toEqual(requiredOfEmptyForm(situation));
		expect(result.english).toContain('[registration e-mail]');
		expect(result.chinese).toContain('[注册邮箱]');
		const placeholders = result.english.match(/\[[^\]]+\]/g) ?? [];
		expect(placeholders.length).toBeGreaterThanOrEqual(result.missing.length);
	});

	test('the same input always gives the same output', () => {
		expect(composeAppeal(fullInput(situation), situation)).toEqual(composeAppeal(fullInput(situation), situation));
		expect(composeAppeal(emptyInput(), situation)).toEqual(composeAppeal(emptyInput(), situation));
	});

	test('a short English subject, a count in code points, and reminders in both languages', () => {
		const result = composeAppeal(fullInput(situation), situation);
		expect([...result.shortDescription.en].length).toBeLessThanOrEqual(80);
		expect(result.shortDescription.zh).not.toBe('');
		expect(result.characterCount).toBe([...result.english].length);
		const reminders = result.reminders.map((reminder) => `${reminder.en}\n${reminder.zh}`).join('\n');
		expect(reminders).toContain('客户拓展及运营经理');
		expect(reminders).toMatch(/password/);
		expect(reminders).toContain('English');
		expect(reminders).toContain('case ID');
		expect(reminders).toContain('+ Add attachments');
	});

	test('HTML stays literal text', () => {
		const input = {
			...fullInput(situation),
			storeName: '<script>alert(1)</script>',
			notes: '"><img onerror=alert(1)>',
		};
		const result = composeAppeal(input, situation);
		for (const text of [result.english, result.chinese]) {
			expect(text).toContain('<script>alert(1)</script>');
			expect(text).toContain('"><img onerror=alert(1)>');
			expect(text).not.toContain('&lt;');
		}
	});

	test('ID-card numbers are left out and flagged, whichever field they are in', () => {
		for (const idNumber of ['110101199003071234', '11010119900307123X', '110101 19900307 123x']) {
			const input = { ...fullInput(situation), storeName: `Example ${idNumber}`, notes: `My ID is ${idNumber}.` };
			const result = composeAppeal(input, situation);
			expect(result.english).not.toContain(idNumber);
			expect(result.chinese).not.toContain(idNumber);
			expect(result.english).not.toMatch(/[0-9]{17}[0-9Xx]/);
			expect(result.english).toContain('My ID is .');
			expect(result.warnings).toEqual(
				expect.arrayContaining([
					{ code: 'id-number-removed', field: 'storeName' },
					{ code: 'id-number-removed', field: 'notes' },
				]),
			);
		}
	});

	test('passwords and codes are left out and flagged', () => {
		const secrets = ['Hunter2!', 'abc12345', '482913', 'hunter2'];
		const input = {
			...fullInput(situation),
			storeName: 'Password: Hunter2!',
			notes: 'Tried again.\nmy password is abc12345 and the OTP=482913',
			phone: '密码：hunter2',
		};
		const result = composeAppeal(input, situation);
		for (const secret of secrets) {
			expect(result.english).not.toContain(secret);
			expect(result.chinese).not.toContain(secret);
		}
		expect(result.warnings).toEqual([
			...(shownTextFields(situation).includes('storeName') ? [{ code: 'secret-removed', field: 'storeName' }] : []),
			{ code: 'secret-removed', field: 'notes' },
			{ code: 'secret-removed', field: 'phone' },
		]);
	});
});

describe('what each situation says', () => {
	const english = (situation: Situation) => composeAppeal(fullInput(situation), situation).english;

	test('verification failed: asks for another chance', () => {
		expect(english('verification-failed')).toMatch(/could not be verified/);
		expect(english('verification-failed')).toMatch(/another chance to verify/);
	});

	test('re-review: asks for another review and offers a video call', () => {
		expect(english('re-review')).toMatch(/reviewed again/);
		expect(english('re-review')).toMatch(/video call with the original identity document/);
	});

	test('restart reply: asks to reconsider and for the unmet requirement, and waits for the answer', () => {
		const text = english('restart-reply');
		expect(text).toContain('restart the application process with a new account');
		expect(text).toContain('reconsider this decision');
		expect(text).toContain('which requirement my documents did not meet');
		expect(text).toContain('wait for your answer');
	});

	test('wrong business type: an individual seller who cannot go back asks for the individual path', () => {
		const text = english('wrong-business-type');
		expect(text).toContain('I am an individual seller');
		expect(text).toContain('cannot go back');
		expect(text).toContain('The business type on my account is not the one for individual sellers');
		expect(text).toContain('"No, I am an individual seller"');
		expect(text).toContain('Name (as on my identity document): 张三 (Zhang San)');
		expect(text).not.toContain(FACTS.businessName);
		expect(text).not.toContain(FACTS.creditCode);
	});

	test('login access: describes the problem and the steps tried, and asks for no secrets', () => {
		const text = english('login-access');
		expect(text).toContain('I cannot sign in to Seller Central');
		expect(text).toContain('What I have already tried:');
		expect(text).toContain(`What happens when I try to sign in:\n${FACTS.notes}`);
		expect(text).toContain('I have not included my password or any verification code');
		expect(text).not.toContain(FACTS.creditCode);
		expect(text).not.toContain(FACTS.legalRepName);
		expect(composeAppeal(emptyInput(), 'login-access').english).toContain('[describe what happens]');
	});

	test('the Chinese version mirrors the English one paragraph for paragraph', () => {
		for (const situation of SITUATIONS) {
			const result = composeAppeal(fullInput(situation), situation);
			expect(result.chinese.split('\n\n')).toHaveLength(result.english.split('\n\n').length);
		}
	});
});

describe('details', () => {
	test('the credit code is quoted normalised, and an all-digit valid code is not mistaken for an ID number', () => {
		const typed = composeAppeal(
			{ ...fullInput('verification-failed'), creditCode: ' 9135-0100-m000-100y-43 ' },
			'verification-failed',
		);
		expect(typed.english).toContain('Unified Social Credit Code: 91350100M000100Y43');
		const digits = composeAppeal(
			{ ...fullInput('verification-failed'), creditCode: '911101087109195860' },
			'verification-failed',
		);
		expect(digits.english).toContain('Unified Social Credit Code: 911101087109195860');
		expect(digits.warnings).toEqual([]);
	});

	test('an ID number typed as the credit code is left out, and the placeholder shows instead', () => {
		const result = composeAppeal(
			{ ...fullInput('verification-failed'), creditCode: '110101199003071234' },
			'verification-failed',
		);
		expect(result.english).not.toContain('110101199003071234');
		expect(result.english).toContain('Unified Social Credit Code: [Unified Social Credit Code]');
		expect(result.missing).toEqual(['creditCode']);
		expect(result.warnings).toEqual([{ code: 'id-number-removed', field: 'creditCode' }]);
	});

	test('an invalid credit code is still quoted: validation warns, composing goes on', () => {
		const result = composeAppeal(
			{ ...fullInput('verification-failed'), creditCode: '91350100M000100Y44' },
			'verification-failed',
		);
		expect(result.english).toContain('91350100M000100Y44');
	});

	test('talking about passwords and codes without giving them is fine', () => {
		const notes =
			'I entered the newest verification code, but it still fails. I used the password help page and my password is correct. Case 12345678901.';
		const result = composeAppeal({ ...fullInput('login-access'), notes }, 'login-access');
		expect(result.english).toContain(notes);
		expect(result.warnings).toEqual([]);
	});

	test('an e-mail address that starts like a label is still an e-mail address', () => {
		const result = composeAppeal({ ...minimalInput('login-access'), email: 'pin2024@qq.com' }, 'login-access');
		expect(result.english).toContain('Registration e-mail: pin2024@qq.com');
		expect(result.warnings).toEqual([]);
	});

	test.each([
		'PIN: 1234',
		'password is: hunter',
		'OTP=482913',
		'校验码是123456',
		'Two-Step Verification code 123456',
		'verification code: 123456',
		'验证码 482913',
		'驗證碼482913',
		'sms code=554433',
		'one-time password is 77aa88',
		'my passcode was 9911xx',
	])('"%s" counts as a secret', (notes) => {
		const result = composeAppeal({ ...fullInput('login-access'), notes }, 'login-access');
		expect(result.warnings).toEqual([{ code: 'secret-removed', field: 'notes' }]);
		expect(result.missing).toEqual(['notes']);
	});

	test('checks and documents come out once each, in the situation order, ignoring ones it does not offer', () => {
		const input: AppealInput = {
			...fullInput('verification-failed'),
			checked: ['documents-not-used-elsewhere', 'cookies-cleared', 'photos-complete', 'photos-complete'],
			documents: ['business-licence', 'error-screenshot', 'id-card', 'id-card'],
		};
		const text = composeAppeal(input, 'verification-failed').english;
		expect(text).toContain(
			`What I have already done and checked:\n- ${CHECK_LABELS['photos-complete'].en}\n- ${CHECK_LABELS['documents-not-used-elsewhere'].en}\n\n`,
		);
		expect(text).toContain(
			`I am attaching these documents:\n- ${DOCUMENT_LABELS['id-card'].en}\n- ${DOCUMENT_LABELS['business-licence'].en}\nI can provide`,
		);
		expect(text).not.toContain(CHECK_LABELS['cookies-cleared'].en);
		expect(text).not.toContain(DOCUMENT_LABELS['error-screenshot'].en);
	});

	test('the contact method decides the reply line; the phone appears only when given', () => {
		const byEmail = composeAppeal(minimalInput('verification-failed'), 'verification-failed');
		expect(byEmail.english).toContain('Please reply to me by e-mail at seller@example.com.');
		expect(byEmail.english).not.toContain('chat');
		const byChat = composeAppeal(
			{ ...minimalInput('verification-failed'), contactMethod: 'chat', phone: '010 1234 5678' },
			'verification-failed',
		);
		expect(byChat.english).toContain('I have chosen to contact you by chat.');
		expect(byChat.english).toContain('please call me at 010 1234 5678.');
		expect(byChat.chinese).toContain('我选择通过聊天（Chat）与您联系');
	});

	test('the English company name stands beside the licence name; without it, the licence name alone', () => {
		const withEnglish = composeAppeal(minimalInput('verification-failed'), 'verification-failed');
		expect(withEnglish.english).toContain('Business name (as on the business license): 深圳市示例贸易有限公司\n');
		const both = composeAppeal({ ...minimalInput('verification-failed'), businessNameEn: ' Shenzhen Example Trading Co., Ltd. ' }, 'verification-failed');
		expect(both.english).toContain('Business name (as on the business license): 深圳市示例贸易有限公司 (Shenzhen Example Trading Co., Ltd.)\n');
		expect(both.chinese).toContain('深圳市示例贸易有限公司（Shenzhen Example Trading Co., Ltd.）');
		// A login problem does not ask for the English name, so a stale one stays out.
		const login = composeAppeal({ ...minimalInput('login-access'), businessName: '示例公司', businessNameEn: 'Example Co' }, 'login-access');
		expect(login.english).not.toContain('Example Co');
	});

	test('the country is named in each language, or as typed under “other”, and only then', () => {
		const chosen = composeAppeal({ ...minimalInput('verification-failed'), country: 'hong-kong', countryOther: 'Atlantis' }, 'verification-failed');
		expect(chosen.english).toContain(`Country/region: ${APPEAL_WORDING.countries['hong-kong'].en}\n`);
		expect(chosen.chinese).toContain(`国家/地区：${APPEAL_WORDING.countries['hong-kong'].zh}\n`);
		expect(chosen.english).not.toContain('Atlantis');
		const typed = composeAppeal({ ...minimalInput('verification-failed'), country: 'other', countryOther: 'Singapore' }, 'verification-failed');
		expect(typed.english).toContain('Country/region: Singapore\n');
		expect(typed.english).not.toContain(APPEAL_WORDING.countries.other.en);
		expect(composeAppeal(minimalInput('verification-failed'), 'verification-failed').english).not.toContain('Country/region');
	});

	test('a required country: a placeholder until chosen, and until typed in under “other”', () => {
		const individual = { ...minimalInput('wrong-business-type'), country: '' as const };
		const unchosen = composeAppeal(individual, 'wrong-business-type');
		expect(unchosen.missing).toEqual(['country']);
		expect(unchosen.english).toContain('Country/region: [country/region]');
		const untyped = composeAppeal({ ...individual, country: 'other' }, 'wrong-business-type');
		expect(untyped.missing).toEqual(['countryOther']);
		expect(untyped.english).toContain('Country/region: [country/region, in English]');
		expect(composeAppeal({ ...individual, country: 'taiwan' }, 'wrong-business-type').missing).toEqual([]);
	});

	test('only the ticked documents are listed as attachments, in the situation order', () => {
		const result = composeAppeal({ ...minimalInput('verification-failed'), documents: ['business-licence', 'id-card'] }, 'verification-failed');
		expect(result.attachments.map((item) => item.id)).toEqual(['id-card', 'business-licence']);
		expect(result.english).not.toContain(DOCUMENT_LABELS.passport.en);
		expect(result.chinese).not.toContain(DOCUMENT_LABELS.passport.zh);
	});

	test('fields the situation does not show stay out of the text', () => {
		const input = {
			...emptyInput(),
			email: 'seller@example.com',
			notes: 'Error 5',
			legalRepName: '李四',
			creditCode: '91350100M000100Y43',
		};
		const result = composeAppeal(input, 'login-access');
		expect(result.english).not.toContain('李四');
		expect(result.english).not.toContain('91350100M000100Y43');
	});

	test('messy typing is tidied and long values are cut to the field maximum', () => {
		const input = {
			...minimalInput('verification-failed'),
			businessName: '  深圳市\n示例\t贸易有限公司\u0000 ',
			email: 'ｓｅｌｌｅｒ＠ｅｘａｍｐｌｅ．ｃｏｍ',
			legalRepPinyin: 'y'.repeat(100_000),
		};
		const result = composeAppeal(input, 'verification-failed');
		expect(result.english).toContain('Business name (as on the business license): 深圳市 示例 贸易有限公司\n');
		expect(result.english).toContain('Registration e-mail: seller@example.com\n');
		expect(result.english).toContain(`张三 (${'y'.repeat(200)})`);
		expect(result.english).not.toContain('y'.repeat(201));
	});

	test('never throws on hostile input', () => {
		const hostile: AppealInput = {
			...emptyInput(),
			email: '\uD800'.repeat(1000),
			businessName: '\u0000\u001B\u009F'.repeat(10_000),
			notes: '密码'.repeat(50_000),
			storeName: '1'.repeat(100_000),
			phone: '😀'.repeat(100_000),
		};
		for (const situation of SITUATIONS) expect(() => composeAppeal(hostile, situation)).not.toThrow();
	});
});

/** Rules for what the text may claim (issue 13): nothing the seller did not say, in Amazon's own words. */
describe('no claim the seller did not make', () => {
	const NO_OTHER_ACCOUNT = CHECK_LABELS['no-other-account'];
	const DISCLOSED = CHECK_LABELS['other-account-disclosed'];

	test.each(['verification-failed', 'restart-reply'] as const)(
		'%s: "no other account" only when ticked, and a disclosure offered instead',
		(situation) => {
			expect(checksFor(situation)).toEqual(expect.arrayContaining(['no-other-account', 'other-account-disclosed']));
			const unticked = composeAppeal({ ...minimalInput(situation), checked: [] }, situation);
			for (const text of [unticked.english, unticked.chinese]) {
				expect(text).not.toMatch(/not registered|没有注册/);
			}
			const denied = composeAppeal({ ...minimalInput(situation), checked: ['no-other-account'] }, situation);
			expect(denied.english).toContain(NO_OTHER_ACCOUNT.en);
			expect(denied.chinese).toContain(NO_OTHER_ACCOUNT.zh);
			const disclosed = composeAppeal({ ...minimalInput(situation), checked: ['other-account-disclosed'] }, situation);
			expect(disclosed.english).toContain(DISCLOSED.en);
			expect(disclosed.english).not.toContain(NO_OTHER_ACCOUNT.en);
		},
	);

	test('when both are ticked, the disclosure stays and the denial goes', () => {
		const result = composeAppeal(
			{ ...minimalInput('restart-reply'), checked: ['no-other-account', 'other-account-disclosed'] },
			'restart-reply',
		);
		expect(result.english).toContain(DISCLOSED.en);
		expect(result.english).not.toContain(NO_OTHER_ACCOUNT.en);
		expect(result.chinese).not.toContain(NO_OTHER_ACCOUNT.zh);
	});

	test.each(SITUATIONS)('%s: no sentence says "by mistake", in either language, whatever is ticked', (situation) => {
		const result = composeAppeal(fullInput(situation), situation);
		expect(result.english).not.toMatch(/mistake|wrongly|by error/i);
		expect(result.chinese).not.toMatch(/误选|选错|错选/);
		expect(`${result.shortDescription.en}${result.shortDescription.zh}`).not.toMatch(/mistake|wrong|误选|选错/i);
	});

	test.each(SITUATIONS)("%s: the English text uses Amazon's spelling", (situation) => {
		const { english } = composeAppeal(fullInput(situation), situation);
		expect(english).not.toMatch(/licence|colour|unified social credit code/);
		if (situation !== 'login-access' && situation !== 'wrong-business-type') {
			expect(english).toContain('Unified Social Credit Code:');
			expect(english).toContain('business license');
		}
	});
});

describe('the subject line', () => {
	test.each(SITUATIONS)('%s: starts with the case ID when there is one, and never passes 80 characters', (situation) => {
		const withCase = composeAppeal({ ...minimalInput(situation), caseId: '12345678901' }, situation);
		expect(withCase.shortDescription.en.startsWith('Case ID 12345678901: ')).toBe(true);
		expect(withCase.shortDescription.zh).toContain('12345678901');
		expect([...withCase.shortDescription.en].length).toBeLessThanOrEqual(80);
		const longest = composeAppeal({ ...minimalInput(situation), caseId: '9'.repeat(30) }, situation);
		expect(longest.shortDescription.en.startsWith(`Case ID ${'9'.repeat(30)}: `)).toBe(true);
		expect([...longest.shortDescription.en].length).toBeLessThanOrEqual(80);
		const without = composeAppeal(minimalInput(situation), situation);
		expect(without.shortDescription).toEqual(APPEAL_WORDING.text.bySituation[situation].subject);
	});
});

describe('the callback line', () => {
	test('asks support to call the number given, country code and all', () => {
		const result = composeAppeal({ ...minimalInput('verification-failed'), phone: '+86 138 0013 8000' }, 'verification-failed');
		expect(result.english).toContain('please call me at +86 138 0013 8000.');
		expect(result.chinese).toContain('请致电 +86 138 0013 8000 与我联系');
	});
});
