import { useEffect, useMemo, useState } from 'preact/hooks';
import { fillPlaceholders } from '../../i18n/fill';
import type { StringsWithPrefix } from '../../i18n/translate';
import { lastCompleteMonth, monthsEndingWith, parseMonthLabel, type MonthKey } from '../../lib/inform-check/months';
import { emptySavedInform, parseSavedInform, SAVED_INFORM_KEY, serializeSavedInform, type SavedInform } from '../../lib/inform-check/saved-state';
import { evaluateMonths, evaluateTotals, type InformRules, type MonthEntry } from '../../lib/inform-check/windows';
import { useSessionState, type SessionStore } from '../use-session-state';
import InformMonthTable from './InformMonthTable';
import InformReport, { type ReportLinks } from './InformReport';
import '../../styles/buttons.css';
import '../../styles/choices.css';
import './InformChecker.css';

interface Props {
	locale: 'zh' | 'en';
	strings: StringsWithPrefix<'informCheck.'>;
	/** The statute's figures, from src/content/rules/inform-thresholds.json. */
	rules: InformRules;
	links: ReportLinks;
}

const EMPTY: MonthEntry = { sales: '', revenue: '' };
const SAVED_INFORM: SessionStore<SavedInform> = { key: SAVED_INFORM_KEY, empty: emptySavedInform, parse: parseSavedInform, serialize: serializeSavedInform };

/** True for a paste that is a table (several cells), not one figure; "1,234" alone is a figure. */
function isTable(text: string): boolean {
	const trimmed = text.trim();
	return /[\t\n]/.test(trimmed) || (trimmed.split(',').length > 2 && parseMonthLabel(trimmed.split(',')[0]!) !== null);
}

/**
 * The INFORM threshold check. The rules are in src/lib/inform-check; this component keeps the
 * figures as typed (per tab), reads pasted tables (loading the CSV parser only then) and shows
 * what `evaluateMonths` or `evaluateTotals` make of them.
 */
