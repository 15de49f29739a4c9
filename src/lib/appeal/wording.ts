/**
 * The shape of the appeal-text generator's words. The words themselves are content, in both
 * languages side by side, in src/content/appeal-wording/appeal-wording.yaml (checked by
 * wording-schema.ts); a page hands them to the island as props, so its JavaScript carries only
 * the logic. `{name}` in a template is filled in by the composer.
 */
import type { CheckId, ContactMethod, Country, DocumentId, FieldId, Situation, TextFieldId } from './model';

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
	/** The places of the country/region choice: the form shows one language, the text uses both. */
	readonly countries: Readonly<Record<Country, Bilingual>>;
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
		readonly placeholders: Readonly<Record<TextFieldId | 'country', Bilingual>>;
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
		/** The subject line when the seller has a case ID; template with {caseId} and {subject}. */
		readonly subjectWithCase: Bilingual;
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
