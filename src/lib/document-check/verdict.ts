/**
 * The document check's verdicts: from what is known about a file (its size, name, first bytes,
 * pixel measurements) and what the reader states about the document, a list of lines, each
 * pass / warning / fail / info, with the guide section and the source that set the rule.
 * Every line names a message key of the UI tables (`docCheck.line.*`) and the values to fill in.
 */
import { EXTENSIONS_OF, MEASURABLE_KINDS, extensionOf, sniffFileKind, type FileKind } from './file-type';
import { hasScreenShape, type ImageMeasurements } from './measure-image';
import type { DocumentRules } from './rule-set';

export const STATUSES = ['fail', 'warning', 'pass', 'info'] as const;
export type Status = (typeof STATUSES)[number];

export const DOCUMENT_TYPES = ['id-card', 'passport', 'business-licence', 'bank-statement', 'credit-card-statement', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface VerdictLine {
	/** The rule in the rules file the line is about (its `id`), or a site threshold's. */
	rule: string;
	status: Status;
	/** Key in the UI tables, below `docCheck.line.`. */
	message: string;
	values?: Record<string, string> | undefined;
	/** Heading id in the document-requirements guide. */
	section: string;
	/** Source id in the rules file, for official rules. */
	source?: string;
}

/** What is known about a file before it is decoded. `head` is null when the file could not be read. */
export interface FileFacts {
	name: string;
	size: number;
	head: Uint8Array | null;
}

export interface FileVerdict {
	kind: FileKind | null;
	lines: VerdictLine[];
	/** Whether the image should be decoded and measured. */
	measure: boolean;
}

type Rules = Pick<DocumentRules, 'official' | 'site'>;

const megabytes = (bytes: number) => (bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 });

/** Checks what can be known without decoding: readability, size, type and name. Reads nothing itself. */
export function checkFileFacts(facts: FileFacts, rules: Rules): FileVerdict {
	const { official } = rules;
	const officialLine = (rule: string, status: Status, message: string, values?: Record<string, string>): VerdictLine => ({
		rule,
		status,
		message,
		values,
		section: 'checklist',
		source: official.source,
	});
	const lines: VerdictLine[] = [];
	const limit = { limit: megabytes(official.maxBytes) };

	if (facts.size === 0) return { kind: null, lines: [officialLine('size', 'fail', 'empty')], measure: false };
	if (!facts.head) return { kind: null, lines: [{ rule: 'format', status: 'fail', message: 'unreadable', section: 'checklist' }], measure: false };

	const withinSize = facts.size < official.maxBytes;
	lines.push(officialLine('size', withinSize ? 'pass' : 'fail', withinSize ? 'size-ok' : 'size-too-big', { size: megabytes(facts.size), ...limit }));

	const kind = sniffFileKind(facts.head);
	const extension = extensionOf(facts.name);
	const accepted = EXTENSIONS_OF[kind]?.filter((candidate) => official.acceptedExtensions.includes(candidate)) ?? [];
	if (accepted.length === 0) {
		lines.push(officialLine('format', 'fail', `format-${kind}`, { extension: extension || '—' }));
	} else if (!accepted.includes(extension)) {
		// The content is accepted but the name says otherwise: the upload form may go by the name.
		lines.push(officialLine('format', 'warning', 'format-renamed', { kind: KIND_NAMES[kind], extension: extension || '—', suggested: accepted[0]! }));
	} else {
		lines.push(officialLine('format', 'pass', 'format-ok', { kind: KIND_NAMES[kind] }));
	}

	const forbidden = official.forbiddenNameCharacters.filter((character) => facts.name.includes(character));
	lines.push(officialLine('file-name', forbidden.length ? 'fail' : 'pass', forbidden.length ? 'name-characters' : 'name-ok', { characters: forbidden.join(' ') }));

	const measurable = MEASURABLE_KINDS.includes(kind) && accepted.length > 0;
	if (!measurable && accepted.length > 0) lines.push({ rule: 'colour', status: 'info', message: kind === 'pdf' ? 'pdf-not-measured' : 'tiff-not-measured', section: 'checklist' });
	if (measurable && !withinSize) lines.push({ rule: 'colour', status: 'info', message: 'too-big-not-measured', section: 'checklist', values: limit });
	return { kind, lines, measure: measurable && withinSize };
}

/** Names of kinds as a reader knows them (the same in both languages). */
export const KIND_NAMES: Record<FileKind, string> = {
	jpeg: 'JPEG',
	png: 'PNG',
	tiff: 'TIFF',
	pdf: 'PDF',
	heic: 'HEIC',
	webp: 'WebP',
	gif: 'GIF',
	bmp: 'BMP',
	executable: 'EXE',
	zip: 'ZIP',
	unknown: '?',
};

