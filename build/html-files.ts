import { readdir } from 'node:fs/promises';

/** Every HTML file of a built site, as "/"-separated paths relative to `outDir`, sorted. */
export async function htmlFiles(outDir: string): Promise<string[]> {
	const files = await readdir(outDir, { recursive: true });
	return files
		.filter((file) => file.endsWith('.html'))
		.map((file) => file.replaceAll('\\', '/'))
		.sort();
}
