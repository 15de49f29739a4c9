// Plain-text tables for the terminal: the first column left-aligned, figures right-aligned.

/** Characters that take two columns in a terminal (CJK), so Chinese cells line up too. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function displayWidth(text: string): number {
	let width = 0;
	for (const char of text) width += WIDE.test(char) ? 2 : 1;
	return width;
}

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const widths = header.map((cell, column) => Math.max(displayWidth(cell), ...rows.map((row) => displayWidth(row[column] ?? ''))));
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, column) => {
				const padding = ' '.repeat(widths[column]! - displayWidth(cell));
				return column === 0 ? cell + padding : padding + cell;
			})
			.join('  ')
			.trimEnd();
	return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** Kilobytes (1024 bytes) with one decimal. */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
