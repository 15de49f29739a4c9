import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/**
 * Readers share links to sections, so an id that a built page once had must stay on that page.
 * tests/fixtures/page-ids.json lists every id of every page as built before the guides moved from
 * Markdown to MDX; new ids may appear, none may go.
 */
const before: Record<string, string[]> = JSON.parse(readFileSync('tests/fixtures/page-ids.json', 'utf8'));

function idsOf(page: string): Set<string> {
	const file = join('dist', page.endsWith('/') ? `${page}index.html` : page);
	return new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

test('the list of earlier ids covers the guides in both languages', () => {
	expect(before['/zh/appeal/']).toContain('video-call');
	expect(before['/en/faq/']?.length).toBeGreaterThan(10);
});

test.each(Object.keys(before))('%s keeps every id it had', (page) => {
	const now = idsOf(page);
	expect(before[page]!.filter((id) => !now.has(id))).toEqual([]);
});
