/**
 * The one surface the cross-engine flows use, so every flow runs unchanged in Chromium
 * (playwright-core), Firefox (puppeteer-core over WebDriver BiDi) and WebKit (WebKitWebDriver,
 * classic WebDriver). It is deliberately small: what all three protocols can do alike.
 */

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** Keys the flows press; each engine maps them to its protocol's names. */
export type Key = 'Tab' | 'Enter' | 'Space' | 'ArrowDown' | 'Escape' | '/';

export interface EnginePage {
	/** Navigates and waits for the load event. */
	goto(url: string): Promise<void>;
	reload(): Promise<void>;
	url(): Promise<string>;
	/** Runs `fn` in the page with JSON arguments and returns its (awaited) JSON result. */
	evaluate<Args extends unknown[], Result>(fn: (...args: Args) => Result, ...args: Args): Promise<Awaited<Result>>;
	/** Presses and releases one key, sent to whatever has the focus. */
	press(key: Key): Promise<void>;
	/** Types text, character by character, into whatever has the focus. */
	type(text: string): Promise<void>;
	/** Sizes the page's viewport (the layout width media queries see), in CSS pixels. */
	setViewport(width: number, height: number): Promise<void>;
	/**
	 * Script errors and console errors the engine reported since the page opened. Chromium and
	 * Firefox (BiDi log events) report them from the protocol; classic WebDriver has no log events,
	 * so in WebKit the page records what is thrown after each load (during the flow's interactions).
	 */
	scriptErrors(): Promise<string[]>;
	close(): Promise<void>;
}

export interface Engine {
	name: EngineName;
	/** A page with its own storage; with `javaScript: false`, one in a browser with scripts off. */
	newPage(options?: { javaScript?: boolean }): Promise<EnginePage>;
	close(): Promise<void>;
}

/** The expression that calls `fn` with `args`: how a function crosses every protocol alike. */
export function callExpression(fn: (...args: never[]) => unknown, args: unknown[]): string {
	return `(${fn.toString()})(...${JSON.stringify(args)})`;
}

/** Console messages that only repeat an HTTP status the flow asked for (the 404 page). */
export const isResourceStatus = (message: string) => /Failed to load resource|status of 404/i.test(message);
