import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';

// The rules are in .htmlvalidate.json; the README says why a few are changed.
const validator = new HtmlValidate(new FileSystemConfigLoader());

test.each(['dist', 'dist-subpath'])('every HTML file in %s/ is valid HTML', async (outDir) => {
	const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
	expect(files.length).toBeGreaterThanOrEqual(30);
	// The configuration is found and in force: a paragraph holding a block is reported.
	const probe = await validator.validateString('<!doctype html><html lang="en"><head><title>t</title></head><body><p><div></div></p></body></html>', join(outDir, 'probe.html'));
	expect(probe.valid).toBe(false);
	const problems: string[] = [];
	for (const file of files) {
		const report = await validator.validateFile(join(outDir, file));
		for (const result of report.results) {
			for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`);
		}
	}
	expect(problems).toEqual([]);
});
