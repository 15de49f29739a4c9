import { expect, test } from 'vitest';
import { moveActiveOption } from '../../src/lib/search/listbox-navigation';

test('arrow keys move through the options and wrap around', () => {
	expect(moveActiveOption(-1, 1, 3)).toBe(0);
	expect(moveActiveOption(-1, -1, 3)).toBe(2);
	expect(moveActiveOption(0, 1, 3)).toBe(1);
	expect(moveActiveOption(2, 1, 3)).toBe(0);
	expect(moveActiveOption(0, -1, 3)).toBe(2);
	expect(moveActiveOption(1, 1, 0)).toBe(-1);
});
