// A story in another language (issue #13): `i18n/<locale>.yaml` in the story's folder holds only
// its text, keyed by the English ids: meta, glossary (by English term), steps (by id), the
// layers' legends and labels, the figures' titles and keys, and the text columns of the tables
// (rows by key, or by their 1-based number in a table without one). Structure, views, colours,
// pins' places and sources stay in the English files, in one place.
//
// The translation must hold exactly the English's text fields: a missing step or field, or one
// the English has not, fails the build with the translation's file and line. Each text carries
// the stamp of the English it translates (./stamps.ts), so one that falls behind an edit of the
// English is reported as a warning; `npm run i18n` (scripts/i18n.ts) stamps, lists and scaffolds
// them. The translation's credit (`translation: { note }`) becomes meta.translation. It is applied to
// the validated English before layers and figures are resolved, so legends, pins and figures
// come out of the same code in every language.
import type { StoryFile } from '../../story/schema';
import { fieldPath, type StoryIssue } from './errors';
import { readYaml, type YamlFile } from './read-yaml';
import { isLeaf, isText, normalize, readLeaf, STAMP, stampOf, type Text } from './stamps';
import type { Table } from './tables';

type Path = (string | number)[];

/** One text field of the English story: where it sits in a translation, and how to replace it. */
export interface Field {
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
const key = (path: Path) => JSON.stringify(path.map(String));

/** What a translation's check found: errors fail the build, warnings (stale or unstamped texts) do not. */
export interface Checked {
	errors: StoryIssue[];
	warnings: StoryIssue[];
}

/**
 * Problems of a translation against the English: missing and extra fields, lists of another
 * length, empty texts and malformed stamps (errors); texts whose English changed since they were
 * stamped, or never stamped (warnings).
 */
export function checkTranslation(fields: Field[], yaml: YamlFile, locale: string): Checked {
	const errors: StoryIssue[] = [];
	const warnings: StoryIssue[] = [];
	const stampHint = (path: Path) => `npm run i18n -- stamp ${locale} ${fieldPath(path)}`;
	for (const field of fields) {
		const value = at(yaml.data, field.path);
		if (value === undefined) {
			errors.push(yaml.issueAt(field.path, `missing: the English has this text ("${preview(field.english)}"); npm run i18n -- scaffold ${locale} writes it for you to translate`, 'key'));
			continue;
		}
		const leaf = readLeaf(value);
		const text = leaf.text;
		const textPath = leaf.stamped || (value && typeof value === 'object' && !Array.isArray(value)) ? [...field.path, 'text'] : field.path;
		if (text === null) errors.push(yaml.issueAt(textPath, `not translated yet: write the translation of "${preview(field.english)}"`));
		else if (!isText(text) && text !== undefined && typeof text === 'object' && !Array.isArray(text)) errors.push(yaml.issueAt(field.path, 'expected a text, or { en: <stamp>, text: <the translation> }'));
		else if (Array.isArray(field.english) !== Array.isArray(text) || !isText(text)) errors.push(yaml.issueAt(textPath, Array.isArray(field.english) ? `expected a list of ${field.english.length} texts, as in the English` : 'expected a text'));
		else if (Array.isArray(field.english) && text.length !== field.english.length) errors.push(yaml.issueAt(textPath, `expected ${field.english.length} texts, as in the English; got ${text.length}`));
		else if (!normalize(text).trim()) errors.push(yaml.issueAt(textPath, 'empty: translate it, or the English shows'));
		else if (leaf.stamped && (typeof leaf.en !== 'string' || !STAMP.test(leaf.en))) errors.push(yaml.issueAt([...field.path, 'en'], `expected the stamp of the English (8 hex digits); after checking the text, ${stampHint(field.path)}`));
		else if (!leaf.stamped) warnings.push(yaml.issueAt(field.path, `not stamped, so a later edit of the English would go unreported; check it against the English, then ${stampHint(field.path)}`, 'key'));
		else if (leaf.en !== stampOf(field.english)) warnings.push(yaml.issueAt(field.path, `the English changed since this was translated (was ${leaf.en}, now ${stampOf(field.english)}); update the text, then ${stampHint(field.path)}`, 'key'));
	}
	errors.push(...extraFields(yaml, new Set(fields.map((f) => key(f.path)))));
	return { errors, warnings };
}

/** Leaves of the translation the English has no text for (the `translation` credit aside). */
function extraFields(yaml: YamlFile, known: Set<string>): StoryIssue[] {
	const issues: StoryIssue[] = [];
	const walk = (node: unknown, path: Path) => {
		if (known.has(key(path))) return;
		if (path.length && !isLeaf(node) && node && typeof node === 'object') {
			for (const [k, v] of Array.isArray(node) ? node.entries() : Object.entries(node)) walk(v, [...path, k]);
			return;
		}
		if (path.length) issues.push(yaml.issueAt(path, 'not in the English: the English story has no such text (check the id or the field name)', 'key'));
	};
	for (const [k, v] of Object.entries((yaml.data ?? {}) as Record<string, unknown>)) if (k !== ABOUT) walk(v, [k]);
	return issues;
}

/** The translation's credit, `translation: { note }`: who translated the story, shown under the byline. */
function credit(yaml: YamlFile): { note?: string; issues: StoryIssue[] } {
	const about = at(yaml.data, [ABOUT]);
	const note = at(yaml.data, [ABOUT, 'note']);
	const issues: StoryIssue[] = [];
	if (typeof note !== 'string' || !note.trim()) issues.push(yaml.issueAt([ABOUT, 'note'], 'expected the translation credit shown under the byline, such as `translation: { note: "Translated from the English by the graphics desk" }`', 'key'));
	if (about && typeof about === 'object') for (const k of Object.keys(about)) if (k !== 'note') issues.push(yaml.issueAt([ABOUT, k], `unknown field "${k}" (a translation's credit has only a note)`, 'key'));
	return { note: typeof note === 'string' ? note.trim() : undefined, issues };
}

/**
 * Reads and checks `<dir>/i18n/<locale>.yaml`, and puts its texts into the story and tables.
 * Returns the errors (nothing is applied then) and the warnings (stale or unstamped texts).
 */
export function translate(root: string, dir: string, locale: string, story: StoryFile, tables: Map<string, Table>, raw: unknown): Checked & { credit?: string } {
	const read = readYaml(root, translationFile(dir, locale));
	if (!read.yaml) return { errors: read.issues, warnings: [] };
	const fields = textFields(story, tables, raw);
	const checked = checkTranslation(fields, read.yaml, locale);
	const about = credit(read.yaml);
	checked.errors.push(...about.issues);
	if (checked.errors.length) return checked;
	for (const field of fields) field.set(readLeaf(at(read.yaml.data, field.path)).text as Text);
	story.meta.lang = locale;
	return { ...checked, credit: about.note };
}

export const translationFile = (dir: string, locale: string) => `${dir}/i18n/${locale}.yaml`;

const preview = (text: Text) => {
	const s = Array.isArray(text) ? text.join('; ') : text;
	return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};
