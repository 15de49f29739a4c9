import type { PageView } from '../../lib/search/find-pages';
import MarkedText from './MarkedText';

interface Props {
	id: string;
	label: string;
	pages: readonly PageView[];
	/** Index into the flat list of options (each page, then its sections), or -1. */
	active: number;
	optionId: (index: number) => string;
	onNavigate: () => void;
	/** While the pages have their titles only: assistive technology waits for the whole list. */
	busy: boolean;
}

/**
 * The results as a listbox: each page is a group whose first option is the page itself and the
 * rest its matching sections, each a real link to the section's anchor. The search field keeps
 * the focus and points at the active option (aria-activedescendant).
 */
export default function SearchResults({ id, label, pages, active, optionId, onNavigate, busy }: Props) {
	let index = 0;
	return (
		<div class="search-results" role="listbox" id={id} aria-label={label} aria-busy={busy} hidden={pages.length === 0}>
			{pages.map((page) => {
				const pageIndex = index++;
				return (
					<div class="search-result" role="group" key={page.id} aria-labelledby={optionId(pageIndex)}>
						<a class="search-result-page" role="option" id={optionId(pageIndex)} href={page.url} tabIndex={-1} aria-selected={active === pageIndex} onClick={onNavigate}>
							<span class="search-result-title">
								<MarkedText segments={page.title} />
								{/* The link opens this heading, not the top of the page: say so. */}
								{page.landing && ` › ${page.landing}`}
							</span>
							{page.sections.length === 0 && (
								<span class="search-result-excerpt">
									<MarkedText segments={page.excerpt} />
								</span>
							)}
						</a>
						{page.sections.map((section) => {
							const sectionIndex = index++;
							return (
								<a
									class="search-result-section"
									role="option"
									key={section.url}
									id={optionId(sectionIndex)}
									href={section.url}
									tabIndex={-1}
									aria-selected={active === sectionIndex}
									onClick={onNavigate}
								>
									<span class="search-result-heading">{section.title}</span>
									<span class="search-result-excerpt">
										<MarkedText segments={section.excerpt} />
									</span>
								</a>
							);
						})}
					</div>
				);
			})}
		</div>
	);
}
