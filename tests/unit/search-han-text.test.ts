import { describe, expect, test } from 'vitest';
import { hanRuns, hasHan, removeHanSpaces, spaceHan, spaceHanInHtml } from '../../src/lib/search/han-text';

describe('spaceHan and removeHanSpaces', () => {
	test('put a space between Han characters only', () => {
		expect(spaceHan('两步验证码')).toBe('两 步 验 证 码');
		expect(spaceHan('输入 2SV 验证码（Two-Step）')).toBe('输 入 2SV 验 证 码（Two-Step）');
		expect(spaceHan('Seller Central')).toBe('Seller Central');
	});

	test('round-trip Chinese text that has no spaces between Han characters', () => {
		const text = '如果页面提示输入“两步验证码（Two-Step Verification code）”，只用最新的一条。';
		expect(removeHanSpaces(spaceHan(text))).toBe(text);
	});

	test('also drop the zero-width spaces Pagefind stores between words', () => {
		expect(removeHanSpaces('无 \u200b法 \u200b登 \u200b录\u200b（\u200bSeller \u200bCentral\u200b）')).toBe('无法登录（Seller Central）');
	});

	test('keep the spaces between Han and Latin text', () => {
		expect(removeHanSpaces('登 录 Seller Central 后')).toBe('登录 Seller Central 后');
	});
});

test('hanRuns and hasHan find the Chinese parts of mixed text', () => {
	expect(hanRuns('SPS 申诉，INFORM 法案')).toEqual(['申诉', '法案']);
	expect(hanRuns('verify')).toEqual([]);
	expect(hasHan('2SV 验证码')).toBe(true);
	expect(hasHan('2SV code')).toBe(false);
});

describe('spaceHanInHtml', () => {
	test('spaces text, not tags, attributes, scripts or styles', () => {
		const html = '<h2 id="video-call" title="视频通话">视频通话</h2><script>const a = "视频";</script><style>.x::after{content:"视频"}</style><p>预约</p>';
		expect(spaceHanInHtml(html)).toBe('<h2 id="video-call" title="视频通话">视 频 通 话</h2><script>const a = "视频";</script><style>.x::after{content:"视频"}</style><p>预 约</p>');
	});
});
