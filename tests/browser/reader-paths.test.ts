import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { walk, type Answers } from '../../src/lib/quiz/engine';
import { encodeAnswers } from '../../src/lib/quiz/url-state';
import { readQuizTree } from '../support/content-data';
import { openPage, useChromium } from './support/browser';

const browser = useChromium();
const site = inject('rootSiteUrl');

/** The links in the section a heading starts: from the heading (and its copy-link wrapper) up to the next heading of any level. */
function sectionLinks(page: Page, id: string): Promise<string[]> {
	return page.evaluate((headingId) => {
		const heading = document.getElementById(headingId);
		if (!heading) throw new Error(`no #${headingId} on ${location.pathname}`);
		const links: string[] = [];
		const start = heading.closest('.heading-wrapper') ?? heading;
		for (let node = start.nextElementSibling; node && !node.matches('h1, h2, h3, h4, .heading-wrapper'); node = node.nextElementSibling) {
			for (const link of node.matches('a[href]') ? [node] : node.querySelectorAll('a[href]')) links.push((link as HTMLAnchorElement).href);
		}
		return links;
	}, id);
}

/** A result address: the given answers, then the first choice of every question still open. */
function resultQuery(id: Parameters<typeof readQuizTree>[0], given: Answers): string {
	const tree = readQuizTree(id);
	const answers: Record<string, readonly string[]> = { ...given };
	for (let { current } = walk(tree, answers); current; { current } = walk(tree, answers)) answers[current.id] = [current.choices[0]!.id];
	return `${id}/?a=${encodeAnswers(tree, answers)}`;
}

const checkedSituation = (page: Page) => page.locator('input[name="situation"]:checked').getAttribute('value', { timeout: 2000 }).catch(() => null);

describe.each(['zh', 'en'] as const)('the appeal generator is linked where the reader needs it (%s)', (locale) => {
	test.each([
		['the appeal guide, "describe your issue"', 'appeal/#step-describe-issue', 'verification-failed'],
		['the result-e-mail guide, next steps', 'result-email/#next-steps', 'verification-failed'],
		['the FAQ, told to restart with a new account', 'faq/#restart-new-account', 'restart-reply'],
		['the login guide, last step', 'login-problems/#contact-form', 'login-access'],
		['the two-step guide, last resort', 'two-step-verification/#lost-access', 'login-access'],
	])('%s', async (_, path, situation) => {
		const { page, problems } = await openPage(browser());
		await page.goto(new URL(`${locale}/${path}`, site).href);
		const links = (await sectionLinks(page, path.split('#')[1]!)).filter((href) => new URL(href).pathname.endsWith('/appeal-generator/'));
		expect(links.map((href) => new URL(href).searchParams.get('s'))).toContain(situation);
		await page.goto(links.find((href) => new URL(href).searchParams.get('s') === situation)!);
		await expect.poll(() => checkedSituation(page)).toBe(situation);
		expect(problems.pageErrors).toEqual([]);
		await page.context().close();
	});

	test.each([
		['the login quiz, when support is the last resort', 'login-quiz/?a=symptom_other.browser_tried.recent_none', 'login-access'],
		['the failure quiz, when support said to restart', resultQuery('failure-quiz', { where: ['refused'] }), 'restart-reply'],
	])('%s: the result ends with one next action, opening the generator on its situation', async (_, path, situation) => {
		const { page } = await openPage(browser());
		await page.goto(new URL(`${locale}/${path}`, site).href);
		const action = page.locator('.quiz-results .next-action a');
		await expect.poll(() => action.count()).toBe(1);
		await action.click();
		await page.waitForURL('**/appeal-generator/**');
		await expect.poll(() => checkedSituation(page)).toBe(situation);
		await page.context().close();
	});
});

