// Edits of a translation file for `npm run i18n` (scripts/i18n.ts): stamping texts once they are
// checked against the English, and scaffolding the texts a translation lacks. The file goes
// through yaml's Document (parseDocument, setIn, toString), which keeps its comments, key order
// and quoting; long folded paragraphs come out wrapped at LINE_WIDTH.
import { isCollection, isScalar, isSeq, parseDocument, Scalar, YAMLMap, type Document } from 'yaml';
import { STORY_FILE, storySchema, type StoryFile } from '../../story/schema';
import { fieldPath, type StoryIssue } from './errors';
import { readYaml } from './read-yaml';
import { isLeaf, readLeaf, stampOf } from './stamps';
import { readTables } from './tables';
import { textFields, type Field } from './translate';
import { validate } from './validate';

export const LINE_WIDTH = 100;

/** The English story's text fields (what a translation must hold), or the English's own problems. */
export function englishFields(root: string, dir: string): { fields: Field[]; issues: StoryIssue[] } {
	const read = readYaml(root, `${dir}/${STORY_FILE}`);
	if (!read.yaml) return { fields: [], issues: read.issues };
	const result = validate(read.yaml, storySchema);
	if (!result.data) return { fields: [], issues: result.issues };
	const story = result.data as StoryFile;
	const { tables, issues } = readTables(root, dir, story.tables, read.yaml);
	if (issues.length) return { fields: [], issues };
	return { fields: textFields(story, tables, read.yaml.data), issues: [] };
}

export const parseTranslation = (source: string) => parseDocument(source, { uniqueKeys: true });
export const printTranslation = (doc: Document) => doc.toString({ lineWidth: LINE_WIDTH });

/** Whether `field` is named by one of `names`: its own path, or a parent's (`steps.<id>`). */
export function named(field: Field, names: string[]): boolean {
	const path = fieldPath(field.path);
	return names.some((n) => path === n || path.startsWith(`${n}.`) || path.startsWith(`${n}[`));
}

export interface Stamped {
	/** Fields stamped now, by path. */
	stamped: string[];
	/** Named fields that could not be stamped (not translated yet), by path. */
	skipped: string[];
}

/**
 * Stamps the named fields (or, when none is named, every field without a stamp) with the stamp
 * of their current English: a bare text becomes `{ en, text }`, a stamped one gets the new `en`.
 */
export function stampFields(doc: Document, fields: Field[], names: string[]): Stamped {
	const out: Stamped = { stamped: [], skipped: [] };
	const data = doc.toJS() as unknown;
	for (const field of fields) {
		const value = valueAt(data, field.path);
		const leaf = readLeaf(value);
		if (names.length ? !named(field, names) : leaf.stamped || value === undefined) continue;
		const path = fieldPath(field.path);
		if (value === undefined || leaf.text === null || !isLeaf(value)) {
			out.skipped.push(path);
			continue;
		}
		const en = stampOf(field.english);
		if (leaf.stamped) {
			if (leaf.en === en) continue;
			doc.setIn([...field.path, 'en'], en);
		} else doc.setIn(field.path, stampedNode(doc, field.path, en));
		out.stamped.push(path);
	}
	return out;
}

/** A bare text's node wrapped as `{ en, text }`: on one line when the text was on one line and it fits. */
function stampedNode(doc: Document, path: (string | number)[], en: string): YAMLMap {
	const text = doc.getIn(path, true);
	const map = new YAMLMap();
	map.set(new Scalar('en'), new Scalar(en));
	map.set(new Scalar('text'), text);
	const parent = doc.getIn(path.slice(0, -1), true);
	const block = isScalar(text) && (text.type === Scalar.BLOCK_LITERAL || text.type === Scalar.BLOCK_FOLDED);
	const length = 2 * path.length + String(path.at(-1)).length + String(isScalar(text) ? text.value : '').length + 24;
	map.flow = (isCollection(parent) && parent.flow === true) || (!block && !isSeq(text) && length <= LINE_WIDTH);
	return map;
}

/** Adds the fields a translation lacks as `{ en, text: null }`, so the build fails until they are translated. */
export function scaffoldFields(doc: Document, fields: Field[]): string[] {
	const added: string[] = [];
	const data = doc.toJS() as unknown;
	for (const field of fields) {
		if (valueAt(data, field.path) !== undefined) continue;
		ensureMaps(doc, field.path.slice(0, -1));
		const node = new YAMLMap();
		node.set(new Scalar('en'), new Scalar(stampOf(field.english)));
		node.set(new Scalar('text'), new Scalar(null));
		node.flow = true;
		doc.setIn(field.path, node);
		added.push(fieldPath(field.path));
	}
	return added;
}

/** Creates the missing mappings on the way to a field (a list's items are mappings keyed by index). */
function ensureMaps(doc: Document, path: (string | number)[]) {
	for (let n = 1; n <= path.length; n++) {
		const sub = path.slice(0, n);
		const node = doc.getIn(sub, true);
		if (node !== undefined) continue;
		const next = path[n];
		doc.setIn(sub, typeof next === 'number' ? doc.createNode([]) : new YAMLMap());
	}
}

const valueAt = (data: unknown, path: (string | number)[]): unknown => path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
