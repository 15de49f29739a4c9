/**
 * PDF links are written into pages before the PDFs exist: the PDFs are printed from the built
 * pages. The build's PDF stage then fills in each file's size, or takes the link out when the file
 * was not made (no Chromium on the build machine), so a page never links a missing file.
 *
 * The markup contract, kept by PdfDownloadLink.astro and HandbookDownloads.astro:
 * - a removable unit is a <p> with `data-pdf-needs="<path> [<path>…]"` (site-relative PDF paths).
 *   A <p> cannot contain another <p>, so its end is the first "</p>" after it;
 * - a size goes into `<span data-pdf-size="<path>"></span>`, written with no other attribute.
 */

/** A file size the way download links show it: "860 KB", "1.4 MB" (1 KB = 1024 bytes). */
export function formatFileSize(bytes: number): string {
	const kilobytes = bytes / 1024;
	if (kilobytes < 1000) return `${Math.max(1, Math.round(kilobytes))} KB`;
	return `${(kilobytes / 1024).toFixed(1)} MB`;
}

const UNIT = /<p\b[^>]*\sdata-pdf-needs="([^"]*)"[^>]*>[\s\S]*?<\/p>/g;
const SIZE_SLOT = /<span data-pdf-size="([^"]*)"><\/span>/g;

/**
 * The page with every unit whose PDFs all exist kept and its sizes filled in, and every other
 * unit removed. `sizeOf` gives a file's size in bytes by its site-relative path, or undefined.
 */
export function finishPdfLinks(html: string, sizeOf: (path: string) => number | undefined, formatSize: (bytes: number) => string): string {
	return html.replace(UNIT, (unit, needs: string) => {
		const paths = needs.split(/\s+/).filter(Boolean);
		if (!paths.every((path) => sizeOf(path) !== undefined)) return '';
		return unit.replace(SIZE_SLOT, (slot, path: string) => {
			const size = sizeOf(path);
			return size === undefined ? slot : `<span data-pdf-size="${path}">${formatSize(size)}</span>`;
		});
	});
}
