// Standards checks on the sources (issue 14): every source says what it is, copies name their
// original and are shown "via" the site that carried them, no fact leans only on copies when the
// original body's own text is on the list, the byline says what date the story describes, and
// the separatist-held areas' legend says the line is approximate.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { StoryError, type StoryIssue } from '../../src/lib/server/story/errors';
import { loadStory } from '../../src/lib/server/story/load';
import { stepTexts } from '../../src/lib/server/stepTexts';
import { loadBasemap } from '../../src/lib/server/basemap';
import { legendFor } from '../../src/lib/map/theme';
import { SOURCE_KINDS, sourceName, type Source } from '../../src/lib/story/schema';
import { rowKey } from '../../src/lib/server/story/tables';
import { storyFile, tableRows } from './story-helpers';

const story = loadStory();
const { tables } = storyFile();
const raw = parse(readFileSync('data/sources.yaml', 'utf8')) as Record<string, unknown>[];
const all = new Map<string, Source>();
// Every source the loader resolved: the steps', the meta's, and those of figure values and pins.
const resolved = [
	...story.meta.sources,
	...story.steps.flatMap((step) => [...step.sources, ...(step.figure?.kind === 'range-chart' ? step.figure.values.flatMap((v) => v.sources) : [])]),
	...story.layers.flatMap((l) => (l.kind === 'pins' ? l.pins.flatMap((p) => p.sources) : []))
];
for (const s of resolved) all.set(s.id, s);
// Every source in the file, as the loader parsed it (the steps only reach those they cite).
const byId = (id: string): Source => {
	const found = all.get(id);
	if (found) return found;
	const row = raw.find((r) => r.id === id);
	if (!row) throw new Error(`unknown source ${id}`);
	return { ...(row as unknown as Source), cite: sourceName(row as unknown as Source) };
};

/** Everything that cites sources: each step and each row of each declared table, with a name for messages. */
const citing: { where: string; ids: string[] }[] = [
	...story.steps.map((s) => ({ where: `step ${s.id}`, ids: s.sources.map((x) => x.id) })),
	...[...tables.values()].flatMap((table) => table.rows.map((row, i) => ({ where: `${table.id} ${rowKey(table, row, i)}`, ids: (row.sources as string[] | undefined) ?? [] })))
].filter((c) => c.ids.length);

const isWikipedia = (s: Source) => /wikipedia/i.test(`${s.publisher} ${s.url}`);

describe('sources', () => {
	it('records what each source is, and every copy names its original', () => {
		expect(raw.length).toBeGreaterThan(40);
		// The tables the checks below go through: all six of the story's.
		expect([...tables.keys()].sort()).toEqual(['battlegroups', 'meetings', 'nato-members', 'places', 'troop-estimates', 'troop-sites']);
		expect(resolved.length).toBeGreaterThan(story.steps.length);
		for (const row of raw) {
			expect(SOURCE_KINDS, String(row.id)).toContain(row.kind);
			if (row.kind === 'copy') expect(String(row.original ?? '').trim(), `${row.id} names its original`).not.toBe('');
			else expect(row.original, `${row.id} is not a copy, so names no original`).toBeUndefined();
		}
	});

	it('names a copy after its original, "via" the site that carried it', () => {
		const taipei = byId('S43');
		expect(taipei.kind).toBe('copy');
		expect(taipei.cite).toBe('The New York Times via Taipei Times');
		for (const row of raw) {
			const s = byId(String(row.id));
			if (s.kind === 'copy') expect(s.cite, s.id).toBe(`${s.original} via ${s.publisher}`);
			else expect(s.cite, s.id).toBe(s.publisher);
		}
	});

	it('shows copies as "via" in the step texts', () => {
		const html = stepTexts(story, loadBasemap(story.layers)).get('geneva')!;
		expect(html).toContain('The New York Times via Taipei Times');
		expect(html).toContain('US State Department');
	});

	it('never lets a step or a table row rest only on copies when the original body is itself on the list', () => {
		const primaryPublishers = new Set(raw.filter((r) => r.kind === 'primary').map((r) => String(r.publisher)));
		for (const { where, ids } of citing) {
			const sources = ids.map(byId);
			if (!sources.every((s) => s.kind === 'copy')) continue;
			for (const s of sources) {
				expect(primaryPublishers.has(s.original!), `${where}: ${s.id} copies ${s.original}, whose own text is listed`).toBe(false);
			}
		}
	});

	it('gives every step at least one source that is not a copy', () => {
		for (const step of story.steps) {
			expect(step.sources.some((s) => s.kind !== 'copy'), step.id).toBe(true);
		}
	});

	it('rests no fact on Wikipedia alone', () => {
		for (const { where, ids } of citing) {
			const sources = ids.map(byId);
			if (sources.some(isWikipedia)) expect(sources.some((s) => !isWikipedia(s)), where).toBe(true);
		}
	});

	it('no longer cites the mirrors and aggregators the review found', () => {
		const urls = raw.map((r) => String(r.url));
		for (const gone of ['investguiding.com', 'clankeith.net', 'unmuteit.com', 'real.gr', 'urdupoint.com', 'exbulletin.com']) {
			expect(urls.filter((u) => u.includes(gone)), gone).toEqual([]);
		}
		expect(byId('S54')).toMatchObject({ kind: 'primary', publisher: 'NATO' });
		expect(byId('S52')).toMatchObject({ kind: 'primary', publisher: 'NATO' });
		expect(byId('S41')).toMatchObject({ kind: 'primary', publisher: 'US State Department' });
	});
});

