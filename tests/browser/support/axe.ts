import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Runs axe-core on the page and returns one line per violation ("rule: target"). The page's
 * context needs `bypassCSP: true`: the site's policy rightly refuses the injected script.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: axePath });
	const violations = await page.evaluate(async () => {
		const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
		return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
	});
	return violations;
}
