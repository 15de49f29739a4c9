/**
 * Chinese characters in a field whose value the English text quotes as typed. Support reads the
 * English text, so the form says what to type instead; it never removes what was typed.
 */
import type { AppealInput, TextFieldId } from './model';

/**
 * What to type instead of Chinese characters:
 * - `pinyin`: a person's name in pinyin;
 * - `company`: the company's English name as on its licence or registration, else pinyin;
 * - `add-company`: the licence name may stay in Chinese, but give the English one too;
 * - `name`: a name in English or pinyin;
 * - `place`: a country or region, in English;
 * - `text`: free text, best written in English.
 */
export type HanAdvice = 'pinyin' | 'company' | 'add-company' | 'name' | 'place' | 'text';

const HAN = /\p{Script=Han}/u;

/** Whether `value` holds a Han character (Chinese, in either script; also kanji, hanja). */
export function containsHan(value: string): boolean {
	return HAN.test(value);
}

/**
 * The fields quoted in the English text that are meant for Latin letters. The legal
 * representative's Chinese name is left out: it is asked for in Chinese, to match the documents.
 */
const ADVICE: Partial<Record<TextFieldId | 'country', HanAdvice>> = {
	legalRepPinyin: 'pinyin',
	businessNameEn: 'company',
	storeName: 'name',
	countryOther: 'place',
	notes: 'text',
};

/**
 * Advice for a field the form shows, if it holds Chinese characters. The business name is asked
 * for as on the licence, so Chinese is right there; but where the form also offers the English
 * name (`offersEnglishName`) and it is empty, the advice is to add it, and where it does not, to
 * type the English name.
 */
export function hanAdvice(field: TextFieldId | 'country', input: AppealInput, offersEnglishName: boolean): HanAdvice | undefined {
	if (!containsHan(input[field])) return undefined;
	if (field !== 'businessName') return ADVICE[field];
	if (!offersEnglishName) return 'company';
	return input.businessNameEn.trim() === '' ? 'add-company' : undefined;
}
