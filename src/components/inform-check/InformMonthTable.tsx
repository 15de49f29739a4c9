import type { StringsWithPrefix } from '../../i18n/translate';
import type { MonthKey } from '../../lib/inform-check/months';
import type { CellError, MonthEntry } from '../../lib/inform-check/windows';

interface Props {
	months: readonly MonthKey[];
	entries: Readonly<Record<MonthKey, MonthEntry>>;
	errors: readonly CellError[];
	monthName: (month: MonthKey) => string;
	strings: StringsWithPrefix<'informCheck.'>;
	onInput: (month: MonthKey, field: keyof MonthEntry, value: string) => void;
	/** Returns true when it took the paste as a table, so the browser does not also paste it into the cell. */
	onPasteTable: (text: string, month: MonthKey, field: keyof MonthEntry) => boolean;
}

const FIELDS = ['sales', 'revenue'] as const;

/** The 24 months, oldest first, with a sales and a revenue cell each, and what is wrong with any. */
export default function InformMonthTable({ months, entries, errors, monthName, strings, onInput, onPasteTable }: Props) {
	const errorOf = (month: MonthKey, field: keyof MonthEntry) => errors.find((error) => error.month === month && error.field === field);
	return (
		<div class="inform-check-months">
			<p id="inform-table-hint" class="inform-check-hint">
				{strings['informCheck.tableHint']}
			</p>
			<div class="inform-check-scroll">
				<table>
					<caption>{strings['informCheck.tableCaption']}</caption>
					<thead>
						<tr>
							<th scope="col">{strings['informCheck.month']}</th>
							<th scope="col" id="inform-col-sales">
								{strings['informCheck.sales']}
							</th>
							<th scope="col" id="inform-col-revenue">
								{strings['informCheck.revenue']}
							</th>
						</tr>
					</thead>
					<tbody>
						{months.map((month) => (
							<tr key={month}>
								<th scope="row" id={`inform-row-${month}`}>
									{monthName(month)}
								</th>
								{FIELDS.map((field) => {
									const error = errorOf(month, field);
									const id = `inform-${month}-${field}`;
									return (
										<td key={field} class={error ? 'has-error' : undefined}>
											<input
												id={id}
												type="text"
												inputMode={field === 'sales' ? 'numeric' : 'decimal'}
												autocomplete="off"
												maxLength={40}
												aria-labelledby={`inform-row-${month} inform-col-${field}`}
												aria-invalid={error ? 'true' : undefined}
												aria-describedby={error ? `${id}-error` : undefined}
												value={entries[month]?.[field] ?? ''}
												onInput={(event) => onInput(month, field, event.currentTarget.value)}
												onPaste={(event) => {
													const text = event.clipboardData?.getData('text/plain') ?? '';
													if (onPasteTable(text, month, field)) event.preventDefault();
												}}
											/>
											{error && (
												<span id={`${id}-error`} class="inform-check-error">
													{strings[`informCheck.error.${error.error}`]}
												</span>
											)}
										</td>
									);
								})}
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</div>
	);
}
