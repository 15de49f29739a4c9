import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

// The UI string tables are typed against each other, so this is also the check that no
// translation is missing.
test('the project type-checks (astro check), UI strings included', { timeout: 180_000 }, async () => {
	const result = await promisify(execFile)('astro', ['check'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }).catch(
		(error: { stdout: string; stderr: string }) => ({ stdout: error.stdout, stderr: error.stderr, failed: true })
	);
	expect('failed' in result ? `${result.stdout}\n${result.stderr}` : '').toBe('');
	expect(result.stdout).toMatch(/- 0 errors/);
});
