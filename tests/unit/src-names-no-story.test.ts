// The engine knows kinds of layer and figure; the stories name the instances (issue #12). So no
// file under src/ may name a place, actor, layer, table, figure or data file of either story:
// a story is changed by editing its folder, never the code. The names are gathered from the
// stories' own content, so a new place or layer is covered as soon as it is written, and each
// one found in src/ is printed as file:line.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORY_DIRS, storyFile } from './story-helpers';

/**
 * Ids of the stories that are also plain English words the code uses in their ordinary sense
 * (matched case-sensitively, so "Founders" in a legend label is still a name).
 */
const ALLOWED: Record<string, string> = {
	places: 'a points layer and table id in both stories; also the engine\'s word for rows with a position (a step\'s `places`, placeIndex)',
	context: 'a countries layer id; also any "context" (a 2D context, a layer context, a tsconfig context)',
	events: 'a table id of the second story; also the timeline figure\'s `events` and DOM events',
	members: 'a table id of the second story; also the word in the code\'s prose',
	neighbours: 'a countries layer id of the second story; also the word in the code\'s prose'
};

/** Step ids that are generic words, not names: an id the code used would still say nothing about a story. */
const GENERIC_STEP_IDS = new Set(['intro', 'buildup', 'demands', 'talks', 'closing', 'founders', 'cold-war', 'open-door']);

/** A short text value is a name (a place, a person, a country, a label), not a sentence. */
const isShort = (text: string) => text.length <= 40 && !/[.;!?]\s/.test(text) && !/\p{Ll}[.!?]$/u.test(text) && !text.includes('\n');
/** Runs of two or more capitalised words in longer text: people, bodies and places ("Wendy Sherman", "Military Times"). */
const properNouns = (text: string) => text.match(/\p{Lu}[\p{L}'’-]+(?:\s+(?:of\s+the\s+|of\s+)?\p{Lu}[\p{L}'’-]+)+/gu) ?? [];
/**
 * The names a label starts with: "Russia (the Soviet Union until 1991)" → "Russia";
 * "Greenland and the Faroe Islands, covered by …" → that, "Greenland" and "Faroe Islands".
 */
const leadingNames = (label: string) => {
	const lead = label.split(/[,(:]/)[0].trim();
	return [lead, ...lead.split(/\s+and\s+(?:the\s+)?/)];
};

type Name = { name: string; from: string };

function storyNames(dir: string): Name[] {
	const { story, tables } = storyFile(dir);
	const out: Name[] = [];
	const add = (from: string, ...names: (string | undefined)[]) => {
		for (const name of names) if (name) out.push({ name: name.trim(), from: `${dir}: ${from}` });
	};
	const addText = (from: string, text: string) => {
		if (isShort(text)) add(from, text);
		add(from, ...properNouns(text));
	};

	for (const [id, table] of Object.entries(story.tables)) add('table id', id), add('table file', table.file, basename(table.file), basename(table.file).replace(/\.ya?ml$/, ''));
	for (const id of Object.keys(story.figures)) add('figure id', id);
	for (const step of story.steps) {
		if (!GENERIC_STEP_IDS.has(step.id)) add('step id', step.id);
		add(`step ${step.id} highlight`, ...step.highlight);
	}
	for (const [id, layer] of Object.entries(story.layers)) {
		add('layer id', id);
		add(`layer ${id} legend`, layer.legend);
		if ('geojson' in layer && layer.geojson) add(`layer ${id} geojson`, layer.geojson, basename(layer.geojson), basename(layer.geojson).replace(/\.json$/, ''));
		const fills = layer.kind === 'countries' ? Object.entries(layer.fills) : [];
		for (const [code, fill] of fills) add(`layer ${id} fills`, code, fill.label, ...leadingNames(fill.label), ...properNouns(fill.label));
		const classes = layer.kind === 'choropleth' ? [...(layer.classes ?? []), ...Object.values(layer.categories ?? {})] : [];
		for (const c of classes) add(`layer ${id} class`, c.label, ...leadingNames(c.label), ...properNouns(c.label));
	}
	for (const table of tables.values()) {
		table.rows.forEach((row, i) => {
			const from = `${table.file} row ${i + 1}`;
			for (const [column, type] of Object.entries(table.types)) {
				const value = row[column];
				if (value === undefined) continue;
				if (['id', 'place', 'country'].includes(type) || column === table.declaration.key) add(from, String(value));
				if (type === 'country[]') add(from, ...(value as string[]));
				if (type === 'text') addText(`${from} ${column}`, value as string);
				if (type === 'text[]') for (const item of value as string[]) addText(`${from} ${column}`, item);
			}
		});
	}
	// Glossary terms that are names (OSCE, Warsaw Pact), not the story's vocabulary ("accession protocol").
	for (const { term } of story.glossary) if (/\p{Lu}/u.test(term)) add('glossary term', term);
	// The names a story gives countries on its map, where it has any.
	const countryNames = (story as { countryNames?: Record<string, string> }).countryNames ?? {};
	for (const [code, name] of Object.entries(countryNames)) add('countryNames', code, name);
	// Names of at least three characters with a letter: not dates, counts or two-letter words.
	return out.filter(({ name }) => name.length >= 3 && /\p{L}/u.test(name) && !(name in ALLOWED));
}

const names = new Map<string, string>();
for (const dir of STORY_DIRS) for (const { name, from } of storyNames(dir)) if (!names.has(name)) names.set(name, from);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any of the names as a whole word: not inside a longer word (a hyphen or a dot ends a word). */
const pattern = new RegExp(
	`(?<![\\p{L}\\p{N}_])(?:${[...names.keys()]
		.sort((a, b) => b.length - a.length)
		.map(escape)
		.join('|')})(?![\\p{L}\\p{N}_])`,
	'gu'
);

function sourceFiles(dir: string): string[] {
	return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(ts|svelte|css|html)$/.test(f)).map((f) => join(dir, f));
}

