import { fillPlaceholders } from '../../i18n/fill';
import { formatDate } from '../../lib/dates';
import type { VerdictLine } from '../../lib/document-check';
import type { Strings } from './types';

/** A verdict line's sentence in the reader's language, with dates written as the language writes them. */
export function lineText(line: VerdictLine, strings: Strings, locale: 'zh' | 'en'): string {
	const values = { ...line.values };
	if (values.date && /^\d{4}-\d{2}-\d{2}$/.test(values.date)) values.date = formatDate(new Date(`${values.date}T00:00:00Z`), locale);
	return fillPlaceholders(strings[`docCheck.line.${line.message}` as keyof Strings] ?? line.message, values);
}

interface Props {
	locale: 'zh' | 'en';
	lines: readonly VerdictLine[];
	strings: Strings;
	sourceUrls: Record<string, string>;
	guideHref: string;
}

/** One file's checklist: each line with its status in words, and links to the guide section and the rule's source. */
export default function VerdictList({ locale, lines, strings, sourceUrls, guideHref }: Props) {
	return (
		<ul class="doc-check-lines">
			{lines.map((line) => (
				<li key={`${line.rule}-${line.message}`} class={`doc-check-line is-${line.status}`}>
					<span class="doc-check-status">{strings[`docCheck.status.${line.status}`]}</span>
					<span class="doc-check-text">
						{lineText(line, strings, locale)}{' '}
						<a href={`${guideHref}#${line.section}`}>{strings['docCheck.guideLink']}</a>
						{line.source && sourceUrls[line.source] && (
							<>
								{' · '}
								<a href={sourceUrls[line.source]} rel="noopener noreferrer">
									{strings['docCheck.sourceLink']}
								</a>
							</>
						)}
					</span>
				</li>
			))}
		</ul>
	);
}
