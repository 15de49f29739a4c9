import { spawn } from 'node:child_process';
import { existsSync, globSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, Key as WebDriverKey, type WebDriver } from 'selenium-webdriver';
import { callExpression, type Engine, type EnginePage, type Key } from './engine';

/** Debian's webkit2gtk-driver; WEBKIT_WEBDRIVER_PATH and MINIBROWSER_PATH override the paths. */
export const webkitDriverPath = process.env.WEBKIT_WEBDRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = () => process.env.MINIBROWSER_PATH || globSync('/usr/lib/*/webkit2gtk-4.*/MiniBrowser').sort().at(-1);

const INSTALL = 'apt-get install webkit2gtk-driver xvfb xauth';

/**
 * MiniBrowser's toolbar keeps its window at least 447 px wide. This GTK style sheet (for the
 * browser's own widgets, not the page) shrinks the toolbar so the window, and with it the page's
 * viewport, can be a 390 px phone.
 */
const GTK_CSS = '* { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; -gtk-icon-transform: scale(0.2); }\n';

const KEYS: Record<Key, string> = { Tab: WebDriverKey.TAB, Enter: WebDriverKey.ENTER, Space: ' ', ArrowDown: WebDriverKey.ARROW_DOWN, Escape: WebDriverKey.ESCAPE, '/': '/' };

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

/**
 * WebKitGTK's MiniBrowser driven by Debian's WebKitWebDriver (classic WebDriver, through
 * selenium-webdriver pointed at that server, so Selenium never looks for a driver of its own),
 * on a virtual X display from xvfb-run. Each session is a MiniBrowser; pages share one per
 * JavaScript setting, with the site's storage cleared between them.
 */
export async function startWebKit(): Promise<Engine> {
	const binary = miniBrowserPath();
	for (const [what, path] of [['WebKitWebDriver', webkitDriverPath], ['MiniBrowser', binary], ['xvfb-run', '/usr/bin/xvfb-run']] as const) {
		if (!path || !existsSync(path)) throw new Error(`${what} is not installed${path ? ` at ${path}` : ''}: ${INSTALL}`);
	}
	const configHome = mkdtempSync(join(tmpdir(), 'webkit-gtk-'));
	mkdirSync(join(configHome, 'gtk-3.0'));
	writeFileSync(join(configHome, 'gtk-3.0', 'gtk.css'), GTK_CSS);

	const port = await freePort();
	const server = `http://127.0.0.1:${port}`;
	// Its own process group, so closing ends xvfb-run, Xvfb, the driver and its browsers together.
	const driverProcess = spawn('/usr/bin/xvfb-run', ['--auto-servernum', '--server-args=-screen 0 1600x1200x24', webkitDriverPath, `--port=${port}`], {
		detached: true,
		stdio: ['ignore', 'ignore', 'pipe'],
		env: {
			...process.env,
			XDG_CONFIG_HOME: configHome,
			// WebKit's sandbox (bubblewrap) cannot start as root.
			...(process.getuid?.() === 0 ? { WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS: '1' } : {}),
		},
	});
	let stderr = '';
	driverProcess.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
	let exited = false;
	driverProcess.on('exit', () => (exited = true));
	const stop = () => {
		if (!exited && driverProcess.pid) process.kill(-driverProcess.pid, 'SIGTERM');
		rmSync(configHome, { recursive: true, force: true });
	};
	const fail = (why: string) => {
		stop();
		return new Error(`WebKitWebDriver ${why}.\n${stderr.trim()}\nIt needs: ${INSTALL}`);
	};

	for (let waited = 0; ; waited += 250) {
		if (exited) throw fail('exited before it answered');
		const ready = await fetch(`${server}/status`).then((response) => response.json() as Promise<{ value?: { ready?: boolean } }>, () => null);
		if (ready?.value?.ready) break;
		if (waited > 60_000) throw fail('did not answer within a minute');
		await new Promise((resolve) => setTimeout(resolve, 250));
	}

	const newSession = (javaScript: boolean) =>
		new Builder()
			.usingServer(server)
			.withCapabilities({
				browserName: 'MiniBrowser',
				'webkitgtk:browserOptions': { binary, args: ['--automation', ...(javaScript ? [] : ['--enable-javascript=false'])] },
			})
			.build();
	// WebKitWebDriver holds one session at a time: a page with the other JavaScript setting ends
	// the current MiniBrowser and starts one with that setting (the suite runs those flows last).
	let current: { javaScript: boolean; driver: Promise<WebDriver> } | undefined;
	const session = async (javaScript: boolean) => {
		if (current?.javaScript !== javaScript) {
			const previous = current;
			current = undefined;
			await (await previous?.driver.catch(() => undefined))?.quit();
			current = { javaScript, driver: newSession(javaScript) };
		}
		return current.driver;
	};
	try {
		await session(true);
	} catch (error) {
		throw fail(`could not start MiniBrowser (${(error as Error).message})`);
	}

	return {
		name: 'webkit',
		async newPage({ javaScript = true } = {}): Promise<EnginePage> {
			const driver = await session(javaScript);
			const errors: string[] = [];
			// What the page recorded since its last load (see scriptErrors in engine.ts).
			const collectErrors = async () => {
				if (!javaScript) return;
				const recorded = await driver.executeScript<string[] | null>('return window.__engineErrors ?? null').catch(() => null);
				if (recorded) errors.push(...recorded.splice(0));
				await driver.executeScript('window.__engineErrors = []');
			};
			const afterLoad = async () => {
				if (!javaScript) return;
				await driver.executeScript(`if (!window.__engineErrors) {
					window.__engineErrors = [];
					addEventListener('error', (event) => window.__engineErrors.push(location.href + ': ' + event.message));
					addEventListener('unhandledrejection', (event) => window.__engineErrors.push(location.href + ': ' + event.reason));
				}`);
			};
			const page: EnginePage = {
				async goto(url) {
					await collectErrors();
					await driver.get(url);
					await afterLoad();
				},
				async reload() {
					await collectErrors();
					await driver.navigate().refresh();
					await afterLoad();
				},
				url: () => driver.getCurrentUrl(),
				evaluate: (fn, ...args) => driver.executeScript(`return ${callExpression(fn, args)}`),
				press: (key) => driver.actions().keyDown(KEYS[key]).keyUp(KEYS[key]).perform(),
				type: (text) => driver.actions().sendKeys(text).perform(),
				async setViewport(width, height) {
					await driver.manage().window().setRect({ width, height });
					const inner = await driver.executeScript<number>('return innerWidth');
					if (inner !== width) throw new Error(`MiniBrowser's page is ${inner} px wide, not ${width} px`);
				},
				async scriptErrors() {
					await collectErrors();
					return [...errors];
				},
				async close() {
					await driver.executeScript('try { sessionStorage.clear(); localStorage.clear(); } catch {}');
					await driver.get('about:blank');
				},
			};
			await page.setViewport(1280, 900);
			return page;
		},
		async close() {
			await (await current?.driver.catch(() => undefined))?.quit().catch(() => {});
			stop();
		},
	};
}
