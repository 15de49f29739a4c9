import type { UiKey } from '../i18n/ui/en';

/** A reader's situation on the start page, and the guide section that answers it. */
export interface Situation {
	label: UiKey;
	slug: string;
	/** Heading id inside the guide; the crawler test fails if it does not exist. */
	section?: string;
}

export const situations: readonly Situation[] = [
	{ label: 'situation.failureEmail', slug: 'result-email' },
	{ label: 'situation.notSureGenuine', slug: 'result-email' },
	{ label: 'situation.whyFailed', slug: 'failure-causes' },
	{ label: 'situation.appeal', slug: 'appeal' },
	{ label: 'situation.videoCall', slug: 'appeal', section: 'video-call' },
	{ label: 'situation.refused', slug: 'appeal' },
	{ label: 'situation.photos', slug: 'document-requirements' },
	{ label: 'situation.cantLogIn', slug: 'login-problems' },
	{ label: 'situation.twoStep', slug: 'two-step-verification' },
	{ label: 'situation.individual', slug: 'individual-seller' },
	{ label: 'situation.contactSupport', slug: 'contact-support' },
	{ label: 'situation.faq', slug: 'faq' },
];
