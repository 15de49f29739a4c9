import { fillPlaceholders } from '../../i18n/fill';
import { byUrgency, DOCUMENT_TYPES, overallStatus, type DocumentType, type VerdictLine } from '../../lib/document-check';
import type { CheckedFile, Strings } from './types';
import StatedQuestions from './StatedQuestions';
import VerdictList from './VerdictList';

interface Props {
	locale: 'zh' | 'en';
	file: CheckedFile;
	lines: VerdictLine[];
	strings: Strings;
	sourceUrls: Record<string, string>;
	guideHref: string;
	onChange: (changes: Partial<CheckedFile>) => void;
	onRemove: () => void;
}

/** One file: its name and overall result, what kind of document it is, the questions about it, and its checklist. */
export default function FileResult({ locale, file, lines, strings, sourceUrls, guideHref, onChange, onRemove }: Props) {
	const idPrefix = `doc-check-${file.id}`;
	const status = overallStatus(lines);
	return (
		<article class={`doc-check-file${file.checking ? '' : ` is-${status}`}`} aria-labelledby={`${idPrefix}-name`} aria-busy={file.checking}>
			<h3 id={`${idPrefix}-name`} class="doc-check-file-name">
				<span class="doc-check-name">{file.name}</span>{' '}
				<span class="doc-check-size">{fillPlaceholders(strings['docCheck.size'], { size: (file.size / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 }) })}</span>{' '}
				<span class="doc-check-overall">{file.checking ? strings['docCheck.inProgress'] : strings[`docCheck.overall.${status}`]}</span>
			</h3>
			<label for={`${idPrefix}-type`} class="doc-check-field-label">
				{strings['docCheck.documentType']}
			</label>
			<select id={`${idPrefix}-type`} class="doc-check-select" value={file.type} onChange={(event) => onChange({ type: event.currentTarget.value as DocumentType, stated: {} })}>
				<option value="">—</option>
				{DOCUMENT_TYPES.map((type) => (
					<option key={type} value={type}>
						{strings[`docCheck.type.${type}`]}
					</option>
				))}
			</select>
			{file.type && <StatedQuestions idPrefix={idPrefix} type={file.type} stated={file.stated} strings={strings} onChange={(stated) => onChange({ stated })} />}
			{!file.checking && <VerdictList locale={locale} lines={byUrgency(lines)} strings={strings} sourceUrls={sourceUrls} guideHref={guideHref} />}
			<button type="button" class="button button-quiet" onClick={onRemove} aria-label={fillPlaceholders(strings['docCheck.remove'], { name: file.name })}>
				{strings['docCheck.removeButton']}
			</button>
		</article>
	);
}