describe.each(['zh', 'en'] as const)('the login path has no loop (%s)', (locale) => {
	const loginPages = ['login-problems', 'two-step-verification', 'contact-support'];
	const pageOf = (href: string) => new URL(href).pathname.split('/').filter(Boolean).at(-1) ?? '';

	test('from the login quiz result through the login pages, every path ends at the generator, never back at the start', async () => {
		const { page } = await openPage(browser());
		const start = new URL(`${locale}/login-quiz/?a=symptom_other.browser_tried.recent_none`, site).href;
		await page.goto(start);
		await page.locator('.quiz-results .next-action').waitFor();
		const resultLinks = await page.locator('.quiz-results a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));

		const ends: string[] = [];
		/** Follows every link to a login page or a checker, depth first, failing on a way back to the start or in a circle. */
		const follow = async (links: string[], path: string[]) => {
			for (const href of links) {
				const url = new URL(href);
				if (url.origin !== new URL(site).origin) continue;
				const slug = pageOf(href);
				const node = `${url.pathname}${url.search}${url.hash}`;
				expect(slug, `${path.join(' → ')} → ${node}`).not.toBe('login-quiz');
				expect(url.pathname, `${path.join(' → ')} → ${node}`).not.toBe(`/${locale}/`);
				expect(path, `a circle: ${path.join(' → ')} → ${node}`).not.toContain(node);
				if (slug === 'appeal-generator') {
					ends.push(url.searchParams.get('s') ?? '');
					continue;
				}
				if (!loginPages.includes(slug) || !url.hash) continue;
				await page.goto(href);
				await follow(await sectionLinks(page, url.hash.slice(1)), [...path, node]);
			}
		};
		await follow(resultLinks, [`/${locale}/login-quiz/`]);
		expect(ends.length).toBeGreaterThan(0);
		expect(new Set(ends)).toEqual(new Set(['login-access']));
		await page.context().close();
	});

	test.each(['login-problems/#contact-form', 'two-step-verification/#lost-access', 'contact-support/#cant-reach'])('%s does not send the reader back to the start of the checklist', async (path) => {
		const { page } = await openPage(browser());
		await page.goto(new URL(`${locale}/${path}`, site).href);
		const links = await sectionLinks(page, path.split('#')[1]!);
		expect(links.map((href) => `${pageOf(href)}${new URL(href).hash}`)).not.toContain('login-problems#checklist');
		expect(links.map(pageOf)).not.toContain('login-quiz');
		await page.context().close();
	});
});

describe.each([
	['en', 'From: FAQ — Seller Verification Handbook'],
	['zh', '出自：常见问题 — 卖家身份验证手册'],
] as const)('an FAQ answer opened from a link says which page it is on (%s)', (locale, context) => {
	test.each([390, 1280])('at %i px the line is on screen above the answer, which is marked', async (width) => {
		const { page } = await openPage(browser(), { viewport: { width, height: 800 } });
		await page.goto(new URL(`${locale}/faq/#restart-new-account`, site).href);
		const line = page.locator('.arrival-context');
		expect(await line.isVisible()).toBe(true);
		expect((await line.textContent())?.replace(/\s+/g, ' ').trim()).toBe(context);
		const [lineBox, headingBox] = [(await line.boundingBox())!, (await page.locator('#restart-new-account').boundingBox())!];
		// Both in the window, the line above the heading and not covering it.
		expect(lineBox.y).toBeGreaterThanOrEqual(0);
		expect(lineBox.y + lineBox.height).toBeLessThanOrEqual(headingBox.y);
		expect(headingBox.y + headingBox.height).toBeLessThanOrEqual(800);
		const marked = await page.locator('#restart-new-account').evaluate((heading) => getComputedStyle(heading.closest('.heading-wrapper')!).borderInlineStartWidth);
		expect(marked).toBe('4px');
		// The contents (shown at 1280 px) mark the answer as the section being read.
		if (width === 1280) await expect.poll(() => page.locator('.toc a[aria-current="true"]').first().getAttribute('href')).toBe('#restart-new-account');
		// The page's title links to its top.
		expect(new URL(await line.locator('a').evaluate((link) => (link as HTMLAnchorElement).href)).pathname).toBe(`/${locale}/faq/`);
		await page.context().close();
	});

	test('the line stays hidden on a page opened at its top, and without JavaScript it still shows for a link', async () => {
		const { page } = await openPage(browser());
		await page.goto(new URL(`${locale}/faq/`, site).href);
		expect(await page.locator('.arrival-context').isVisible()).toBe(false);
		await page.context().close();
		const noScript = await openPage(browser(), { javaScriptEnabled: false });
		await noScript.page.goto(new URL(`${locale}/faq/#restart-new-account`, site).href);
		expect(await noScript.page.locator('.arrival-context').isVisible()).toBe(true);
		await noScript.page.context().close();
	});
});
