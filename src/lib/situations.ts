import type { UiKey } from '../i18n/ui/en';

/** A reader's situation on the start page, and the guide section (or checker) that answers it. */
export interface Situation {
	label: UiKey;
	slug: string;
	/** Heading id inside the guide; the crawler test fails if it does not exist. */
	section?: string;
}

export const situations: readonly Situation[] = [
	{ label: 'situation.failureEmail', slug: 'result-email', section: 'what-it-says' },
	{ label: 'situation.notSureGenuine', slug: 'result-email', section: 'real-or-phishing' },
	{ label: 'situation.checkEmail', slug: 'email-check' },
	{ label: 'situation.whyFailed', slug: 'failure-quiz' },
	{ label: 'situation.appeal', slug: 'appeal', section: 'steps' },
	{ label: 'situation.writeAppeal', slug: 'appeal-generator' },
	{ label: 'situation.videoCall', slug: 'video-call' },
	{ label: 'situation.refused', slug: 'appeal', section: 'appeal-refused' },
	{ label: 'situation.photos', slug: 'document-requirements', section: 'checklist' },
	{ label: 'situation.addressPostcard', slug: 'address-verification', section: 'postcard' },
	{ label: 'situation.checkDocuments', slug: 'document-check' },
	{ label: 'situation.cantLogIn', slug: 'login-problems', section: 'checklist' },
	{ label: 'situation.loginQuiz', slug: 'login-quiz' },
	{ label: 'situation.twoStep', slug: 'two-step-verification' },
	{ label: 'situation.individual', slug: 'individual-seller' },
	{ label: 'situation.informCheck', slug: 'inform-check' },
	{ label: 'situation.contactSupport', slug: 'contact-support', section: 'open-case' },
	{ label: 'situation.faq', slug: 'faq' },
];
