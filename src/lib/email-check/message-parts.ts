/** A message as the checker reads it: header fields (names in lower case) and the text that may hold links. */
export interface HeaderField {
	name: string;
	value: string;
}
export interface MessageParts {
	headers: HeaderField[];
	body: string;
}

/**
 * What is kept and checked of a paste; headers come first, so a longer paste loses only body text.
 * Also what a text box can hold and stay usable: browsers lay out megabytes of text for minutes.
 */
export const MAX_CHECKED_CHARACTERS = 100_000;

const HEADER_LINE = /^([A-Za-z][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)$/;
const URL_START = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Splits a paste into header fields and the rest. Pasted headers are unfolded (a line that starts
 * with a space or tab continues the field above); the first blank line, or the first line that is
 * not a header, starts the body. A paste with no header line at all is all body: an address, a link.
 */
export function partsFromText(text: string): MessageParts {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const headers: HeaderField[] = [];
	let index = 0;
	while (index < lines.length && lines[index]!.trim() === '') index++;
	for (; index < lines.length; index++) {
		const line = lines[index]!;
		const field = URL_START.test(line) ? null : HEADER_LINE.exec(line);
		if (field) headers.push({ name: field[1]!.toLowerCase(), value: field[2]!.trim() });
		else if (/^[ \t]/.test(line) && headers.length > 0 && line.trim() !== '') headers.at(-1)!.value += ` ${line.trim()}`;
		else break;
	}
	return { headers, body: lines.slice(index).join('\n') };
}

/** The fields of a message parsed by postal-mime, in the same shape as a paste's. */
export interface ParsedEmail {
	headers: { key: string; value: string }[];
	html?: string | undefined;
	text?: string | undefined;
}

export function partsFromParsedEmail(email: ParsedEmail): MessageParts {
	return {
		headers: email.headers.map(({ key, value }) => ({ name: key.toLowerCase(), value })),
		body: [email.html ?? '', email.text ?? ''].join('\n'),
	};
}

/** True when text is not something a person could have typed or an e-mail program saved: NULs, many control characters. */
export function looksBinary(text: string): boolean {
	const sample = text.slice(0, 8192);
	if (sample.includes('\u0000')) return true;
	const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
	return sample.length > 0 && controls / sample.length > 0.05;
}

/** What a dropped file holds: a message to parse, text to read as a paste, or bytes that are no e-mail. */
export type DroppedFile = { kind: 'message'; bytes: Uint8Array } | { kind: 'text'; text: string } | { kind: 'binary' };

export function classifyDroppedFile(bytes: Uint8Array): DroppedFile {
	// A UTF-16 text file (Windows Notepad saves so) has NULs between ASCII letters but is text.
	const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
	if (utf16) {
		const text = new TextDecoder(utf16).decode(bytes);
		return looksBinary(text) ? { kind: 'binary' } : { kind: 'text', text };
	}
	const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 8192));
	return looksBinary(head) ? { kind: 'binary' } : { kind: 'message', bytes };
}
