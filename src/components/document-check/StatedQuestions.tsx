import { QUESTIONS_FOR, type DocumentType, type StatedFacts } from '../../lib/document-check';
import type { Strings } from './types';

interface Props {
	/** Prefix for ids and radio names, unique per file. */
	idPrefix: string;
	type: DocumentType;
	stated: StatedFacts;
	strings: Strings;
	onChange: (stated: StatedFacts) => void;
}

/** What the checker cannot see in the file: the expiry date and whether the name and address match the registration. */
export default function StatedQuestions({ idPrefix, type, stated, strings, onChange }: Props) {
	const questions = QUESTIONS_FOR[type];
	const noExpiry = stated.expiry === 'none';
	return (
		<div class="doc-check-questions">
			{questions.includes('expiry') && (
				<fieldset>
					<legend>{strings['docCheck.question.expiry']}</legend>
					<label for={`${idPrefix}-expiry`} class="doc-check-field-label">
						{strings['docCheck.question.expiryDate']}
					</label>
					<input
						id={`${idPrefix}-expiry`}
						type="date"
						class="doc-check-date"
						disabled={noExpiry}
						value={noExpiry ? '' : (stated.expiry ?? '')}
						onChange={(event) => onChange({ ...stated, expiry: event.currentTarget.value || undefined })}
					/>
					<label class="choice">
						<input type="checkbox" checked={noExpiry} onChange={(event) => onChange({ ...stated, expiry: event.currentTarget.checked ? 'none' : undefined })} />
						<span>{strings['docCheck.question.expiryNone']}</span>
					</label>
				</fieldset>
			)}
			{(['nameMatches', 'addressMatches'] as const)
				.filter((question) => questions.includes(question))
				.map((question) => (
					<fieldset key={question}>
						<legend>{strings[`docCheck.question.${question}`]}</legend>
						{(['yes', 'no'] as const).map((answer) => (
							<label class="choice" key={answer}>
								<input type="radio" name={`${idPrefix}-${question}`} value={answer} checked={stated[question] === answer} onChange={() => onChange({ ...stated, [question]: answer })} />
								<span>{strings[`docCheck.${answer}`]}</span>
							</label>
						))}
					</fieldset>
				))}
		</div>
	);
}
