import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translate';
import type { UiKey } from '../../i18n/ui/en';
import { localizedPath } from '../../lib/paths';
import { siteHref } from '../../lib/site-url';

export interface StepLink {
	readonly href: string;
	readonly label: string;
}

/** A login problem goes through Amazon's sign-in help page first; every other situation is an appeal. */
export type NextStepKind = 'appeal' | 'login';

/** What to do with the copied text, as the steps of a guide, each linked to its section. */
export interface NextStepLinks {
	/** The two links the one-line summary names: where to open the form, and the steps after pasting. */
	readonly open: StepLink;
	readonly steps: StepLink;
	/** The steps in order, numbered as in the appeal guide; step 5 has two ways, Email and Chat. */
	readonly list: readonly (readonly StepLink[])[];
}

/** After step 1 (opening Contact us), the appeal guide's steps by their heading ids. */
const AFTER_OPENING = [
	['step-choose-language'],
	['step-describe-issue'],
	['step-contact-method'],
	['step-email', 'step-chat'],
	['step-send'],
	['step-check-confirmation'],
	['step-case-email'],
	['step-replies'],
] as const;

/** The links of the next steps; the generator's browser test checks that their sections exist. */
export function nextStepLinks(locale: Locale, kind: NextStepKind): NextStepLinks {
	const t = useTranslations(locale);
	const guide = siteHref(localizedPath(locale, 'appeal'));
	const step = (id: string): StepLink => ({ href: `${guide}#${id}`, label: t(`appeal.next.${id}` as UiKey) });
	// For a login problem, the Contact us button of Amazon's sign-in help page: the login guide's last step.
	const opening =
		kind === 'login' ? { href: `${siteHref(localizedPath(locale, 'login-problems'))}#contact-form`, label: t('appeal.next.step-open-contact-us') } : step('step-open-contact-us');
	return {
		open: { href: opening.href, label: t('appeal.next.open') },
		steps: { href: `${guide}#step-contact-method`, label: t('appeal.next.steps') },
		list: [[opening], ...AFTER_OPENING.map((ids) => ids.map(step))],
	};
}
