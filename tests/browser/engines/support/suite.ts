import { afterAll, describe, expect, inject, test } from 'vitest';
import { startChromium } from './chromium';
import type { Engine, EngineName, EnginePage } from './engine';
import { startFirefox } from './firefox';
import { startWebKit } from './webkit';

/** The built site under test (dist/, served by tests/browser/support/serve-builds.ts). */
export interface Site {
	/** The absolute URL of a site-relative path: at('/zh/appeal/'). */
	at(path: string): string;
}

/**
 * One thing a reader does, written once against EnginePage and run in every engine. A flow throws
 * (or fails an expect) when the page does not work; the suite also fails it when the engine
 * reported a script error meanwhile.
 */
export interface Flow {
	name: string;
	/** false: the flow runs in a browser with scripts off. */
	javaScript?: boolean;
	run(page: EnginePage, site: Site): Promise<void>;
}

/** Every flow in tests/browser/engines/flows/: each file exports `flows`, so a new checker adds a file. */
const flowModules = import.meta.glob<{ flows: Flow[] }>('../flows/*.ts', { eager: true });
const allFlows = Object.values(flowModules).flatMap((module) => module.flows);
/** Flows with scripts off come last, so WebKit, which holds one session at a time, switches once. */
export const flows = [...allFlows.filter((flow) => flow.javaScript !== false), ...allFlows.filter((flow) => flow.javaScript === false)];

const start: Record<EngineName, () => Promise<Engine>> = { chromium: startChromium, firefox: startFirefox, webkit: startWebKit };

/** Registers every flow as a test in `name`. An engine that cannot start fails every test with the reason. */
export function crossEngineSuite(name: EngineName) {
	const siteUrl = inject('rootSiteUrl');
	const site: Site = { at: (path) => new URL(path.replace(/^\//, ''), siteUrl).href };
	describe(`in ${name}`, () => {
		// Started by the first flow, not in beforeAll: Vitest would report the flows as skipped if a
		// hook failed. This way an engine that cannot start fails every flow with the reason.
		let engine: Promise<Engine> | undefined;
		const running = () => (engine ??= start[name]());
		afterAll(async () => {
			await (await engine?.catch(() => undefined))?.close();
		});
		for (const flow of flows) {
			test(flow.name, { timeout: 240_000 }, async () => {
				const page = await (await running()).newPage({ javaScript: flow.javaScript ?? true });
				try {
					await flow.run(page, site);
					expect(await page.scriptErrors()).toEqual([]);
				} finally {
					await page.close();
				}
			});
		}
	});
}
