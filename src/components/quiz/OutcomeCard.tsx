import type { StringsWithPrefix } from '../../i18n/translate';
import { localizedPath } from '../../lib/paths';
import { siteHref } from '../../lib/site-url';
import type { Outcome, Rule } from '../../lib/quiz/types';

interface Props {
	locale: 'zh' | 'en';
	outcome: Outcome<string>;
	/** Shown in the quiz results; the static checklist has no ranking. */
	likelihood?: Rule['likelihood'] | undefined;
	strings: StringsWithPrefix<'quiz.'>;
	/** False where the results' "what to do now" box already links the same generator form. */
	linkAppeal?: boolean;
}

/**
 * One cause, warning or reassurance with what to do about it. Rendered by the quiz island and,
 * without JavaScript, by the static checklist: both use the outcome id as the anchor.
 */
export default function OutcomeCard({ locale, outcome, likelihood, strings, linkAppeal = true }: Props) {
	return (
		<article class={`outcome outcome-${outcome.kind}`} id={outcome.id} aria-labelledby={`${outcome.id}-title`}>
			<p class="outcome-tags">
				<span class="outcome-kind">{strings[`quiz.kind.${outcome.kind}`]}</span>
				{likelihood && <span class={`outcome-likelihood likelihood-${likelihood}`}>{strings[`quiz.likelihood.${likelihood}`]}</span>}
				<span class={`outcome-basis basis-${outcome.basis}`}>{strings[`quiz.basis.${outcome.basis}`]}</span>
			</p>
			<h3 id={`${outcome.id}-title`}>{outcome.title}</h3>
			<p>{outcome.explanation}</p>
			{outcome.actions.length > 0 && (
				<>
					<p class="outcome-subtitle">{strings['quiz.whatToDo']}</p>
					<ol>
						{outcome.actions.map((action) => (
							<li key={action}>{action}</li>
						))}
					</ol>
				</>
			)}
			{outcome.links.length > 0 && (
				<p class="outcome-links">
					{strings['quiz.readMore']}
					{outcome.links.map((link, index) => (
						<>
							{index > 0 && ' · '}
							<a href={siteHref(localizedPath(locale, link.guide)) + (link.section ? `#${link.section}` : '')}>{link.label}</a>
						</>
					))}
				</p>
			)}
			{outcome.appeal && linkAppeal && (
				<p class="outcome-appeal">
					<a href={siteHref(`${localizedPath(locale, 'appeal-generator')}?s=${outcome.appeal}`)}>{strings['quiz.appealLink']}</a>
				</p>
			)}
		</article>
	);
}
