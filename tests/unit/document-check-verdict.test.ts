import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extensionOf, sniffFileKind, SNIFF_BYTES } from '../../src/lib/document-check/file-type';
import { documentRulesSchema, GUIDE_SECTIONS } from '../../src/lib/document-check/rule-set';
import { byUrgency, checkFileFacts, checkImage, checkStatedFacts, daysUntil, needsCameraLookup, overallStatus, undecodableImage, type VerdictLine } from '../../src/lib/document-check/verdict';
import { en } from '../../src/i18n/ui/en';
import { zh } from '../../src/i18n/ui/zh';
import { HEADS } from './document-check-images';

const rules = documentRulesSchema.parse(JSON.parse(readFileSync('src/content/rules/document-rules.json', 'utf8')));
const line = (lines: VerdictLine[], rule: string) => lines.find((candidate) => candidate.rule === rule);
const facts = (name: string, head: Uint8Array | null, size = 2_000_000) => ({ name, size, head });

describe('the rules file', () => {
	test('quotes Amazon’s US page for the official numbers', () => {
		expect(rules.official.acceptedExtensions).toEqual(['png', 'tiff', 'tif', 'jpg', 'jpeg', 'pdf']);
		expect(rules.official.maxBytes).toBe(10_000_000);
		expect(rules.official.forbiddenNameCharacters).toEqual(['$', '&', '#']);
		const source = rules.sources.find((candidate) => candidate.id === rules.official.source);
		expect(source?.url).toContain('itemID=ZQ9RTTZKQVHXMHF');
	});

	test('every source a rule or marketplace names exists, and every rule points to a guide section', () => {
		const ids = new Set(rules.sources.map((source) => source.id));
		expect([rules.official.source, ...rules.otherMarketplaces.map((entry) => entry.source)].filter((id) => !ids.has(id))).toEqual([]);
		expect(rules.rules.every((rule) => (GUIDE_SECTIONS as readonly string[]).includes(rule.section))).toBe(true);
	});
});

describe('file kind from the first bytes', () => {
	test.each(Object.entries({ jpeg: 'jpeg', png: 'png', tiff: 'tiff', tiffBigEndian: 'tiff', pdf: 'pdf', heic: 'heic', heif: 'heic', webp: 'webp', gif: 'gif', bmp: 'bmp', exe: 'executable', elf: 'executable', zip: 'zip', text: 'unknown' }))(
		'%s → %s',
		(head, kind) => {
			expect(sniffFileKind(HEADS[head as keyof typeof HEADS].slice(0, SNIFF_BYTES))).toBe(kind);
		},
	);

	test('short and empty heads are unknown, not an error', () => {
		expect(sniffFileKind(new Uint8Array())).toBe('unknown');
		expect(sniffFileKind(new Uint8Array([0xff, 0xd8]))).toBe('unknown');
	});

	test('extensions', () => {
		expect(extensionOf('Licence.JPG')).toBe('jpg');
		expect(extensionOf('archive.tar.gz')).toBe('gz');
		expect(extensionOf('.hidden')).toBe('');
		expect(extensionOf('noextension')).toBe('');
		expect(extensionOf('trailing.')).toBe('');
	});
});

