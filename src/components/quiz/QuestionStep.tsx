import { useState } from 'preact/hooks';
import { fillPlaceholders } from '../../i18n/fill';
import type { StringsWithPrefix } from '../../i18n/translate';
import type { Question } from '../../lib/quiz/types';

interface Props {
	question: Question<string>;
	/** 1-based position on the reader's path. */
	number: number;
	/** The questions answered plus the longest path still ahead (engine.ts `progress`). */
	total: number;
	/** The answer given before, when the reader came back to this question. */
	initial: readonly string[];
	canGoBack: boolean;
	strings: StringsWithPrefix<'quiz.'>;
	onAnswer: (chosen: string[]) => void;
	onBack: () => void;
}

/** One question as a small form: radio buttons or checkboxes, then Next. Keyed by question, so its state starts afresh. */
export default function QuestionStep({ question, number, total, initial, canGoBack, strings, onAnswer, onBack }: Props) {
	const [chosen, setChosen] = useState<readonly string[]>(initial);
	const [needsChoice, setNeedsChoice] = useState(false);

	const submit = (event: Event) => {
		event.preventDefault();
		if (question.kind === 'single' && chosen.length !== 1) return setNeedsChoice(true);
		onAnswer([...chosen]);
	};
	const toggle = (id: string, checked: boolean) => {
		setNeedsChoice(false);
		if (question.kind === 'single') setChosen([id]);
		else setChosen(checked ? [...chosen, id] : chosen.filter((item) => item !== id));
	};
	const hintId = `${question.id}-hint`;

	return (
		<form class="quiz-step" onSubmit={submit} noValidate>
			<div class="quiz-progress">
				<span>{fillPlaceholders(strings['quiz.progress'], { n: String(number), total: String(total) })}</span>
				<progress max={total} value={number - 1} aria-hidden="true" />
			</div>
			<fieldset aria-describedby={hintId}>
				<legend tabIndex={-1} data-question={question.id}>
					{question.prompt}
				</legend>
				{question.help && <p class="quiz-help">{question.help}</p>}
				{question.choices.map((choice) => (
					<label class="choice" key={choice.id}>
						<input
							type={question.kind === 'single' ? 'radio' : 'checkbox'}
							name={question.id}
							value={choice.id}
							checked={chosen.includes(choice.id)}
							onChange={(event) => toggle(choice.id, event.currentTarget.checked)}
						/>
						<span>{choice.label}</span>
					</label>
				))}
				<p id={hintId} class={needsChoice ? 'quiz-hint quiz-hint-error' : 'quiz-hint'} role={needsChoice ? 'alert' : undefined}>
					{question.kind === 'single' ? strings['quiz.chooseOne'] : strings['quiz.chooseAny']}
				</p>
			</fieldset>
			<div class="quiz-buttons">
				{canGoBack && (
					<button type="button" class="button" onClick={onBack}>
						{strings['quiz.back']}
					</button>
				)}
				<button type="submit" class="button button-primary">{strings['quiz.next']}</button>
			</div>
		</form>
	);
}
