import type { UiKey } from '../i18n/ui/en';

/** The interactive checkers, listed after the guides in the navigation. */
export const tools: readonly { slug: string; label: UiKey }[] = [
	{ slug: 'failure-quiz', label: 'tools.failureQuiz' },
	{ slug: 'login-quiz', label: 'tools.loginQuiz' },
	{ slug: 'appeal-generator', label: 'tools.appealGenerator' },
	{ slug: 'document-check', label: 'tools.documentCheck' },
	{ slug: 'email-check', label: 'tools.emailCheck' },
	{ slug: 'inform-check', label: 'tools.informCheck' },
];
