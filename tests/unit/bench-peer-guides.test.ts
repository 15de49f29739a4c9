import { expect, test } from 'vitest';
import { guideAsPeerMarkdown } from '../../scripts/bench/peer-guides';

test('MDX heading ids become the trailing {#id} the peer import drops', () => {
	expect(guideAsPeerMarkdown('## 申诉步骤 \\{#steps}\n### Step 1 {/* #step-one */}')).toBe('## 申诉步骤 {#steps}\n### Step 1 {#step-one}');
});

test('Markdown guides pass unchanged', () => {
	const markdown = '---\ntitle: 申诉\n---\n\n## 申诉 {#appeal}\n\n:::tip[Before you start]\nText.\n:::\n';
	expect(guideAsPeerMarkdown(markdown)).toBe(markdown);
});

test('aside attributes, MDX comments, imports and exports go; fenced code stays as it is', () => {
	const mdx = ['import Quiz from "../../components/Quiz.astro";', ':::official{source=gs-appeal}', 'Official text.{/* note */}', ':::', '{/* a comment */}', '```', 'import x from "y";', '```'].join('\n');
	expect(guideAsPeerMarkdown(mdx)).toBe([':::official', 'Official text.', ':::', '```', 'import x from "y";', '```'].join('\n'));
});
