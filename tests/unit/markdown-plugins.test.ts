import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeHeadingLinks from '../../src/markdown/rehype-heading-links';
import rehypeSiteLinks from '../../src/markdown/rehype-site-links';
import rehypeTaskLists from '../../src/markdown/rehype-task-lists';
import remarkAsides from '../../src/markdown/remark-asides';
import remarkHeadingIds from '../../src/markdown/remark-heading-ids';

/** The same plugin chain as astro.config.mjs, on one Markdown string. */
async function render(markdown: string, locale = 'en', base = '/', sources: object[] = []) {
	const file = new VFile({ value: markdown, path: `/project/src/content/guides/${locale}/appeal.md`, data: { astro: { frontmatter: { sources } } } });
	const result = await unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkDirective)
		.use(remarkHeadingIds)
		.use(remarkAsides)
		.use(remarkRehype)
		.use(rehypeHeadingIds)
		.use(rehypeHeadingLinks)
		.use(rehypeTaskLists)
		.use(rehypeSiteLinks, { base, site: 'https://example.org' })
		.use(rehypeStringify)
		.process(file);
	return String(result);
}

describe('heading ids', () => {
	test('the id written in the source becomes the heading id, and the marker disappears', async () => {
		const html = await render('## The video call {#video-call}\n');
		expect(html).toContain('<h2 id="video-call">The video call</h2>');
		expect(html).not.toContain('{#');
	});
	test('a heading without an id fails the build with the heading in the message', async () => {
		await expect(render('## The video call\n')).rejects.toThrow('"## The video call" has no explicit id');
	});
	test('each heading gets a copy-link control in the page language', async () => {
		const en = await render('## The video call {#video-call}\n', 'en');
		expect(en).toContain('<a class="heading-link" href="#video-call" data-copy-link="">');
		expect(en).toContain('Copy link to section: The video call');
		const zh = await render('## 视频通话 {#video-call}\n', 'zh');
		expect(zh).toContain('复制本节链接：视频通话');
	});
});

describe('asides', () => {
	test('renders a labelled aside with the default title of the page language', async () => {
		const html = await render(':::warning\nDo not re-register.\n:::\n', 'zh');
		expect(html).toContain('<div class="aside aside-warning" role="note" aria-label="注意">');
		expect(html).toContain('<p class="aside-title">注意</p>');
		expect(html).toContain('<p>Do not re-register.</p>');
	});
	test('uses a custom title when one is given', async () => {
		const html = await render(':::tip[Before you start]\nHave your licence ready.\n:::\n');
		expect(html).toContain('aria-label="Before you start"');
		expect(html).toContain('<p class="aside-title">Before you start</p>');
		expect(html).not.toContain('<p>Before you start</p>');
	});
	test('rejects an unknown aside type', async () => {
		await expect(render(':::danger\nx\n:::\n')).rejects.toThrow('Unknown aside ":::danger"');
	});
	test('keeps a colon followed by a word as plain text', async () => {
		const html = await render('Subject:Action Required and 10:30\n');
		expect(html).toContain('<p>Subject:Action Required and 10:30</p>');
	});
});

describe('site links', () => {
	test('adds the deployment base to site links and records the public URL for print', async () => {
		const html = await render('[appeal](/zh/appeal/#video-call)\n', 'zh', '/handbook/');
		expect(html).toContain('href="/handbook/zh/appeal/#video-call"');
		expect(html).toContain('data-print-href="https://example.org/handbook/zh/appeal/#video-call"');
	});
	test('marks external links noopener noreferrer and leaves in-page links alone', async () => {
		const html = await render('[form](https://sellercentral.amazon.com/cu/contact-us) [up](#top)\n');
		expect(html).toContain('<a href="https://sellercentral.amazon.com/cu/contact-us" rel="noopener noreferrer">');
		expect(html).toContain('<a href="#top">');
	});
});

test('checklist items get a drawn box instead of a disabled checkbox', async () => {
	const html = await render('- [ ] All four corners are visible\n');
	expect(html).toContain('<span class="task-box" aria-hidden="true"></span> All four corners are visible');
	expect(html).not.toContain('<input');
});

test('e-mail addresses stay plain text instead of becoming mailto: links', async () => {
	const html = await render('Confirmation comes from seller-identityverification-cn@amazon.com.\n');
	expect(html).toContain('<p>Confirmation comes from seller-identityverification-cn@amazon.com.</p>');
});

describe('citations in asides', () => {
	const sources = [
		{ id: 'sc-2sv', title: 'Two-Step Verification', url: 'https://sellercentral.amazon.com/gp/help/external/202153510' },
		{ id: 'gs-guide', title: '资质审核全攻略' },
	];

	test('an official box names its source as a link, in the page language', async () => {
		const html = await render(':::official{source=sc-2sv}\nRequired for every user.\n:::\n', 'en', '/', sources);
		expect(html).toContain('<p class="aside-source">Source: <a href="https://sellercentral.amazon.com/gp/help/external/202153510" rel="noopener noreferrer">Two-Step Verification</a></p>');
	});

	test('several sources are listed in order; one without a URL is named without a link', async () => {
		const html = await render(':::official{source="gs-guide sc-2sv"}\n说明。\n:::\n', 'zh', '/', sources);
		expect(html).toContain('<p class="aside-source">来源：资质审核全攻略；<a href="https://sellercentral.amazon.com/gp/help/external/202153510"');
	});

	test('the build fails on an official box without a source', async () => {
		await expect(render(':::official\nTrust me.\n:::\n', 'en', '/', sources)).rejects.toThrow(/needs a source/);
	});

	test('the build fails on a key that is not in the guide\'s sources', async () => {
		await expect(render(':::official{source=sc-missing}\nText.\n:::\n', 'en', '/', sources)).rejects.toThrow(/"sc-missing" is not in this guide's sources \(sc-2sv, gs-guide\)/);
	});

	test('a community box may go without a source', async () => {
		const html = await render(':::community\nSellers report.\n:::\n', 'en', '/', sources);
		expect(html).not.toContain('aside-source');
	});
});
