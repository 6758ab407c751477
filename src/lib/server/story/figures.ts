// A story's declared figures (a timeline of dated events, a chart of dated values), checked
// against their tables and resolved to the rows the components draw.
import type { FigureDeclaration } from '../../story/declarations';
import type { Figure, Source } from '../../story/types';
import type { StoryIssue } from './errors';
import type { YamlFile } from './read-yaml';
import type { Table } from './tables';

type Need = Record<string, { column?: string; types: string[] }>;

export function resolveFigures(declared: Record<string, FigureDeclaration>, tables: Map<string, Table>, sources: Map<string, Source>, yaml: YamlFile): { figures: Map<string, Figure>; issues: StoryIssue[] } {
	const issues: StoryIssue[] = [];
	const figures = new Map<string, Figure>();
	for (const [id, figure] of Object.entries(declared)) {
		const table = tables.get(figure.table);
		if (!table) {
			issues.push(yaml.issueAt(['figures', id, 'table'], `unknown table "${figure.table}"; the story's tables: ${[...tables.keys()].join(', ')}`));
			continue;
		}
		const text = ['text', 'id'];
		const need: Need =
			figure.kind === 'timeline'
				? { date: { column: figure.date, types: ['date'] }, label: { column: figure.label, types: text }, dateLabel: { column: figure.dateLabel, types: text }, detail: { column: figure.detail, types: text } }
				: { date: { column: figure.date, types: ['date'] }, low: { column: figure.low, types: ['number', 'integer'] }, high: { column: figure.high, types: ['number', 'integer'] }, label: { column: figure.label, types: text }, who: { column: figure.who, types: text }, scope: { column: figure.scope, types: text }, hollow: { column: figure.hollow, types: ['boolean'] } };
		let ok = true;
		for (const [field, { column, types }] of Object.entries(need)) {
			if (!column) continue;
			const type = table.types[column];
			if (!type) issues.push(yaml.issueAt(['figures', id, field], `unknown column "${column}" in table "${table.id}"; its columns: ${Object.keys(table.types).join(', ')}`));
			else if (!types.includes(type)) issues.push(yaml.issueAt(['figures', id, field], `column "${column}" is ${type}; expected ${types.join(' or ')}`));
			else continue;
			ok = false;
		}
		if (!ok) continue;
		const rows = [...table.rows].sort((a, b) => String(a[figure.date]).localeCompare(String(b[figure.date])));
		const str = (row: Record<string, unknown>, column?: string) => (column && row[column] !== undefined ? String(row[column]) : undefined);
		if (figure.kind === 'timeline') {
			figures.set(id, { kind: 'timeline', title: figure.title, events: rows.map((row) => ({ date: String(row[figure.date]), dateLabel: str(row, figure.dateLabel), label: String(row[figure.label]), detail: str(row, figure.detail), sources: ((row.sources as string[] | undefined) ?? []).map((s) => sources.get(s)!).filter(Boolean) })) });
		} else {
			figures.set(id, {
				kind: 'range-chart',
				title: figure.title,
				unit: figure.unit,
				details: figure.details,
				key: figure.key,
				values: rows.map((row) => ({
					date: String(row[figure.date]),
					low: row[figure.low] as number,
					high: figure.high ? (row[figure.high] as number | undefined) : undefined,
					label: String(row[figure.label]),
					who: String(row[figure.who]),
					scope: String(row[figure.scope]),
					hollow: figure.hollow ? row[figure.hollow] === true : false,
					sources: ((row.sources as string[] | undefined) ?? []).map((s) => sources.get(s)!).filter(Boolean)
				}))
			});
		}
	}
	return { figures, issues };
}