/** Every name found, as `file:line: "name" (where the story has it): the line`. */
function hits(files: string[], read = (f: string) => readFileSync(f, 'utf8')): string[] {
	const out: string[] = [];
	for (const file of files) {
		read(file)
			.split('\n')
			.forEach((line, i) => {
				for (const [name] of line.matchAll(pattern)) out.push(`${file}:${i + 1}: "${name}" (${names.get(name)}): ${line.trim().slice(0, 160)}`);
			});
	}
	return out;
}

describe('src/ names nothing of either story', () => {
	it('gathers the stories\' names from their content', () => {
		// A sample of each kind, so the list cannot silently be empty or miss a kind.
		for (const name of ['troop-sites', 'nato-members', 'troop-estimates', 'meeting-timeline', 'path-to-membership', 'rounds-1949', 'border-finland', 'crimea', 'separatist', 'eastern-flank'])
			expect(names.has(name), `id ${name}`).toBe(true);
		for (const name of ['troop-sites.yaml', 'geo/disputed.json', 'disputed', 'russia-border.json', 'russia-border']) expect(names.has(name), `file ${name}`).toBe(true);
		for (const name of ['Moscow', 'moscow', 'Geneva', 'geneva', 'Kyiv', 'Tapa', 'United Kingdom', 'Czech Republic', 'Türkiye', 'Greenland', 'Russia', 'Belarus', 'RUS', 'UKR', 'FRO', 'Wendy Sherman', 'Sergei Ryabkov', 'OSCE'])
			expect(names.has(name), `name ${name}`).toBe(true);
		for (const generic of [...Object.keys(ALLOWED), 'intro', 'closing', 'open-door']) expect(names.has(generic), generic).toBe(false);
	});

	it('finds a name as a whole word only, case-sensitively', () => {
		const fake: Record<string, string> = {
			'a.ts': "const id = 'troop-sites';\nconst x = crimean;\n// Moscow\nconst y = 'MOSCOW moscowx';",
			'b.css': '.meeting-timeline { color: red }\n.nothing {}'
		};
		expect(hits(Object.keys(fake), (f) => fake[f]).map((h) => h.split(' (')[0])).toEqual(['a.ts:1: "troop-sites"', 'a.ts:3: "Moscow"', 'b.css:1: "meeting-timeline"']);
	});

	it('finds none in src/', () => {
		const files = sourceFiles('src');
		expect(files.length).toBeGreaterThan(50);
		const found = hits(files);
		expect(found, `src/ names the stories:\n${found.join('\n')}`).toEqual([]);
	});
});
