// Reads one YAML data file keeping positions, so every later check can point at a line.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { fieldPath, type StoryIssue } from './errors';

export interface YamlFile {
	file: string;
	data: unknown;
	/** Position of the value at `path`, or of its nearest existing parent. */
	issueAt(path: readonly PropertyKey[], message: string, at?: 'key' | 'value'): StoryIssue;
}

export function readYaml(root: string, file: string): { yaml?: YamlFile; issues: StoryIssue[] } {
	let source: string;
	try {
		source = readFileSync(resolve(root, file), 'utf8');
	} catch {
		return { issues: [{ file, line: 1, col: 1, field: '', message: 'file not found or not readable' }] };
	}
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length) {
		return {
			issues: doc.errors.map((e) => {
				const pos = lineCounter.linePos(e.pos[0]);
				return { file, line: pos.line, col: pos.col, field: '', message: `invalid YAML: ${firstLine(e.message)}` };
			})
		};
	}
	const issueAt: YamlFile['issueAt'] = (path, message, at = 'value') => {
		const offset = locate(doc, path, at);
		const pos = lineCounter.linePos(offset);
		return { file, line: pos.line, col: pos.col, field: fieldPath(path), message };
	};
	return { yaml: { file, data: doc.toJS(), issueAt }, issues: [] };
}

/** Walks up the path until a node exists: a missing field is reported at its parent. */
function locate(doc: Document, path: readonly PropertyKey[], at: 'key' | 'value'): number {
	for (let n = path.length; n > 0; n--) {
		const parentPath = path.slice(0, n - 1) as unknown[];
		const key = path[n - 1];
		const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
		if (at === 'key' && n === path.length && parent && 'items' in (parent as object)) {
			// Unknown keys are reported where the key is written, not at its value.
			const pair = (parent as { items: { key?: unknown }[] }).items.find(
				(item) => isNode(item.key) && (item.key as { value?: unknown }).value === key
			);
			if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
		}
		const node = doc.getIn(path.slice(0, n) as unknown[], true);
		if (isNode(node) && node.range) return node.range[0];
	}
	return isNode(doc.contents) && doc.contents.range ? doc.contents.range[0] : 0;
}

function firstLine(message: string): string {
	return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
