// Helpers shared by the unit tests (not a test file itself): a story's declared tables, read and
// checked as the loader reads them, and small throwaway stories written to a temporary folder.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { StoryError, type StoryIssue } from '../../src/lib/server/story/errors';
import { loadStory } from '../../src/lib/server/story/load';
import { readYaml } from '../../src/lib/server/story/read-yaml';
import { readTables, type Row, type Table } from '../../src/lib/server/story/tables';
import { validate } from '../../src/lib/server/story/validate';
import { STORY_FILE, storySchema, type StoryFile } from '../../src/lib/story/schema';
import type { Story } from '../../src/lib/story/types';

/** The two stories the repository ships: the default one and the second one. */
export const STORY_DIRS = ['data', 'data/stories/nato-enlargement'] as const;

/** A story folder's story.yaml, validated, and its declared tables, read as the loader reads them. */
export function storyFile(dir = 'data', root = process.cwd()): { story: StoryFile; tables: Map<string, Table> } {
	const read = readYaml(root, `${dir}/${STORY_FILE}`);
	if (!read.yaml) throw new StoryError(read.issues);
	const result = validate(read.yaml, storySchema);
	if (!result.data) throw new StoryError(result.issues);
	const { tables, issues } = readTables(root, dir, result.data.tables, read.yaml);
	if (issues.length) throw new StoryError(issues);
	return { story: result.data, tables };
}

/** The rows of one declared table of a story, in file order. */
export function tableRows(id: string, dir = 'data'): Row[] {
	const table = storyFile(dir).tables.get(id);
	if (!table) throw new Error(`no table "${id}" in ${dir}/story.yaml`);
	return table.rows;
}

/** The 1-based line of the first occurrence of `needle` in `text` (the needle must be there). */
export function lineOf(text: string, needle: string, from = 0): number {
	const at = text.indexOf(needle, from);
	if (at < 0) throw new Error(`"${needle}" is not in the text`);
	return text.slice(0, at).split('\n').length;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- story.yaml as plain data, broken on purpose in some tests
type Yaml = Record<string, any>;

/** One source, cited by every step and row of a throwaway story. */
export const SOURCES = [
	{ id: 'S1', publisher: 'Example Agency', kind: 'primary', title: 'A report', date: '2024-01-02', url: 'https://example.org/report' },
	{ id: 'S2', publisher: 'Example Wire', kind: 'copy', original: 'Example Paper', url: 'https://example.org/copy' }
];

/** A valid story.yaml around the given tables, layers, figures and steps. */
export function storyYaml(parts: { tables?: Yaml; layers?: Yaml; figures?: Yaml; defaults?: Yaml; steps?: Yaml[] }): Yaml {
	const step = {
		id: 'one',
		title: 'One',
		body: 'Text.',
		view: { center: [10, 50], zoom: 4 },
		layers: [],
		alt: 'A map of the test story.',
		sources: ['S1'],
		notes: 'Notes.',
		question: 'Why?'
	};
	return {
		meta: {
			title: 'Test story',
			dek: 'A story for the unit tests.',
			byline: 'Tests',
			covers: '2024-01-01',
			published: '2024-02-01',
			lang: 'en',
			credit: 'Test data.',
			method: 'Made up.',
			sources: ['S1']
		},
		tables: parts.tables ?? {},
		...(parts.defaults ? { defaults: parts.defaults } : {}),
		layers: parts.layers ?? {},
		...(parts.figures ? { figures: parts.figures } : {}),
		steps: (parts.steps ?? [{}]).map((s) => ({ ...step, ...s }))
	};
}

export interface TempStory {
	root: string;
	/** The story's folder, relative to `root` (what errors name files by). */
	dir: string;
	/** A file of the story as written. */
	text(file: string): string;
	load(): Story;
	/** The issues loading reports (fails if it loads). */
	issues(): StoryIssue[];
	remove(): void;
}

/**
 * Writes a story folder under a fresh temporary root: story.yaml (from data, or as text),
 * sources.yaml and any other files (YAML tables as data or text, GeoJSON as data).
 */
export function writeStory(story: Yaml | string, files: Record<string, unknown> = {}, sources: unknown = SOURCES): TempStory {
	const root = mkdtempSync(join(tmpdir(), 'story-kinds-'));
	const dir = 'story';
	const write = (file: string, content: unknown) => {
		const path = join(root, dir, file);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, typeof content === 'string' ? content : file.endsWith('.json') ? JSON.stringify(content) : stringify(content));
	};
	write(STORY_FILE, story);
	write('sources.yaml', sources);
	for (const [file, content] of Object.entries(files)) write(file, content);
	return {
		root,
		dir,
		text: (file) => readFileSync(join(root, dir, file), 'utf8'),
		load: () => loadStory(root, dir),
		issues: () => {
			try {
				loadStory(root, dir);
			} catch (error) {
				if (!(error instanceof StoryError)) throw error;
				return error.issues;
			}
			throw new Error('expected the story to fail to load');
		},
		remove: () => rmSync(root, { recursive: true, force: true })
	};
}
