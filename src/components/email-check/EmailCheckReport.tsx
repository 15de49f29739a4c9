import type { ComponentChildren } from 'preact';
import { fillPlaceholders } from '../../i18n/fill';
import type { StringsWithPrefix } from '../../i18n/translate';
import { FAILED_RESULTS } from '../../lib/email-check/authentication-results';
import type { DomainFinding, EmailCheckResult } from '../../lib/email-check/check-email';
import { MAX_CHECKED_CHARACTERS } from '../../lib/email-check/message-parts';

/** Addresses of the guide sections the report points to, with the site's base path. */
export interface GuideLinks {
	phishing: string;
	contactSupport: string;
	videoCall: string;
}

interface Props {
	result: EmailCheckResult;
	strings: StringsWithPrefix<'emailCheck.'>;
	links: GuideLinks;
}

/** Fills a template whose placeholder is a piece of markup (a list of links), not text. */
function withMarkup(template: string, name: string, markup: ComponentChildren) {
	const [before, after] = template.split(`{${name}}`);
	return (
		<>
			{before}
			{markup}
			{after}
		</>
	);
}

/** The checker's report: the reading, each domain with why, the mail server's checks, and what to do. */
export default function EmailCheckReport({ result, strings, links }: Props) {
	const { verdict, findings, authentication, flags } = result;
	const finding = (item: DomainFinding) => (
		<li key={`${item.role} ${item.asciiHost}`} class={item.genuine ? 'is-amazon' : 'is-other'}>
			<span class="email-check-role">{strings[`emailCheck.role.${item.role}`]}</span>{' '}
			<code class="email-check-host">{item.host}</code>
			{item.host !== item.asciiHost && <span class="email-check-detail">{fillPlaceholders(strings['emailCheck.punycode'], { ascii: item.asciiHost })}</span>}
			{item.registrableDomain && item.registrableDomain !== item.asciiHost && (
				<span class="email-check-detail">{fillPlaceholders(strings['emailCheck.registrable'], { domain: item.registrableDomain })}</span>
			)}
			<strong class="email-check-status">
				{item.genuine
					? withMarkup(
							strings['emailCheck.isAmazon'],
							'sources',
							item.genuine.sources.map((source, index) => (
								<span key={source.url}>
									{index > 0 && ', '}
									<a href={source.url} rel="noopener noreferrer">
										{source.title}
									</a>{' '}
									{fillPlaceholders(strings['emailCheck.sourceMarketplace'], { marketplace: source.marketplace })}
								</span>
							)),
						)
					: strings['emailCheck.notAmazon']}
			</strong>
			{item.lookalike && <span class="email-check-detail">{fillPlaceholders(strings[`emailCheck.lookalike.${item.lookalike}`], { domain: item.registrableDomain ?? item.host })}</span>}
		</li>
	);

	return (
		<section class={`email-check-report verdict-${verdict}`} aria-labelledby="email-check-result-heading">
			<h2 id="email-check-result-heading" tabIndex={-1}>
				{strings['emailCheck.resultHeading']}: {strings[`emailCheck.verdict.${verdict}`]}
			</h2>
			<p>{strings[`emailCheck.explain.${verdict}`]}</p>
			{flags.length > 0 && (
				<ul class="email-check-flags">
					{flags.map((flag) => (
						<li key={flag}>{fillPlaceholders(strings[`emailCheck.flag.${flag}`], { max: new Intl.NumberFormat('en-US').format(MAX_CHECKED_CHARACTERS) })}</li>
					))}
				</ul>
			)}
			{findings.length > 0 && (
				<>
					<h3>{strings['emailCheck.findingsHeading']}</h3>
					<ul class="email-check-findings">{findings.map(finding)}</ul>
				</>
			)}
			{authentication.length > 0 && (
				<>
					<h3>{strings['emailCheck.authHeading']}</h3>
					<ul class="email-check-auth">
						{authentication.map((item, index) => (
							<li key={index} class={FAILED_RESULTS.has(item.result) ? 'is-other' : undefined}>
								<code>
									{item.method}={item.result}
								</code>{' '}
								{FAILED_RESULTS.has(item.result) ? strings['emailCheck.authFailed'] : item.result === 'pass' ? strings['emailCheck.authPassed'] : strings['emailCheck.authOther']}
								{item.domain && ` (${fillPlaceholders(strings['emailCheck.authFor'], { domain: item.domain })})`}
							</li>
						))}
					</ul>
				</>
			)}
			<h3>{strings['emailCheck.doHeading']}</h3>
			<p>{strings[`emailCheck.do.${verdict}`]}</p>
			<ul class="email-check-links">
				<li>
					<a href={links.phishing}>{strings['emailCheck.guideLink']}</a>
				</li>
				{verdict === 'not-amazon' && (
					<li>
						<a href={links.contactSupport}>{strings['emailCheck.reportLink']}</a>
					</li>
				)}
				{flags.includes('booking-link') && (
					<li>
						<a href={links.videoCall}>{strings['emailCheck.videoCallLink']}</a>
					</li>
				)}
			</ul>
			<p class="screen-only">
				<button type="button" class="button button-quiet" onClick={() => window.print()}>
					{strings['emailCheck.print']}
				</button>
			</p>
		</section>
	);
}
