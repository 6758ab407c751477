// A story's data tables, read and checked against the columns story.yaml declares for them:
// each row a mapping of exactly those columns, each value of its column's type. Problems come
// back as `file:line:col field: …` issues like every other content error.
import { z } from 'zod';
import type { ColumnType, TableDeclaration } from '../../story/declarations';
import type { StoryIssue } from './errors';
import { readYaml, type YamlFile } from './read-yaml';
import { validate } from './validate';

export type Row = Record<string, unknown>;

export interface Table {
	id: string;
	declaration: TableDeclaration;
	/** The file's path as written in errors, from the repository's root. */
	file: string;
	rows: Row[];
	yaml: YamlFile;
	/** Column name → its type, without the optional mark. */
	types: Record<string, ColumnType>;
}

const text = z.string().trim().min(1, 'some text');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const countryCode = z.string().regex(/^[A-Z]{3}$/, 'a three-letter country code such as "JPN"');
const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id (letters, digits and hyphens)');

const VALUE: Record<ColumnType, z.ZodType> = {
	id,
	text,
	number: z.number(),
	integer: z.number().int(),
	year: z.number().int().min(1000).max(2999),
	date: isoDate,
	country: countryCode,
	boolean: z.boolean(),
	lat: z.number().min(-90).max(90),
	lon: z.number().min(-180).max(180),
	place: id,
	sources: z.array(z.string()).min(1, "at least one source id from the story's sources.yaml"),
	'text[]': z.array(text).min(1),
	'country[]': z.array(countryCode)
};

export function columnTypes(declaration: TableDeclaration): Record<string, ColumnType> {
	return Object.fromEntries(Object.entries(declaration.columns).map(([name, type]) => [name, type.replace(/\?$/, '') as ColumnType]));
}

/** The zod schema of one row: the declared columns, optional where marked "?" (lists default to empty). */
function rowSchema(declaration: TableDeclaration) {
	const shape = Object.fromEntries(
		Object.entries(declaration.columns).map(([name, type]) => {
			const base = VALUE[type.replace(/\?$/, '') as ColumnType];
			return [name, type.endsWith('?') ? base.optional() : base];
		})
	);
	return z.array(z.strictObject(shape));
}

/** Reads every declared table from the story's folder (`dir`, relative to `root`). */
export function readTables(root: string, dir: string, declarations: Record<string, TableDeclaration>, storyYaml: YamlFile): { tables: Map<string, Table>; issues: StoryIssue[] } {
	const issues: StoryIssue[] = [];
	const tables = new Map<string, Table>();
	for (const [tableId, declaration] of Object.entries(declarations)) {
		const types = columnTypes(declaration);
		if (!types.sources) issues.push(storyYaml.issueAt(['tables', tableId, 'columns'], 'a table needs a sources column (sources, or sources? if some rows have none): every fact has its source'));
		if (declaration.key && !(declaration.key in types)) issues.push(storyYaml.issueAt(['tables', tableId, 'key'], `unknown column "${declaration.key}"; the table's columns: ${Object.keys(types).join(', ')}`));
		if (('lat' in types) !== ('lon' in types)) issues.push(storyYaml.issueAt(['tables', tableId, 'columns'], 'a table of places needs both a lat and a lon column'));
		const file = `${dir}/${declaration.file}`;
		const read = readYaml(root, file);
		issues.push(...read.issues);
		if (!read.yaml) continue;
		const result = validate(read.yaml, rowSchema(declaration));
		issues.push(...result.issues);
		if (result.data) tables.set(tableId, { id: tableId, declaration, file, rows: result.data as Row[], yaml: read.yaml, types });
	}
	return { tables, issues };
}

/** A row's key, or its position when the table has no key column. */
export const rowKey = (table: Table, row: Row, index: number): string => (table.declaration.key ? String(row[table.declaration.key]) : `#${index + 1}`);
