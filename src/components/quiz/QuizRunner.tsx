import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { StringsWithPrefix } from '../../i18n/translate';
import { evaluate, progress, walk, type Answers } from '../../lib/quiz/engine';
import type { QuizTree } from '../../lib/quiz/types';
import { ANSWERS_PARAM, decodeAnswers, encodeAnswers } from '../../lib/quiz/url-state';
import { localizedPath } from '../../lib/paths';
import NextActionBox from '../NextActionBox';
import OutcomeCard from './OutcomeCard';
import QuestionStep from './QuestionStep';
import '../../styles/buttons.css';
import '../../styles/choices.css';
import './quiz.css';

interface Props {
	locale: 'zh' | 'en';
	tree: QuizTree<string>;
	strings: StringsWithPrefix<'quiz.'>;
}

function urlWith(tree: QuizTree<string>, answers: Answers): string {
	const url = new URL(location.href);
	const encoded = encodeAnswers(tree, answers);
	if (encoded) url.searchParams.set(ANSWERS_PARAM, encoded);
	else url.searchParams.delete(ANSWERS_PARAM);
	url.hash = '';
	return url.href;
}

/**
 * The quiz. The answers live in the URL, so a result can be bookmarked, shared and reloaded, and
 * the browser's back button steps back through the questions. The engine (src/lib/quiz) decides
 * what comes next and what the answers point to; this component only shows it.
 */
export default function QuizRunner({ locale, tree, strings }: Props) {
	const [answers, setAnswers] = useState<Answers>({});
	const [badLink, setBadLink] = useState(false);
	const root = useRef<HTMLDivElement>(null);
	// Every answer given on this visit, so stepping back shows the choice made before.
	const remembered = useRef<Answers>({});
	const focusPending = useRef(false);
	const [linkCopy, setLinkCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

	useEffect(() => {
		const readUrl = () => {
			const decoded = decodeAnswers(tree, new URLSearchParams(location.search).get(ANSWERS_PARAM));
			remembered.current = { ...remembered.current, ...decoded.answers };
			setAnswers(decoded.answers);
			setBadLink(decoded.problem !== null);
			// Show the reader the address of what they actually see.
			if (decoded.problem) history.replaceState(null, '', urlWith(tree, decoded.answers));
		};
		// The browser's Back and Forward change the question under the reader: the focus follows.
		const stepThroughHistory = () => {
			focusPending.current = true;
			setLinkCopy('idle');
			readUrl();
		};
		readUrl();
		addEventListener('popstate', stepThroughHistory);
		return () => removeEventListener('popstate', stepThroughHistory);
	}, [tree]);

	const { answered, current } = walk(tree, answers);
	const position = progress(tree, answers);
	const results = current ? [] : evaluate(tree, answers);
	// The results end with one next action: the message to support that the most likely outcome ending in one asks for.
	const nextAppeal = results.find(({ outcome }) => outcome.appeal)?.outcome.appeal;
	// The next question (or the results) replaces the one the reader acted on: put the keyboard and
	// screen reader there, in the same task as the update so no keystroke lands in between.
	useLayoutEffect(() => {
		if (!focusPending.current) return;
		focusPending.current = false;
		root.current?.querySelector<HTMLElement>('legend, .quiz-results h2')?.focus();
	});

	const moveTo = (next: Answers) => {
		remembered.current = { ...remembered.current, ...next };
		focusPending.current = true;
		setAnswers(next);
		setBadLink(false);
		setLinkCopy('idle');
		history.pushState(null, '', urlWith(tree, next));
	};
	const restart = () => {
		remembered.current = {};
		moveTo({});
	};
	const back = () => {
		const last = answered.at(-1);
		if (!last) return;
		const rest = { ...answers };
		delete rest[last.id];
		moveTo(rest);
	};
	const previous = (id: string) => answers[id] ?? remembered.current[id] ?? [];
	// The address already holds the answers (see url-state.ts), so it reopens this result.
	const copyLink = () => {
		const clipboard = navigator.clipboard as Clipboard | undefined;
		if (!clipboard) return setLinkCopy('failed');
		clipboard.writeText(location.href).then(
			() => setLinkCopy('copied'),
			() => setLinkCopy('failed')
		);
	};

	return (
		<div class="quiz" ref={root}>
			{badLink && (
				<p class="quiz-notice" role="status">
					{strings['quiz.badLink']}
				</p>
			)}
			{current ? (
				<QuestionStep
					key={current.id}
					question={current}
					number={position?.number ?? answered.length + 1}
					total={position?.total ?? answered.length + 1}
					initial={previous(current.id)}
					canGoBack={answered.length > 0}
					strings={strings}
					onAnswer={(chosen) => moveTo({ ...answers, [current.id]: chosen })}
					onBack={back}
				/>
			) : (
				<section class="quiz-results" aria-labelledby="quiz-results-title">
					<h2 id="quiz-results-title" tabIndex={-1}>
						{strings['quiz.resultsTitle']}
					</h2>
					<p>{strings['quiz.resultsIntro']}</p>
					{results.map(({ outcome, likelihood }) => (
						<OutcomeCard key={outcome.id} locale={locale} outcome={outcome} likelihood={likelihood} strings={strings} linkAppeal={outcome.appeal !== nextAppeal} />
					))}
					{nextAppeal && (
						<NextActionBox title={strings['quiz.nextActionTitle']} href={`${localizedPath(locale, 'appeal-generator')}?s=${nextAppeal}`} label={strings['quiz.nextActionLink']}>
							<p>{strings[`quiz.nextAction.${nextAppeal}`]}</p>
						</NextActionBox>
					)}
					<p class="quiz-share">{strings['quiz.shareHint']}</p>
					<div class="quiz-buttons">
						<button type="button" class="button" onClick={() => print()}>
							{strings['quiz.print']}
						</button>
						<button type="button" class="button quiz-copy-link" onClick={copyLink}>
							{linkCopy === 'copied' ? strings['quiz.linkCopied'] : strings['quiz.copyLink']}
						</button>
					</div>
					<p role="status" class={linkCopy === 'failed' ? 'quiz-copy-failed' : 'sr-only'}>
						{linkCopy === 'copied' ? strings['quiz.linkCopied'] : linkCopy === 'failed' ? strings['quiz.copyLinkFailed'] : ''}
					</p>
					<div class="quiz-buttons">
						<button type="button" class="button" onClick={back}>
							{strings['quiz.back']}
						</button>
					</div>
				</section>
			)}
			{answered.length > 0 && (
				// Set well apart from Back, so a thumb aiming for one never lands on the other.
				<p class="quiz-restart-row">
					<button type="button" class="button" onClick={restart}>
						{strings['quiz.restart']}
					</button>
				</p>
			)}
		</div>
	);
}