export default function InformChecker({ locale, strings, rules, links }: Props) {
	const [saved, setSaved, ready] = useSessionState(SAVED_INFORM);
	const [months, setMonths] = useState<MonthKey[]>([]);
	const [notice, setNotice] = useState('');

	useEffect(() => {
		const today = new Date();
		setMonths(monthsEndingWith(lastCompleteMonth({ year: today.getFullYear(), month: today.getMonth() + 1 }), rules.lookbackMonths));
	}, [rules.lookbackMonths]);

	const monthFormat = useMemo(() => new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' }), [locale]);
	const monthName = (month: MonthKey) => (month ? monthFormat.format(new Date(`${month}-01T00:00:00Z`)) : '');

	const evaluation = useMemo(() => {
		if (saved.mode === 'totals') {
			if (saved.totals.sales.trim() === '' && saved.totals.revenue.trim() === '') return null;
			return { kind: 'totals' as const, outcome: evaluateTotals(saved.totals.sales, saved.totals.revenue, rules) };
		}
		if (!months.some((month) => (saved.entries[month]?.sales ?? '').trim() !== '' || (saved.entries[month]?.revenue ?? '').trim() !== '')) return null;
		return { kind: 'months' as const, outcome: evaluateMonths(months, saved.entries, rules) };
	}, [saved, months, rules]);

	// Controls that need JavaScript appear only when it runs; the checklist works without. The note
	// stays in the server's HTML so a client:visible island has something on screen to be seen by.
	if (!ready)
		return (
			<div class="inform-check">
				<p class="inform-check-privacy">{strings['informCheck.privacy']}</p>
			</div>
		);

	const setEntry = (month: MonthKey, field: keyof MonthEntry, value: string) =>
		setSaved((current) => ({ ...current, entries: { ...current.entries, [month]: { ...(current.entries[month] ?? EMPTY), [field]: value } } }));

	const paste = async (text: string, month: MonthKey, field: keyof MonthEntry) => {
		try {
			const { readPastedTable } = await import('../../lib/inform-check/pasted-table');
			const table = readPastedTable(text, months, month, field);
			setSaved((current) => {
				const entries = { ...current.entries };
				for (const [key, values] of Object.entries(table.entries)) entries[key] = { ...(entries[key] ?? EMPTY), ...values };
				return { ...current, entries };
			});
			const messages = [fillPlaceholders(strings['informCheck.pasted'], { count: String(Object.keys(table.entries).length) })];
			if (table.unclearRows > 0) messages.push(fillPlaceholders(strings['informCheck.pasteUnclear'], { count: String(table.unclearRows) }));
			if (table.outsideMonths.length > 0) messages.push(fillPlaceholders(strings['informCheck.pasteOutside'], { months: table.outsideMonths.map(monthName).join(locale === 'zh' ? '、' : ', ') }));
			setNotice(messages.join(' '));
		} catch {
			setNotice(strings['informCheck.pasteFailed']);
		}
	};

	const clear = () => {
		setSaved((current) => ({ ...emptySavedInform(), mode: current.mode }));
		setNotice(strings['informCheck.cleared']);
	};

	const totalsErrors = evaluation?.kind === 'totals' && !evaluation.outcome.ok ? evaluation.outcome : null;
	const totalField = (field: keyof MonthEntry, label: string) => {
		const index = totalsErrors?.errors.indexOf(field) ?? -1;
		const error = index >= 0 ? totalsErrors!.reasons[index]! : null;
		const id = `inform-total-${field}`;
		return (
			<div class="inform-check-field">
				<label for={id}>{label}</label>
				<input
					id={id}
					type="text"
					inputMode="decimal"
					autocomplete="off"
					maxLength={40}
					value={saved.totals[field]}
					aria-invalid={error ? 'true' : undefined}
					aria-describedby={error ? `${id}-error` : undefined}
					onInput={(event) => {
						const value = event.currentTarget.value;
						setSaved((current) => ({ ...current, totals: { ...current.totals, [field]: value } }));
					}}
				/>
				{error && (
					<p id={`${id}-error`} class="inform-check-error">
						{strings[`informCheck.error.${error}`]}
					</p>
				)}
			</div>
		);
	};

	return (
		<div class="inform-check">
			<p class="inform-check-privacy">{strings['informCheck.privacy']}</p>
			<fieldset class="inform-check-mode">
				<legend>{strings['informCheck.modeLegend']}</legend>
				{(['months', 'totals'] as const).map((mode) => (
					<label class="choice" key={mode}>
						<input type="radio" name="inform-mode" value={mode} checked={saved.mode === mode} onChange={() => setSaved((current) => ({ ...current, mode }))} />
						<span>{strings[`informCheck.mode.${mode}`]}</span>
					</label>
				))}
			</fieldset>

			{saved.mode === 'months' ? (
				<InformMonthTable
					months={months}
					entries={saved.entries}
					errors={evaluation?.kind === 'months' && !evaluation.outcome.ok ? evaluation.outcome.errors : []}
					monthName={monthName}
					strings={strings}
					onInput={setEntry}
					onPasteTable={(text, month, field) => {
						if (!isTable(text)) return false;
						void paste(text, month, field);
						return true;
					}}
				/>
			) : (
				<div class="inform-check-totals">
					{totalField('sales', strings['informCheck.totalSales'])}
					{totalField('revenue', strings['informCheck.totalRevenue'])}
				</div>
			)}

			<p class="inform-check-actions">
				<button type="button" class="button button-quiet" onClick={clear}>
					{strings['informCheck.clear']}
				</button>
			</p>
			<p role="status" class="inform-check-notice">
				{notice}
			</p>

			{evaluation &&
				(evaluation.outcome.ok ? (
					<InformReport result={evaluation.outcome.result} totals={evaluation.kind === 'totals'} monthName={monthName} strings={strings} links={links} />
				) : (
					<p class="inform-check-error" role="alert">
						{strings['informCheck.errorsSummary']}
					</p>
				))}
		</div>
	);
}
