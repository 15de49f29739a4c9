import { z } from 'astro/zod';
import { CHECKS, CONTACT_METHODS, COUNTRIES, DOCUMENTS, FIELDS, SITUATIONS, isTextField, type FieldId, type TextFieldId } from './model';
import type { AppealWording } from './wording';

/**
 * The shape of src/content/appeal-wording/appeal-wording.yaml. Every situation, check, document
 * and field the generator knows (model.ts) must have its words in both languages: a missing one
 * fails the build with its path in the file.
 */
const bilingual = z.object({ en: z.string().min(1), zh: z.string().min(1) });

/** An object with exactly these keys, each holding `value`. */
function everyKey<K extends string, V extends z.ZodType>(keys: readonly K[], value: V) {
	return z.strictObject(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, V>);
}

const TEXT_FIELDS = FIELDS.filter((field): field is TextFieldId => isTextField(field));
const FACTS = ['email', 'businessName', 'creditCode', 'legalRepresentative', 'individualName', 'storeName', 'country', 'caseId'] as const;
const byProblemKind = everyKey(['login', 'verification'] as const, bilingual);

export const appealWordingSchema = z.strictObject({
	situations: everyKey(SITUATIONS, bilingual),
	contactMethods: everyKey(CONTACT_METHODS, bilingual),
	countries: everyKey(COUNTRIES, bilingual),
	checks: everyKey(CHECKS, bilingual),
	documents: everyKey(DOCUMENTS, bilingual),
	fields: everyKey(FIELDS, bilingual),
	fieldsBySituation: everyKey(SITUATIONS, z.partialRecord(z.enum(FIELDS as readonly FieldId[] as [FieldId, ...FieldId[]]), bilingual)),
	text: z.strictObject({
		bySituation: everyKey(SITUATIONS, z.strictObject({ subject: bilingual, happened: bilingual, request: bilingual })),
		greeting: bilingual,
		detailsHeading: bilingual,
		facts: everyKey(FACTS, bilingual),
		placeholders: everyKey([...TEXT_FIELDS, 'country'] as const, bilingual),
		checkedHeading: byProblemKind,
		notesHeading: byProblemKind,
		attaching: bilingual,
		moreOnRequest: bilingual,
		allOnRequest: bilingual,
		replyByEmail: bilingual,
		replyByChat: bilingual,
		callback: bilingual,
		subjectWithCase: bilingual,
		closing: bilingual,
		signOff: bilingual,
	}),
	reminders: z.strictObject({ common: z.array(bilingual).min(1), videoCall: bilingual }),
}) satisfies z.ZodType<AppealWording>;
