/**
 * A quiz is data: a graph of questions and rules that map answers to outcomes. The engine
 * (engine.ts) walks any tree of this shape; the trees are content, one YAML file per quiz in
 * src/content/quizzes/ (form checked by schema.ts). The trees are written
 * with `Bilingual` text; a page hands its island the tree in one language (`QuizTree<string>`,
 * see localize.ts), and the engine, which only reads ids, works on either.
 */

import type { Situation } from '../appeal/model';

/** Text in both languages, side by side, so a translation cannot silently go missing. */
export interface Bilingual {
	readonly en: string;
	readonly zh: string;
}

export interface Choice<Text = Bilingual> {
	/** Short ASCII id, stable: it appears in shared URLs. */
	readonly id: string;
	readonly label: Text;
	/**
	 * Single-choice questions only: the question this answer leads to, overriding the question's
	 * `next`; `null` ends the quiz.
	 */
	readonly next?: string | null | undefined;
}

export interface Question<Text = Bilingual> {
	/** Short ASCII id, stable: it appears in shared URLs. */
	readonly id: string;
	/** "single": exactly one choice; "multiple": any number, including none. */
	readonly kind: 'single' | 'multiple';
	readonly prompt: Text;
	/** A line under the prompt, e.g. where to find the thing asked about. */
	readonly help?: Text | undefined;
	readonly choices: readonly Choice<Text>[];
	/** Where to go after answering, unless the chosen answer says otherwise; `null` ends the quiz. */
	readonly next: string | null;
}

/** A condition on the answers given so far. */
export type Condition =
	| { readonly chose: readonly [questionId: string, choiceId: string] }
	| { readonly all: readonly Condition[] }
	| { readonly any: readonly Condition[] }
	| { readonly not: Condition };

export interface GuideLink<Text = Bilingual> {
	/** Guide slug, e.g. "appeal". */
	readonly guide: string;
	/** Heading id in that guide, e.g. "video-call"; checked at build time. */
	readonly section?: string | undefined;
	readonly label: Text;
}

export interface Outcome<Text = Bilingual> {
	/** Short ASCII id; also the anchor of its entry in the static checklist. */
	readonly id: string;
	/**
	 * "cause": a likely reason for the failure; "warning": something urgent (e.g. phishing);
	 * "reassurance": a worry that is not a cause.
	 */
	readonly kind: 'cause' | 'warning' | 'reassurance';
	readonly title: Text;
	readonly explanation: Text;
	/** Concrete next steps, in order. */
	readonly actions: readonly Text[];
	/** Guide sections that back the explanation. */
	readonly links: readonly GuideLink<Text>[];
	/**
	 * When the outcome ends in writing to Selling Partner Support: the appeal generator's situation
	 * for that message, which the result links as its next action (`/<lang>/appeal-generator/?s=…`).
	 */
	readonly appeal?: Situation | undefined;
	/** "official": from the marketplace's own guidance; "community": from seller reports. */
	readonly basis: 'official' | 'community';
}

export interface Rule {
	readonly outcome: string;
	readonly when: Condition;
	/** How strongly the answers point to the outcome; results are ranked by it. */
	readonly likelihood: 'high' | 'medium' | 'low';
}

export interface QuizTree<Text = Bilingual> {
	/** Also the page slug, e.g. "failure-quiz". */
	readonly id: string;
	readonly title: Text;
	readonly intro: Text;
	/** The first question's id. */
	readonly start: string;
	readonly questions: readonly Question<Text>[];
	readonly outcomes: readonly Outcome<Text>[];
	readonly rules: readonly Rule[];
}