/** The lines for a decoded image. */
export function checkImage(measurements: ImageMeasurements, rules: Rules): VerdictLine[] {
	const { site, official } = rules;
	const { width, height } = measurements;
	const shortSide = Math.min(width, height);
	const size = { width: String(width), height: String(height) };
	const lines: VerdictLine[] = [];

	const colour = measurements.colourShare >= site.minColourShare;
	lines.push({ rule: 'colour', status: colour ? 'pass' : 'fail', message: colour ? 'colour-ok' : 'colour-none', section: 'checklist', source: official.source });

	const largeEnough = shortSide >= site.minShortSidePx;
	lines.push({
		rule: 'resolution',
		status: largeEnough ? 'pass' : 'warning',
		message: largeEnough ? 'resolution-ok' : 'resolution-small',
		values: { ...size, min: String(site.minShortSidePx) },
		section: 'taking-photos',
	});

	const sharp = measurements.sharpness >= site.minSharpness;
	lines.push({
		rule: 'sharpness',
		status: sharp ? 'pass' : 'warning',
		message: sharp ? 'sharpness-ok' : 'sharpness-low',
		values: { score: String(Math.round(measurements.sharpness)), min: String(site.minSharpness) },
		section: 'taking-photos',
	});

	// Phones and WeChat strip camera details from photos, so only a screen's shape can raise this, and a named camera lowers it again.
	const screenLike = hasScreenShape(width, height, site) && measurements.cameraNamed !== true;
	lines.push({
		rule: 'screenshot',
		status: screenLike ? 'warning' : 'pass',
		message: screenLike ? 'screenshot-likely' : 'screenshot-ok',
		values: size,
		section: 'checklist',
		source: official.source,
	});
	return lines;
}

/** The line for an image the browser could not decode (damaged, cut short): it replaces the image lines. */
export function undecodableImage(): VerdictLine {
	return { rule: 'format', status: 'fail', message: 'decode-failed', section: 'checklist' };
}

/** Whether the camera details should be looked up: only an image shaped like a screen needs them. */
export function needsCameraLookup(width: number, height: number, rules: Rules): boolean {
	return hasScreenShape(width, height, rules.site);
}

/** What the reader says about the document; undefined means not answered yet. */
export interface StatedFacts {
	/** A date as YYYY-MM-DD, or 'none' when the document has no expiry date (长期). */
	expiry?: string | undefined;
	nameMatches?: 'yes' | 'no' | undefined;
	addressMatches?: 'yes' | 'no' | undefined;
}

export type Question = 'expiry' | 'nameMatches' | 'addressMatches';

/** The questions worth asking about each kind of document. */
export const QUESTIONS_FOR: Record<DocumentType, readonly Question[]> = {
	'id-card': ['expiry', 'nameMatches'],
	passport: ['expiry', 'nameMatches'],
	'business-licence': ['expiry', 'nameMatches', 'addressMatches'],
	'bank-statement': ['addressMatches'],
	'credit-card-statement': ['addressMatches'],
	other: ['expiry'],
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days from `today` to `date` (both YYYY-MM-DD); null if either is not a real date. */
export function daysUntil(date: string, today: string): number | null {
	const day = (text: string) => {
		const match = ISO_DATE.exec(text);
		if (!match) return null;
		const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
		const time = Date.UTC(year, month - 1, dayOfMonth);
		const back = new Date(time);
		// Date.UTC rolls 31 February over into March; a date that rolls over is not a date.
		return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === dayOfMonth ? time : null;
	};
	const [end, start] = [day(date), day(today)];
	return end === null || start === null ? null : Math.round((end - start) / 86_400_000);
}

/** The lines for what the reader stated; questions not asked for this document or not answered give none. */
export function checkStatedFacts(type: DocumentType, stated: StatedFacts, today: string, rules: Pick<DocumentRules, 'official' | 'site'>): VerdictLine[] {
	const asked = QUESTIONS_FOR[type];
	const source = rules.official.source;
	const lines: VerdictLine[] = [];
	if (asked.includes('expiry') && stated.expiry) {
		const section = type === 'business-licence' ? 'business-licence' : 'identity-document';
		if (stated.expiry === 'none') {
			lines.push({ rule: 'expiry', status: 'pass', message: 'expiry-none', section, source });
		} else {
			const days = daysUntil(stated.expiry, today);
			if (days === null) lines.push({ rule: 'expiry', status: 'warning', message: 'expiry-invalid', section });
			else if (days < 0) lines.push({ rule: 'expiry', status: 'fail', message: 'expiry-past', values: { date: stated.expiry }, section, source });
			else if (days <= rules.site.expiringSoonDays) lines.push({ rule: 'expiry', status: 'warning', message: 'expiry-soon', values: { date: stated.expiry, days: String(days) }, section });
			else lines.push({ rule: 'expiry', status: 'pass', message: 'expiry-ok', values: { date: stated.expiry }, section, source });
		}
	}
	if (asked.includes('nameMatches') && stated.nameMatches) {
		const section = type === 'business-licence' ? 'business-licence' : 'identity-document';
		lines.push({ rule: 'matches', status: stated.nameMatches === 'yes' ? 'pass' : 'fail', message: `name-${stated.nameMatches}`, section, source });
	}
	if (asked.includes('addressMatches') && stated.addressMatches) {
		const section = type === 'business-licence' ? 'business-licence' : 'proof-of-address';
		lines.push({ rule: 'matches', status: stated.addressMatches === 'yes' ? 'pass' : 'fail', message: `address-${stated.addressMatches}`, section, source });
	}
	return lines;
}

/** The worst status among lines: what the file's heading shows. Info lines never count. */
export function overallStatus(lines: readonly VerdictLine[]): Exclude<Status, 'info'> {
	if (lines.some((line) => line.status === 'fail')) return 'fail';
	if (lines.some((line) => line.status === 'warning')) return 'warning';
	return 'pass';
}

/** Lines in the order a reader should act on them: failures first, then warnings, passes, notes. */
export function byUrgency(lines: readonly VerdictLine[]): VerdictLine[] {
	return [...lines].sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status));
}