describe('dates and wording', () => {
	it('says what date the story describes, and is published after every source it cites', () => {
		expect(story.meta.covers).toBe('2022-01-28');
		const shown = story.meta.updated ?? story.meta.published;
		const latest = raw.map((r) => String(r.date ?? '')).sort().at(-1)!;
		expect(shown >= latest, `published or updated (${shown}) after the latest source (${latest})`).toBe(true);
		expect(story.meta.published > story.meta.covers).toBe(true);
	});

	it('says on the page which facts rest on a single non-primary source', () => {
		expect(story.meta.methodHtml).toMatch(/single non-primary source/);
		expect(story.meta.methodHtml).toMatch(/Topcor/);
	});

	it('labels the separatist-held areas as approximate in the legend, the credit and the alt text', () => {
		const legend = legendFor({ layers: ['crimea', 'separatist'], highlight: [], pins: [], places: [] }, story.layers, {});
		const separatist = legend.find((i) => i.kind === 'area' && i.layer === 'separatist')!;
		expect(separatist.label).toMatch(/approximate/i);
		expect(story.meta.credit).toMatch(/approximate/i);
		const steps = story.steps.filter((s) => s.layers.includes('separatist'));
		expect(steps.length).toBeGreaterThan(0);
		for (const step of steps) expect(step.alt, step.id).toMatch(/line[^.]*approximate/i);
	});

	it('does not put all 30 ambassadors at the Brussels table, nor date the call to 31 December', () => {
		const brussels = story.steps.find((s) => s.id === 'brussels')!;
		expect(brussels.bodyHtml).not.toMatch(/ambassadors of all 30/);
		const intro = story.steps.find((s) => s.id === 'intro')!;
		expect(`${intro.bodyHtml} ${intro.notes}`).not.toMatch(/date it 31 December/);
	});

	it('uses "Czech Republic" in the tables and on the map', async () => {
		expect(tableRows('nato-members').find((m) => m.code === 'CZE')!.name).toBe('Czech Republic');
		const { buildGeo } = await import('../../scripts/build-geo');
		const topo = JSON.parse(buildGeo(null).countries);
		const cze = topo.objects.countries.geometries.find((g: { id: string }) => g.id === 'CZE');
		expect(cze.properties.name).toBe('Czech Republic');
	});
});

describe('source errors', () => {
	let root = '';
	afterEach(() => root && rmSync(root, { recursive: true, force: true }));

	function issuesAfter(edit: (text: string) => string): { issues: StoryIssue[]; text: string } {
		root = mkdtempSync(join(tmpdir(), 'sources-'));
		cpSync('data', join(root, 'data'), { recursive: true });
		const path = join(root, 'data', 'sources.yaml');
		const before = readFileSync(path, 'utf8');
		const text = edit(before);
		expect(text).not.toBe(before);
		writeFileSync(path, text);
		try {
			loadStory(root);
		} catch (error) {
			expect(error).toBeInstanceOf(StoryError);
			return { issues: (error as StoryError).issues, text };
		}
		throw new Error('expected the broken sources to fail');
	}
	const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

	it('reports a source without a kind at its line', () => {
		const { issues, text } = issuesAfter((t) => t.replace('  publisher: RFE/RL\n  kind: reporting\n', '  publisher: RFE/RL\n'));
		expect(issues).toHaveLength(1);
		expect(issues[0].field).toMatch(/^\[\d+\]\.kind$/);
		expect(issues[0].line).toBe(lineOf(text, '- id: S6\n'));
		expect(issues[0].message).toMatch(/^expected one of "primary", "reporting", "copy"/);
	});

	it('reports a kind that is not one of the three', () => {
		const { issues, text } = issuesAfter((t) => t.replace('  publisher: RFE/RL\n  kind: reporting\n', '  publisher: RFE/RL\n  kind: wire\n'));
		expect(issues).toHaveLength(1);
		expect(issues[0].line).toBe(lineOf(text, 'kind: wire'));
		expect(issues[0].message).toBe('expected one of "primary", "reporting", "copy", got "wire"');
	});

	it('reports a copy that does not name its original', () => {
		const { issues, text } = issuesAfter((t) => t.replace('  kind: copy\n  original: The New York Times\n', '  kind: copy\n'));
		expect(issues).toHaveLength(1);
		expect(issues[0].field).toMatch(/^\[\d+\]\.original$/);
		expect(issues[0].line).toBe(lineOf(text, '- id: S43\n'));
		expect(issues[0].message).toMatch(/kind: copy needs original/);
	});

	it('reports an original on a source that is not a copy', () => {
		const { issues, text } = issuesAfter((t) => t.replace('  publisher: RFE/RL\n  kind: reporting\n', '  publisher: RFE/RL\n  kind: reporting\n  original: AP\n'));
		expect(issues).toHaveLength(1);
		expect(issues[0].line).toBe(lineOf(text, 'original: AP'));
		expect(issues[0].message).toMatch(/only a source of kind copy/);
	});
});