describe('what is known before decoding', () => {
	test('a JPEG named .jpg under 10 MB passes format, size and name, and is measured', () => {
		const verdict = checkFileFacts(facts('licence.jpg', HEADS.jpeg), rules);
		expect(verdict.kind).toBe('jpeg');
		expect(verdict.lines.map(({ rule, status }) => [rule, status])).toEqual([
			['size', 'pass'],
			['format', 'pass'],
			['file-name', 'pass'],
		]);
		expect(verdict.measure).toBe(true);
	});

	test('a 12 MB photo fails the size, with both numbers, and is not decoded', () => {
		const verdict = checkFileFacts(facts('big.jpg', HEADS.jpeg, 12_000_000), rules);
		expect(line(verdict.lines, 'size')).toMatchObject({ status: 'fail', message: 'size-too-big', values: { size: '12', limit: '10' } });
		expect(verdict.measure).toBe(false);
		expect(verdict.lines.some((entry) => entry.message === 'too-big-not-measured')).toBe(true);
	});

	test('10,000,000 bytes is not “less than 10 MB”; one byte less is', () => {
		expect(line(checkFileFacts(facts('a.png', HEADS.png, 10_000_000), rules).lines, 'size')?.status).toBe('fail');
		expect(line(checkFileFacts(facts('a.png', HEADS.png, 9_999_999), rules).lines, 'size')?.status).toBe('pass');
	});

	test('a 500 MB file is judged on its size alone, from the first bytes', () => {
		const verdict = checkFileFacts(facts('huge.jpg', HEADS.jpeg, 500_000_000), rules);
		expect(line(verdict.lines, 'size')?.values?.size).toBe('500');
		expect(verdict.measure).toBe(false);
	});

	test('an empty file gets one line and nothing else', () => {
		expect(checkFileFacts(facts('empty.jpg', new Uint8Array(), 0), rules)).toEqual({ kind: null, lines: [expect.objectContaining({ status: 'fail', message: 'empty' })], measure: false });
	});

	test('a file that cannot be read (a folder, a file deleted meanwhile) is reported as unreadable', () => {
		expect(checkFileFacts(facts('folder', null, 4096), rules).lines).toEqual([expect.objectContaining({ status: 'fail', message: 'unreadable' })]);
	});

	test('a program renamed .jpg is reported as a program', () => {
		const verdict = checkFileFacts(facts('photo.jpg', HEADS.exe), rules);
		expect(verdict.kind).toBe('executable');
		expect(line(verdict.lines, 'format')).toMatchObject({ status: 'fail', message: 'format-executable' });
		expect(verdict.measure).toBe(false);
	});

	test.each(['heic', 'webp', 'gif', 'bmp', 'zip', 'text'] as const)('%s fails the format, whatever its name', (head) => {
		const verdict = checkFileFacts(facts('IMG_0001.jpg', HEADS[head]), rules);
		expect(line(verdict.lines, 'format')?.status).toBe('fail');
		expect(verdict.measure).toBe(false);
	});

	test('a JPEG named .png is accepted content under the wrong name: a warning that says which name to use', () => {
		expect(line(checkFileFacts(facts('scan.png', HEADS.jpeg), rules).lines, 'format')).toMatchObject({ status: 'warning', message: 'format-renamed', values: { kind: 'JPEG', extension: 'png', suggested: 'jpg' } });
		expect(line(checkFileFacts(facts('scan', HEADS.png), rules).lines, 'format')).toMatchObject({ status: 'warning', values: { extension: '—' } });
	});

	test('PDF and TIFF pass the format and say colour and sharpness are not checked', () => {
		for (const [name, head, message] of [['statement.pdf', HEADS.pdf, 'pdf-not-measured'], ['scan.tif', HEADS.tiff, 'tiff-not-measured']] as const) {
			const verdict = checkFileFacts(facts(name, head), rules);
			expect(line(verdict.lines, 'format')?.status).toBe('pass');
			expect(verdict.lines.some((entry) => entry.status === 'info' && entry.message === message)).toBe(true);
			expect(verdict.measure).toBe(false);
		}
	});

	test('$, & and # in the name fail, and the line names them', () => {
		expect(line(checkFileFacts(facts('bank & statement #2.pdf', HEADS.pdf), rules).lines, 'file-name')).toMatchObject({ status: 'fail', values: { characters: '& #' } });
		expect(line(checkFileFacts(facts('营业执照（正本）.jpg', HEADS.jpeg), rules).lines, 'file-name')?.status).toBe('pass');
	});
});

