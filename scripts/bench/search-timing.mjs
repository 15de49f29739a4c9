// Search as a reader meets it: "/" on a guide page opens the dialog (downloaded only then), the
// query is typed, the first results appear. Times are taken inside the page, so the automation's
// round trips are not counted.

/** Counts the page's requests in flight, to wait until none has been for a while. */
function trackRequests(page) {
	let inFlight = 0;
	let lastChange = performance.now();
	const change = (delta) => {
		inFlight += delta;
		lastChange = performance.now();
	};
	page.on('request', () => change(1));
	page.on('requestfinished', () => change(-1));
	page.on('requestfailed', () => change(-1));
	return {
		async quiet(quietMs = 500) {
			while (inFlight > 0 || performance.now() - lastChange < quietMs) await new Promise((resolve) => setTimeout(resolve, 50));
		},
	};
}

export async function measureSearch(browser, siteUrl, { path, query }) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(new URL(path.slice(1), siteUrl).href, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => {
		const marks = {};
		Object.assign(window, { benchSearchMarks: marks });
		const inSearchField = (event) => event.target instanceof Element && event.target.matches('.search-dialog .search-input');
		document.addEventListener('keydown', (event) => event.key === '/' && (marks.key ??= event.timeStamp), { capture: true });
		document.addEventListener('focusin', (event) => inSearchField(event) && (marks.focus ??= performance.now()), { capture: true });
		document.addEventListener('input', (event) => inSearchField(event) && (marks.input ??= event.timeStamp), { capture: true });
		new MutationObserver((_, observer) => {
			if (!document.querySelector('.search-dialog .search-result')) return;
			marks.results = performance.now();
			observer.disconnect();
		}).observe(document.body, { childList: true, subtree: true });
	});

	const responses = [];
	page.on('response', (response) => responses.push(response));
	const network = trackRequests(page);
	await page.keyboard.press('/');
	await page.waitForFunction(() => window.benchSearchMarks.focus !== undefined);
	await page.locator('.search-dialog .search-input').fill(query);
	await page.waitForFunction(() => window.benchSearchMarks.results !== undefined);
	// Result excerpts may still be loading after the first result shows (they start once the
	// query has stood for a moment, and the list is aria-busy until they are in); they belong to
	// the query.
	await page.waitForFunction(() => !document.querySelector('.search-dialog [aria-busy="true"]'));
	await network.quiet();
	const marks = await page.evaluate(() => window.benchSearchMarks);
	let transferBytes = 0;
	for (const response of responses) transferBytes += (await response.request().sizes()).responseBodySize;
	await context.close();
	return { path, query, openMs: marks.focus - marks.key, queryMs: marks.results - marks.input, requests: responses.length, transferBytes };
}
