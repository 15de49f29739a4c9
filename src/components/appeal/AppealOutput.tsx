import { fillPlaceholders } from '../../i18n/fill';
import type { StringsAfterPrefix } from '../../i18n/translate';
import { fieldLabel, type AppealText, type AppealWording, type Situation } from '../../lib/appeal';
import type { ComponentChildren } from 'preact';
import CopyButton from './CopyButton';

interface Props {
	locale: 'zh' | 'en';
	situation: Situation;
	text: AppealText;
	strings: StringsAfterPrefix<'appeal.'>;
	wording: AppealWording;
	/** Shown under the texts once the English one has been copied. */
	nextSteps: ComponentChildren;
	/** The same in one sentence, beside the English text's copy button, which is pinned on phones. */
	nextStepsSummary: ComponentChildren;
	onEnglishCopied: () => void;
}

/** The composed appeal: the parts to paste, each with a copy button, then attachments and reminders. */
export default function AppealOutput({ locale, situation, text, strings, wording, nextSteps, nextStepsSummary, onEnglishCopied }: Props) {
	const copyStrings = { copy: strings.copy, copied: strings.copied, failed: strings.copyFailed };
	const missing = text.missing.map((field) => fieldLabel(wording, situation, field)[locale]).join(locale === 'zh' ? '、' : ', ');

	return (
		<section class="appeal-output" aria-labelledby="appeal-output-heading">
			<h2 id="appeal-output-heading">{strings.outputHeading}</h2>
			{text.warnings.map((warning) => (
				<p class="appeal-warning" key={`${warning.code}-${warning.field}`}>
					{strings[`warning.${warning.code}`]}
				</p>
			))}
			{missing && <p class="appeal-missing">{fillPlaceholders(strings.missing, { fields: missing })}</p>}

			<div class="appeal-part">
				<div class="appeal-part-header">
					<h3>{strings.shortDescription}</h3>
					<CopyButton text={text.shortDescription.en} label={strings.shortDescription} strings={copyStrings} />
				</div>
				<p class="appeal-hint-line">{strings.shortDescriptionWhere}</p>
				<p class="appeal-text" lang="en" data-testid="short-description">
					{text.shortDescription.en}
				</p>
				<p class="appeal-translation" lang="zh-CN">
					{text.shortDescription.zh}
				</p>
			</div>

			<div class="appeal-columns">
				<div class="appeal-part">
					<div class="appeal-part-header">
						<h3>{strings.englishText}</h3>
						{/* The one action that matters: pinned to the bottom of a phone's screen once the appeal is complete (AppealComposer.css). */}
						<div class="appeal-copy-english">
							{nextStepsSummary && <p>{nextStepsSummary}</p>}
							<CopyButton
								text={text.english}
								strings={{ copy: strings.copyEnglish, copied: strings.copiedEnglish, failed: strings.copyFailed }}
								onCopied={onEnglishCopied}
								primary
							/>
						</div>
					</div>
					<div class="appeal-text" lang="en" data-testid="english-text" tabIndex={0}>
						{text.english}
					</div>
					<p class="appeal-count">{fillPlaceholders(strings.characters, { count: String(text.characterCount) })}</p>
				</div>
				<div class="appeal-part">
					<div class="appeal-part-header">
						<h3>{strings.chineseText}</h3>
						{/* A reading aid, never to be sent: no copy button of its own. */}
					</div>
					<div class="appeal-text" lang="zh-CN" data-testid="chinese-text" tabIndex={0}>
						{text.chinese}
					</div>
				</div>
			</div>
			{nextSteps}

			<h3>{strings.attachments}</h3>
			{text.attachments.length === 0 ? (
				<p>{strings.attachmentsNone}</p>
			) : (
				<>
					<p>{strings.attachmentsIntro}</p>
					<ul class="appeal-attachments">
						{text.attachments.map((item) => (
							<li key={item.id}>{item.label[locale]}</li>
						))}
					</ul>
				</>
			)}

			<h3>{strings.reminders}</h3>
			<ul class="appeal-reminders">
				{text.reminders.map((reminder) => (
					<li key={reminder.en}>{reminder[locale]}</li>
				))}
			</ul>
		</section>
	);
}