describe('a decoded image', () => {
	const measured = { width: 4032, height: 3024, colourShare: 0.2, sharpness: 400 };
	test('a large, sharp colour photo passes everything', () => {
		expect(checkImage(measured, rules).map((entry) => entry.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
	});
	test('no colour fails; small and blurred warn', () => {
		const lines = checkImage({ width: 640, height: 480, colourShare: 0, sharpness: 12 }, rules);
		expect(line(lines, 'colour')?.status).toBe('fail');
		expect(line(lines, 'resolution')).toMatchObject({ status: 'warning', values: { width: '640', height: '480', min: '1000' } });
		expect(line(lines, 'sharpness')?.status).toBe('warning');
	});
	test('a screen-shaped image warns unless the file names a camera; missing camera details alone never warn', () => {
		const phoneScreen = { ...measured, width: 1170, height: 2532 };
		expect(needsCameraLookup(1170, 2532, rules)).toBe(true);
		expect(line(checkImage(phoneScreen, rules), 'screenshot')?.status).toBe('warning');
		expect(line(checkImage({ ...phoneScreen, cameraNamed: false }, rules), 'screenshot')?.status).toBe('warning');
		expect(line(checkImage({ ...phoneScreen, cameraNamed: true }, rules), 'screenshot')?.status).toBe('pass');
		expect(needsCameraLookup(4032, 3024, rules)).toBe(false);
		expect(line(checkImage({ ...measured, cameraNamed: false }, rules), 'screenshot')?.status).toBe('pass');
	});
});

describe('what the reader states', () => {
	const today = '2026-12-01';
	test('days between dates, and impossible dates', () => {
		expect(daysUntil('2026-12-31', today)).toBe(30);
		expect(daysUntil('2026-11-30', today)).toBe(-1);
		expect(daysUntil('2027-02-29', today)).toBeNull();
		expect(daysUntil('31/12/2026', today)).toBeNull();
	});
	test('expired fails, expiring within 30 days warns, later passes, “no expiry” (长期) is an answer', () => {
		const expiry = (date: string) => checkStatedFacts('id-card', { expiry: date }, today, rules)[0];
		expect(expiry('2026-11-30')).toMatchObject({ status: 'fail', message: 'expiry-past' });
		expect(expiry('2026-12-01')).toMatchObject({ status: 'warning', message: 'expiry-soon', values: { days: '0' } });
		expect(expiry('2026-12-31')).toMatchObject({ status: 'warning' });
		expect(expiry('2027-01-01')).toMatchObject({ status: 'pass' });
		expect(expiry('none')).toMatchObject({ status: 'pass', message: 'expiry-none' });
	});
	test('a name or address that does not match fails; unanswered questions give no line', () => {
		expect(checkStatedFacts('passport', { nameMatches: 'no' }, today, rules)).toEqual([expect.objectContaining({ status: 'fail', message: 'name-no' })]);
		expect(checkStatedFacts('bank-statement', { addressMatches: 'yes' }, today, rules)).toEqual([expect.objectContaining({ status: 'pass', section: 'proof-of-address' })]);
		expect(checkStatedFacts('business-licence', {}, today, rules)).toEqual([]);
	});
	test('questions that do not belong to the document are ignored', () => {
		expect(checkStatedFacts('bank-statement', { expiry: '2020-01-01', nameMatches: 'no' }, today, rules)).toEqual([]);
	});
});

test('the overall status is the worst line, and lines sort worst first', () => {
	const lines: VerdictLine[] = [
		{ rule: 'a', status: 'info', message: 'x', section: 'checklist' },
		{ rule: 'b', status: 'pass', message: 'x', section: 'checklist' },
		{ rule: 'c', status: 'warning', message: 'x', section: 'checklist' },
	];
	expect(overallStatus(lines)).toBe('warning');
	expect(overallStatus([...lines, { rule: 'd', status: 'fail', message: 'x', section: 'checklist' }])).toBe('fail');
	expect(overallStatus(lines.slice(0, 1))).toBe('pass');
	expect(byUrgency(lines).map((entry) => entry.rule)).toEqual(['c', 'b', 'a']);
});

test('every message the verdicts can give has words in both languages', () => {
	const today = '2026-12-01';
	const produced = new Set<string>();
	const heads = Object.values(HEADS);
	for (const head of heads) for (const name of ['a.jpg', 'a$.png', 'x']) for (const size of [0, 1000, 20_000_000]) checkFileFacts(facts(name, head, size), rules).lines.forEach((entry) => produced.add(entry.message));
	checkFileFacts(facts('a', null), rules).lines.forEach((entry) => produced.add(entry.message));
	for (const colourShare of [0, 1]) for (const side of [100, 3000]) for (const sharpness of [1, 1000]) for (const cameraNamed of [true, false, undefined])
		checkImage({ width: side, height: side * 2.2, colourShare, sharpness, cameraNamed }, rules).forEach((entry) => produced.add(entry.message));
	produced.add(undecodableImage().message);
	for (const expiry of ['none', '2000-01-01', '2026-12-05', '2030-01-01', '2026-02-30']) for (const answer of ['yes', 'no'] as const)
		checkStatedFacts('business-licence', { expiry, nameMatches: answer, addressMatches: answer }, today, rules).forEach((entry) => produced.add(entry.message));
	const missing = [...produced].flatMap((message) => [en, zh].filter((table) => !(`docCheck.line.${message}` in table)).map(() => message));
	expect(missing).toEqual([]);
	expect(produced.size).toBeGreaterThan(25);
});
