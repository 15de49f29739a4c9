import { expect } from 'vitest';
import { builtGuides, builtPages } from '../../support/site-pages';
import type { EnginePage } from './engine';

/** A wait, not a timing check: WebKit under xvfb on two busy cores can take a while to hydrate or search. */
const WAIT = { timeout: 30_000, interval: 200 };

/** Polls `fn` in the page until its result passes `check`, and returns that result. */
export async function waitUntil<Args extends unknown[], Result>(
	page: EnginePage,
	check: (value: Awaited<Result>) => boolean,
	fn: (...args: Args) => Result,
	...args: Args
): Promise<Awaited<Result>> {
	let last: Awaited<Result> | undefined;
	await expect
		.poll(async () => {
			last = await page.evaluate(fn, ...args);
			return check(last);
		}, WAIT)
		.toBe(true);
	return last!;
}

/** Waits for the page to finish loading and every island on it to hydrate (Astro drops `ssr` then). */
export async function waitForHydration(page: EnginePage): Promise<void> {
	await waitUntil(page, (ready) => ready, () => document.readyState === 'complete' && !document.querySelector('astro-island[ssr]'));
}

/** Waits until the address is `wanted` (a URL or a check of one). */
export async function waitForUrl(page: EnginePage, wanted: (url: URL) => boolean): Promise<URL> {
	await expect.poll(async () => wanted(new URL(await page.url())), WAIT).toBe(true);
	return new URL(await page.url());
}

/** Moves the focus to the first element matching `selector`, as a click would without clicking. */
export async function focus(page: EnginePage, selector: string): Promise<void> {
	const focused = await page.evaluate((wanted) => {
		const element = document.querySelector<HTMLElement>(wanted);
		element?.focus();
		return document.activeElement === element;
	}, selector);
	if (!focused) throw new Error(`Could not focus ${selector}`);
}

/** Presses Tab until the focus is on an element matching `selector`. */
export async function tabUntil(page: EnginePage, selector: string, limit = 60): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.press('Tab');
		if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

export const LOCALES = ['zh', 'en'] as const;

/**
 * One page of each type in each language: the start page, every page that is not a guide (the
 * search page and the checkers, new checkers included), a guide and the FAQ; and the 404 page.
 */
export function pageOfEachType(): string[] {
	return [
		...LOCALES.flatMap((locale) => {
			const guides = builtGuides(locale);
			const others = builtPages().filter((path) => path.startsWith(`/${locale}/`) && !guides.includes(path));
			return [...others, `/${locale}/appeal/`, `/${locale}/faq/`];
		}),
		'/404.html',
	];
}
