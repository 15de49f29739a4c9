import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/browser/support/serve-builds.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					// A wait, not a timing check: on two busy cores the first search (Pagefind's wasm and
					// index) or a hydration can take longer than expect.poll's default second.
					expect: { poll: { timeout: 10_000 } },
					// Two cores: one Chromium at a time keeps page loads from starving each other.
					fileParallelism: false,
				},
			},
		],
	},
});
