import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fillPlaceholders } from '../../i18n/fill';
import { checkFileFacts, checkImage, checkStatedFacts, overallStatus, undecodableImage, type DocumentRules } from '../../lib/document-check';
import FilePicker from './FilePicker';
import FileResult from './FileResult';
import FixSummary from './FixSummary';
import { measureFile, readHead } from './read-file';
import type { CheckedFile, Strings } from './types';
import '../../styles/buttons.css';
import '../../styles/choices.css';
import './document-check.css';


interface Props {
	locale: 'zh' | 'en';
	strings: Strings;
	rules: Pick<DocumentRules, 'official' | 'site'>;
	/** Source id → address, for the links on verdict lines. */
	sourceUrls: Record<string, string>;
	/** The document-requirements guide, with the site's base path. */
	guideHref: string;
}

/** A file the reader chose, what was found in it, and what they said about it. */
/** Today in the reader's own time zone, as YYYY-MM-DD. */
function localToday(): string {
	const now = new Date();
	return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

/**
 * The document check. Files are checked one after another, in the page, with what
 * src/lib/document-check decides; this component keeps the list and shows it. Nothing is stored:
 * closing the tab forgets everything.
 */
export default function DocumentCheck({ locale, strings, rules, sourceUrls, guideHref }: Props) {
	// The controls need JavaScript, so they appear only once it runs; the page's checklist stands in until then.
	const [ready, setReady] = useState(false);
	const [files, setFiles] = useState<CheckedFile[]>([]);
	const [notices, setNotices] = useState<string[]>([]);
	const [announcement, setAnnouncement] = useState('');
	const nextId = useRef(1);
	const queue = useRef<Promise<void>>(Promise.resolve());
	const today = useMemo(localToday, []);
	useEffect(() => setReady(true), []);

	const update = (id: number, changes: Partial<CheckedFile>) => setFiles((current) => current.map((file) => (file.id === id ? { ...file, ...changes } : file)));

	const check = async (id: number, file: File) => {
		setAnnouncement(fillPlaceholders(strings['docCheck.checking'], { name: file.name }));
		// The size is known without reading; only the first bytes are read, then at most a downscaled decode.
		const verdict = checkFileFacts({ name: file.name, size: file.size, head: file.size > 0 ? await readHead(file) : new Uint8Array() }, rules);
		let lines = verdict.lines;
		if (verdict.measure) {
			const measured = await measureFile(file, rules);
			lines = [...lines, ...(measured ? checkImage(measured, rules) : [undecodableImage()])];
		}
		update(id, { lines, checking: false });
		setAnnouncement(fillPlaceholders(strings['docCheck.checked'], { name: file.name, status: strings[`docCheck.overall.${overallStatus(lines)}`] }));
	};

	const add = (chosen: File[], folders: string[]) => {
		const max = rules.site.maxFilesAtOnce;
		setNotices([
			...folders.map((name) => fillPlaceholders(strings['docCheck.folder'], { name })),
			...(chosen.length > max ? [fillPlaceholders(strings['docCheck.tooMany'], { count: String(chosen.length), max: String(max) })] : []),
		]);
		const entries = chosen.slice(0, max).map((file) => ({ file, id: nextId.current++ }));
		setFiles((current) => [...current, ...entries.map(({ file, id }): CheckedFile => ({ id, name: file.name, size: file.size, type: '', stated: {}, checking: true, lines: [] }))]);
		// One file at a time, so a batch never competes with itself; earlier results stay as they are.
		for (const { file, id } of entries) queue.current = queue.current.then(() => check(id, file)).catch(() => update(id, { checking: false, lines: [undecodableImage()] }));
	};

	// The button pressed goes away with its file: the focus goes back to the file input, not to the page's start.
	const focusInput = () => document.getElementById('doc-check-input')?.focus();
	const remove = (id: number) => {
		const removed = files.find((file) => file.id === id);
		setFiles((current) => current.filter((file) => file.id !== id));
		if (removed) setAnnouncement(fillPlaceholders(strings['docCheck.removed'], { name: removed.name }));
		focusInput();
	};
	const clear = () => {
		setFiles([]);
		setNotices([]);
		setAnnouncement(strings['docCheck.cleared']);
		focusInput();
	};

	const shown = files.map((file) => ({ file, lines: [...file.lines, ...(file.type ? checkStatedFacts(file.type, file.stated, today, rules) : [])] }));

	if (!ready) return <div class="doc-check" />;
	return (
		<div class="doc-check">
			<p class="doc-check-privacy">{strings['docCheck.privacy']}</p>
			<FilePicker strings={strings} onFiles={add} />
			{notices.length > 0 && (
				<ul class="doc-check-notices">
					{notices.map((notice) => (
						<li key={notice}>{notice}</li>
					))}
				</ul>
			)}
			{files.length > 0 && (
				<section class="doc-check-files" aria-labelledby="doc-check-files-heading">
					<h2 id="doc-check-files-heading">{strings['docCheck.filesHeading']}</h2>
					{shown.map(({ file, lines }) => (
						<FileResult
							key={file.id}
							locale={locale}
							file={file}
							lines={lines}
							strings={strings}
							sourceUrls={sourceUrls}
							guideHref={guideHref}
							onChange={(changes) => update(file.id, changes)}
							onRemove={() => remove(file.id)}
						/>
					))}
					<p>
						<button type="button" class="button button-quiet" onClick={clear}>
							{strings['docCheck.clearAll']}
						</button>
					</p>
				</section>
			)}
			{shown.some(({ file }) => !file.checking) && <FixSummary locale={locale} files={shown.filter(({ file }) => !file.checking)} strings={strings} />}
			<p role="status" class="sr-only">
				{announcement}
			</p>
		</div>
	);
}
