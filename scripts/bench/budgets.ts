// The budgets in budgets.json, and how a figure is marked against one.

export interface PageTypeBudget {
	paths: string[];
	htmlCssGzip: number;
	jsGzip: number;
	totalGzip: number;
}

export interface Budgets {
	pageTypes: Record<string, PageTypeBudget>;
	islandJsGzip: number;
	lighthouse: Record<string, number>;
	search: {
		openToFirstResultsMs: number;
		firstQueryGzip: number;
		/** Beside the Starlight peer (peer-figures.ts). */
		peer: { zhWarmMs: number; zhColdRatio: number; firstSearchKB: number; firstSearchRequests: number };
	};
	build: { siteSeconds: number; pdfSeconds: number };
	pdf: { guideBytes: number };
	/** The document check on a 12-megapixel photo: no main-thread task may take longer. */
	documentCheck: { longestTaskMs: number };
}

/** ✓ within the budget, ✗ over it (under it for a `min` budget such as a score), blank without a figure. */
export function mark(value: number | null | undefined, budget: number, limit: 'max' | 'min' = 'max'): '✓' | '✗' | '' {
	if (value === null || value === undefined || Number.isNaN(value)) return '';
	return (limit === 'max' ? value <= budget : value >= budget) ? '✓' : '✗';
}
