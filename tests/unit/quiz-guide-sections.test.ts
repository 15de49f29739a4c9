import { expect, test } from 'vitest';
import { guideSectionChecker } from '../../src/lib/quiz/guide-sections';

const exists = guideSectionChecker([
	{ id: 'zh/appeal', body: '## 视频通话 {#video-call}\n' },
	{ id: 'en/appeal', body: '## The video call {#video-call}\n\n## Extra {#extra}\n' },
	{ id: 'en/faq', body: '## Q {#q}\n' },
]);

test('a guide and section count only if every language has them', () => {
	expect(exists('appeal')).toBe(true);
	expect(exists('appeal', 'video-call')).toBe(true);
	expect(exists('appeal', 'extra')).toBe(false);
	expect(exists('faq')).toBe(false);
	expect(exists('missing', 'video-call')).toBe(false);
});
