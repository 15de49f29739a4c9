import { fillPlaceholders } from '../../i18n/fill';
import type { StringsWithPrefix } from '../../i18n/translate';
import { fieldLabel, type AppealText, type AppealWording, type Situation } from '../../lib/appeal';
import CopyButton from './CopyButton';
import NextSteps, { type NextStepLinks } from './NextSteps';

interface Props {
	locale: 'zh' | 'en';
	situation: Situation;
	text: AppealText;
	strings: StringsWithPrefix<'appeal.'>;
	wording: AppealWording;
	/** Shown once the English text has been copied. */
	nextSteps: NextStepLinks | null;
	onEnglishCopied: () => void;
}

/** The composed appeal: the parts to paste, each with a copy button, then attachments and reminders. */
export default function AppealOutput({ locale, situation, text, strings, wording, nextSteps, onEnglishCopied }: Props) {
	const copyStrings = { copy: strings['appeal.copy'], copied: strings['appeal.copied'], failed: strings['appeal.copyFailed'] };
	const missing = text.missing.map((field) => fieldLabel(wording, situation, field)[locale]).join(locale === 'zh' ? '、' : ', ');

	return (
		<section class="appeal-output" aria-labelledby="appeal-output-heading">
			<h2 id="appeal-output-heading">{strings['appeal.outputHeading']}</h2>
			{text.warnings.map((warning) => (
				<p class="appeal-warning" key={`${warning.code}-${warning.field}`}>
					{strings[`appeal.warning.${warning.code}`]}
				</p>
			))}
			{missing && <p class="appeal-missing">{fillPlaceholders(strings['appeal.missing'], { fields: missing })}</p>}

			<div class="appeal-part">
				<div class="appeal-part-header">
					<h3>{strings['appeal.shortDescription']}</h3>
					<CopyButton text={text.shortDescription.en} label={strings['appeal.shortDescription']} strings={copyStrings} />
				</div>
				<p class="appeal-hint-line">{strings['appeal.shortDescriptionWhere']}</p>
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
						<h3>{strings['appeal.englishText']}</h3>
						<CopyButton text={text.english} label={strings['appeal.englishText']} strings={copyStrings} onCopied={onEnglishCopied} />
					</div>
					<div class="appeal-text" lang="en" data-testid="english-text" tabIndex={0}>
						{text.english}
					</div>
					<p class="appeal-count">{fillPlaceholders(strings['appeal.characters'], { count: String(text.characterCount) })}</p>
				</div>
				<div class="appeal-part">
					<div class="appeal-part-header">
						<h3>{strings['appeal.chineseText']}</h3>
						{/* A reading aid, never to be sent: no copy button of its own. */}
					</div>
					<div class="appeal-text" lang="zh-CN" data-testid="chinese-text" tabIndex={0}>
						{text.chinese}
					</div>
				</div>
			</div>
			{nextSteps && <NextSteps links={nextSteps} strings={{ heading: strings['appeal.next.heading'], intro: strings['appeal.next.intro'] }} />}

			<h3>{strings['appeal.attachments']}</h3>
			{text.attachments.length === 0 ? (
				<p>{strings['appeal.attachmentsNone']}</p>
			) : (
				<>
					<p>{strings['appeal.attachmentsIntro']}</p>
					<ul class="appeal-attachments">
						{text.attachments.map((item) => (
							<li key={item.id}>{item.label[locale]}</li>
						))}
					</ul>
				</>
			)}

			<h3>{strings['appeal.reminders']}</h3>
			<ul class="appeal-reminders">
				{text.reminders.map((reminder) => (
					<li key={reminder.en}>{reminder[locale]}</li>
				))}
			</ul>
		</section>
	);
}
