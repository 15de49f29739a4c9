import { useRef, useState } from 'preact/hooks';
import { fillPlaceholders } from '../../i18n/fill';
import type { StringsWithPrefix } from '../../i18n/translate';
import { checkMessage, checkPastedText, type EmailCheckResult, type GenuineDomain } from '../../lib/email-check/check-email';
import { classifyDroppedFile, MAX_CHECKED_CHARACTERS, partsFromParsedEmail } from '../../lib/email-check/message-parts';
import { parseSavedEmail, SAVED_EMAIL_KEY, serializeSavedEmail } from '../../lib/email-check/saved-state';
import { useSessionState, type SessionStore } from '../use-session-state';
import EmailCheckReport, { type GuideLinks } from './EmailCheckReport';
import '../../styles/buttons.css';
import './EmailChecker.css';

interface Props {
	strings: StringsWithPrefix<'emailCheck.'>;
	/** Amazon's genuine domains with their sources, from src/content/rules. */
	genuine: GenuineDomain[];
	links: GuideLinks;
}

type Problem = 'empty' | 'binary' | 'fileTooLarge' | 'unreadableFile' | 'loadFailed';
const MAX_FILE_BYTES = 25 * 1024 * 1024;
const count = new Intl.NumberFormat('en-US');

const SAVED_EMAIL: SessionStore<string> = { key: SAVED_EMAIL_KEY, empty: () => '', parse: parseSavedEmail, serialize: serializeSavedEmail };

// The public-suffix list is most of the checker's weight: it is fetched when the reader first checks.
const loadDomainTools = () => import('../../lib/email-check/domain-tools').then((module) => module.domainTools);

/**
 * The e-mail checker. The rules are in src/lib/email-check; this component keeps the pasted text
 * (per tab, never in the address), loads the domain tools and the .eml parser on first use, and
 * shows the report.
 */
export default function EmailChecker({ strings, genuine, links }: Props) {
	const [text, setText, ready] = useSessionState(SAVED_EMAIL);
	const [result, setResult] = useState<EmailCheckResult | null>(null);
	const [problem, setProblem] = useState<Problem | null>(null);
	const [busy, setBusy] = useState(false);
	const [notice, setNotice] = useState('');
	/** Characters in a paste that was cut to what the box keeps, or 0. */
	const [cutFrom, setCutFrom] = useState(0);
	const field = useRef<HTMLTextAreaElement>(null);

	// Controls that need JavaScript appear only when it runs; the checklist works without. The note
	// stays in the server's HTML so a client:visible island has something on screen to be seen by.
	if (!ready)
		return (
			<div class="email-check">
				<p class="email-check-privacy">{strings['emailCheck.privacy']}</p>
			</div>
		);

	const run = async (check: () => Promise<EmailCheckResult | Problem>, after = '') => {
		setBusy(true);
		setProblem(null);
		try {
			const outcome = await check();
			if (typeof outcome === 'string') {
				setProblem(outcome);
				setResult(null);
			} else {
				setResult(outcome);
				setNotice(after);
			}
		} catch {
			setProblem('loadFailed');
		} finally {
			setBusy(false);
		}
	};

	const checkText = () =>
		run(async () => {
			if (text.trim() === '') return 'empty';
			return checkPastedText(text, genuine, await loadDomainTools());
		});

	const checkFile = (file: File) =>
		run(async () => {
			if (file.size > MAX_FILE_BYTES) return 'fileTooLarge';
			const dropped = classifyDroppedFile(new Uint8Array(await file.arrayBuffer()));
			if (dropped.kind === 'binary') return 'binary';
			const tools = await loadDomainTools();
			if (dropped.kind === 'text') return checkPastedText(dropped.text, genuine, tools);
			const { default: PostalMime } = await import('postal-mime');
			const email = await PostalMime.parse(dropped.bytes).catch(() => null);
			if (!email) return 'unreadableFile';
			return checkMessage(partsFromParsedEmail(email), genuine, tools);
		}, fillPlaceholders(strings['emailCheck.checkedFile'], { name: file.name }));

	const clear = () => {
		setText('');
		setCutFrom(0);
		setResult(null);
		setProblem(null);
		setNotice(strings['emailCheck.cleared']);
		field.current?.focus();
	};

	return (
		<div class="email-check">
			<p class="email-check-privacy">{strings['emailCheck.privacy']}</p>
			<form
				class="email-check-form"
				onSubmit={(event) => {
					event.preventDefault();
					void checkText();
				}}
			>
				<label for="email-check-input">{strings['emailCheck.inputLabel']}</label>
				<p id="email-check-hint" class="email-check-hint">
					{strings['emailCheck.inputHint']} {strings['emailCheck.dropHint']}
				</p>
				<textarea
					id="email-check-input"
					ref={field}
					rows={8}
					value={text}
					spellcheck={false}
					maxLength={MAX_CHECKED_CHARACTERS}
					autocomplete="off"
					aria-describedby={problem ? 'email-check-problem email-check-hint' : 'email-check-hint'}
					aria-invalid={problem === 'empty' ? 'true' : undefined}
					onInput={(event) => setText(event.currentTarget.value)}
					onPaste={(event) => {
						const pasted = event.clipboardData?.getData('text/plain') ?? '';
						const box = event.currentTarget;
						const combined = box.value.slice(0, box.selectionStart) + pasted + box.value.slice(box.selectionEnd);
						if (combined.length <= MAX_CHECKED_CHARACTERS) return;
						event.preventDefault();
						setText(combined.slice(0, MAX_CHECKED_CHARACTERS));
						setCutFrom(combined.length);
					}}
					onDragOver={(event) => event.preventDefault()}
					onDrop={(event) => {
						const file = event.dataTransfer?.files[0];
						if (!file) return;
						event.preventDefault();
						void checkFile(file);
					}}
				/>
				{cutFrom > 0 && (
					<p id="email-check-cut" class="email-check-note" role="status">
						{fillPlaceholders(strings['emailCheck.cut'], { count: count.format(cutFrom), max: count.format(MAX_CHECKED_CHARACTERS) })}
					</p>
				)}
				{problem && (
					<p id="email-check-problem" class="email-check-error" role="alert">
						{strings[`emailCheck.error.${problem}`]}
					</p>
				)}
				<div class="email-check-actions">
					<button type="submit" class="button button-primary" disabled={busy}>
						{busy ? strings['emailCheck.checking'] : strings['emailCheck.check']}
					</button>
					<label class="email-check-file">
						<span>{strings['emailCheck.fileLabel']}</span>
						<input
							type="file"
							accept=".eml,message/rfc822,text/plain"
							onChange={(event) => {
								const file = event.currentTarget.files?.[0];
								if (file) void checkFile(file);
								event.currentTarget.value = '';
							}}
						/>
					</label>
					<button type="button" class="button button-quiet" onClick={clear}>
						{strings['emailCheck.clear']}
					</button>
				</div>
			</form>
			<p role="status" class="sr-only">
				{busy ? strings['emailCheck.checking'] : notice}
			</p>
			{result && <EmailCheckReport result={result} strings={strings} links={links} />}
		</div>
	);
}
