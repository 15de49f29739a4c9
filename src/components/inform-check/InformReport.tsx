import { fillPlaceholders } from '../../i18n/fill';
import type { StringsWithPrefix } from '../../i18n/translate';
import type { MonthKey } from '../../lib/inform-check/months';
import type { InformResult, Period } from '../../lib/inform-check/windows';

/** Addresses of the guide sections the report points to, with the site's base path. */
export interface ReportLinks {
	guide: string;
}

interface Props {
	result: InformResult;
	/** Judged from totals: there are no months to name. */
	totals: boolean;
	monthName: (month: MonthKey) => string;
	strings: StringsWithPrefix<'informCheck.'>;
	links: ReportLinks;
}

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const count = new Intl.NumberFormat('en-US');

/** The answer, the window it rests on, what follows from it, and the notes every answer carries. */
export default function InformReport({ result, totals, monthName, strings, links }: Props) {
	const values = (period: Period) => ({ first: monthName(period.first), last: monthName(period.last), sales: count.format(period.sales), revenue: dollars.format(period.revenueUsd) });
	const explain = totals ? (result.answer === 'yes' ? 'informCheck.explain.totals.yes' : 'informCheck.explain.totals.no') : (`informCheck.explain.${result.answer}` as const);
	return (
		<section class={`inform-check-report answer-${result.answer}`} aria-labelledby="inform-result-heading">
			<h2 id="inform-result-heading">
				{strings['informCheck.resultHeading']}: {strings[`informCheck.answer.${result.answer}`]}
			</h2>
			<p>{fillPlaceholders(strings[explain], values(result.period))}</p>
			{result.answer !== 'yes' && result.meetsEitherFigure && <p>{strings['informCheck.orNote']}</p>}
			{result.answer !== 'no' && (
				<>
					<p>{strings['informCheck.meaning.yes']}</p>
					<p>
						{fillPlaceholders(
							strings[totals && result.disclosure === 'yes' ? 'informCheck.disclosure.totals.yes' : (`informCheck.disclosure.${result.disclosure}` as const)],
							result.disclosurePeriod ? values(result.disclosurePeriod) : { first: '', last: '', sales: '', revenue: '' },
						)}
					</p>
				</>
			)}
			{result.blankMonths.length > 0 && <p>{fillPlaceholders(strings['informCheck.blankMonths'], { count: String(result.blankMonths.length) })}</p>}
			<p>{strings['informCheck.counts']}</p>
			<p class="inform-check-advice">
				<strong>{strings['informCheck.notAdvice']}</strong>
			</p>
			<p>
				<a href={links.guide}>{strings['informCheck.guideLink']}</a>
			</p>
			<p class="screen-only">
				<button type="button" class="button button-quiet" onClick={() => window.print()}>
					{strings['informCheck.print']}
				</button>
			</p>
		</section>
	);
}
