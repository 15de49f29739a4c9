import { byUrgency, type VerdictLine } from '../../lib/document-check';
import type { CheckedFile, Strings } from './types';
import { lineText } from './VerdictList';

interface Props {
	locale: 'zh' | 'en';
	files: { file: CheckedFile; lines: VerdictLine[] }[];
	strings: Strings;
}

/** Every failure and warning so far, file by file: what to fix, on screen and on paper. */
export default function FixSummary({ locale, files, strings }: Props) {
	const toFix = files
		.map(({ file, lines }) => ({ file, lines: byUrgency(lines.filter((line) => line.status === 'fail' || line.status === 'warning')) }))
		.filter(({ lines }) => lines.length > 0);
	return (
		<section class="doc-check-summary" aria-labelledby="doc-check-summary-heading">
			<h2 id="doc-check-summary-heading">{strings['docCheck.summaryHeading']}</h2>
			{toFix.length === 0 ? (
				<p>{strings['docCheck.summaryNothing']}</p>
			) : (
				<>
					<p>{strings['docCheck.summaryIntro']}</p>
					{toFix.map(({ file, lines }) => (
						<div key={file.id} class="doc-check-summary-file">
							<h3>{file.name}</h3>
							<ul>
								{lines.map((line) => (
									<li key={`${line.rule}-${line.message}`} class={`is-${line.status}`}>
										<span class="doc-check-status">{strings[`docCheck.status.${line.status}`]}</span> {lineText(line, strings, locale)}
									</li>
								))}
							</ul>
						</div>
					))}
				</>
			)}
			<p>
				<button type="button" class="button button-quiet" onClick={() => window.print()}>
					{strings['docCheck.print']}
				</button>
			</p>
		</section>
	);
}
