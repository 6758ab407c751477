// A story in another language (issue #13): `i18n/<locale>.yaml` in the story's folder holds only
// its text, keyed by the English ids: meta, glossary (by English term), steps (by id), the
// layers' legends and labels, the figures' titles and keys, and the text columns of the tables
// (rows by key, or by their 1-based number in a table without one). Structure, views, colours,
// pins' places and sources stay in the English files, in one place.
//
// The translation must hold exactly the English's text fields: a missing step or field, or one
// the English has not, fails the build with the translation's file and line. It is applied to
// the validated English before layers and figures are resolved, so legends, pins and figures
// come out of the same code in every language.
import type { StoryFile } from '../../story/schema';
import type { StoryIssue } from './errors';
import { readYaml, type YamlFile } from './read-yaml';
import type { Table } from './tables';

type Text = string | string[];
type Path = (string | number)[];

/** One text field of the English story: where it sits in a translation, and how to replace it. */
interface Field {
	path: Path;
	english: Text;
	set(text: Text): void;
}

/** Top-level keys of a translation that are not text of the story (who translated it). */
const ABOUT = 'translation';

/** Every text field of the English story and its tables, in file order. */
export function textFields(story: StoryFile, tables: Map<string, Table>, raw: unknown): Field[] {
	const fields: Field[] = [];
	const add = <T extends object>(path: Path, owner: T, key: keyof T & string) => {
		const value = owner[key] as unknown;
		if (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))) fields.push({ path, english: value as Text, set: (text) => ((owner as Record<string, unknown>)[key] = text) });
	};
	const { meta } = story;
	for (const key of ['title', 'dek', 'kicker', 'byline', 'credit', 'method'] as const) add(['meta', key], meta, key);
	if (meta.share) add(['meta', 'share', 'alt'], meta.share, 'alt');
	for (const entry of story.glossary) for (const key of ['term', 'definition'] as const) add(['glossary', entry.term, key], entry, key);
	for (const step of story.steps) for (const key of ['kicker', 'title', 'body', 'alt', 'notes', 'question'] as const) add(['steps', step.id, key], step, key);
	const rawLayers = ((raw as { layers?: Record<string, Record<string, unknown>> })?.layers ?? {}) as Record<string, Record<string, unknown>>;
	for (const [id, layer] of Object.entries(story.layers)) {
		const at = (...rest: Path) => ['layers', id, ...rest];
		add(at('legend'), layer, 'legend');
		if (layer.kind === 'countries') for (const [code, fill] of Object.entries(layer.fills)) add(at('fills', code, 'label'), fill, 'label');
		if (layer.kind === 'choropleth') {
			layer.classes?.forEach((c, i) => add(at('classes', i, 'label'), c, 'label'));
			for (const [value, c] of Object.entries(layer.categories ?? {})) add(at('categories', value, 'label'), c, 'label');
		}
		// Only a button text the story writes: the default is the interface's own string.
		if (layer.kind === 'pins' && rawLayers[id]?.button !== undefined) add(at('button'), layer, 'button');
	}
	for (const [id, figure] of Object.entries(story.figures)) {
		add(['figures', id, 'title'], figure, 'title');
		if (figure.kind === 'range-chart') {
			add(['figures', id, 'unit'], figure, 'unit');
			add(['figures', id, 'details'], figure, 'details');
			add(['figures', id, 'key', 'value'], figure.key, 'value');
			add(['figures', id, 'key', 'hollow'], figure.key, 'hollow');
		}
	}
	for (const table of tables.values()) {
		const columns = Object.entries(table.types).filter(([, type]) => type === 'text' || type === 'text[]').map(([column]) => column);
		const { key } = table.declaration;
		table.rows.forEach((row, i) => {
			const id = key ? String(row[key]) : String(i + 1);
			for (const column of columns) add(['tables', table.id, id, column], row, column);
		});
	}
	return fields;
}

const at = (data: unknown, path: Path): unknown => path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);

/** The leaves of a translation file, with their paths (arrays of strings are one leaf). */
function leaves(data: unknown, path: Path = []): Path[] {
	if (typeof data === 'string' || (Array.isArray(data) && data.every((v) => typeof v === 'string'))) return [path];
	if (Array.isArray(data)) return data.flatMap((v, i) => leaves(v, [...path, i]));
	if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => leaves(v, [...path, k]));
	return [path];
}

/** Problems of a translation against the English: missing and extra fields, lists of another length. */
export function checkTranslation(fields: Field[], yaml: YamlFile): StoryIssue[] {
	const issues: StoryIssue[] = [];
	const known = new Set(fields.map((f) => JSON.stringify(f.path.map(String))));
	for (const field of fields) {
		const text = at(yaml.data, field.path);
		if (text === undefined) issues.push(yaml.issueAt(field.path, `missing: the English has this text ("${preview(field.english)}")`, 'key'));
		else if (Array.isArray(field.english) !== Array.isArray(text) || typeof (Array.isArray(text) ? text[0] ?? '' : text) !== 'string') issues.push(yaml.issueAt(field.path, Array.isArray(field.english) ? `expected a list of ${field.english.length} texts, as in the English` : 'expected a text'));
		else if (Array.isArray(field.english) && (text as string[]).length !== field.english.length) issues.push(yaml.issueAt(field.path, `expected ${field.english.length} texts, as in the English; got ${(text as string[]).length}`));
		else if (!String(text).trim()) issues.push(yaml.issueAt(field.path, 'empty: translate it, or the English shows'));
	}
	for (const path of leaves(yaml.data)) {
		if (path[0] === ABOUT) continue;
		if (!known.has(JSON.stringify(path.map(String)))) issues.push(yaml.issueAt(path, 'not in the English: the English story has no such text (check the id or the field name)', 'key'));
	}
	return issues;
}

/** Reads and checks `<dir>/i18n/<locale>.yaml`, and puts its texts into the story and tables. */
export function translate(root: string, dir: string, locale: string, story: StoryFile, tables: Map<string, Table>, raw: unknown): StoryIssue[] {
	const read = readYaml(root, `${dir}/i18n/${locale}.yaml`);
	if (!read.yaml) return read.issues;
	const fields = textFields(story, tables, raw);
	const issues = checkTranslation(fields, read.yaml);
	if (issues.length) return issues;
	for (const field of fields) field.set(at(read.yaml.data, field.path) as Text);
	story.meta.lang = locale;
	return [];
}

const preview = (text: Text) => {
	const s = Array.isArray(text) ? text.join('; ') : text;
	return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};
