/**
 * Chinese characters in a field whose value the English text quotes as typed. Support reads the
 * English text, so the form says what to type instead; it never removes what was typed.
 */
import { visibleFields, type AppealInput, type Situation, type TextFieldId } from './model';
import { normaliseSingleLine } from './normalise';

/**
 * What to type instead of Chinese characters:
 * - `pinyin`: a person's name in pinyin;
 * - `english-company-name`: the company's English name as on its licence or registration, else pinyin;
 * - `add-english-company-name`: the licence name may stay in Chinese, but give the English one too;
 * - `english-name`: a name in English or pinyin;
 * - `english-place`: a country or region, in English;
 * - `english-text`: free text, best written in English.
 */
export type HanAdvice = 'pinyin' | 'english-company-name' | 'add-english-company-name' | 'english-name' | 'english-place' | 'english-text';

const HAN = /\p{Script=Han}/u;

/** Whether `value` holds a Han character (Chinese, in either script; also kanji, hanja). */
export function containsHan(value: string): boolean {
	return HAN.test(value);
}

/**
 * The fields quoted in the English text that are meant for Latin letters. The legal
 * representative's Chinese name is left out: it is asked for in Chinese, to match the documents.
 */
const ADVICE: Partial<Record<TextFieldId, HanAdvice>> = {
	legalRepPinyin: 'pinyin',
	businessNameEn: 'english-company-name',
	storeName: 'english-name',
	countryOther: 'english-place',
	notes: 'english-text',
};

/**
 * Advice for each field the form shows that holds Chinese characters. The business name is asked
 * for as on the licence, so Chinese is right there; but where the form also offers the English
 * name and it is empty, the advice is to add it, and where it does not, to type the English name.
 */
export function hanAdvice(input: AppealInput, situation: Situation): Partial<Record<TextFieldId, HanAdvice>> {
	const shown = new Set(visibleFields(situation, input).map(({ id }) => id));
	const advice: Partial<Record<TextFieldId, HanAdvice>> = {};
	for (const [field, code] of Object.entries(ADVICE) as [TextFieldId, HanAdvice][]) {
		if (shown.has(field) && containsHan(input[field])) advice[field] = code;
	}
	if (shown.has('businessName') && containsHan(input.businessName)) {
		if (!shown.has('businessNameEn')) advice.businessName = 'english-company-name';
		else if (normaliseSingleLine(input.businessNameEn) === '') advice.businessName = 'add-english-company-name';
	}
	return advice;
}
