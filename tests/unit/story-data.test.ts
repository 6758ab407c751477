// The shipped story and its tables hold together: required steps in order, every fact sourced,
// coordinates plausible, and nothing the fact brief marks unverified. Rows are read from the
// story's declared tables (as the loader reads them) or from the layers and figures they became.
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/server/story/load';
import type { MapLayer } from '../../src/lib/story/types';
import { storyFile, tableRows } from './story-helpers';

const story = loadStory();
const { story: declared, tables } = storyFile();
const layer = <K extends MapLayer['kind']>(id: string, kind: K) => {
	const found = story.layers.find((l) => l.id === id);
	if (found?.kind !== kind) throw new Error(`layer ${id} is not a ${kind} layer`);
	return found as Extract<MapLayer, { kind: K }>;
};
const meetings = layer('talks', 'pins').pins;

describe('the shipped story', () => {
	it('has the required steps in order', () => {
		const ids = story.steps.map((s) => s.id);
		const required = ['intro', 'buildup', 'demands', 'eastern-flank', 'geneva', 'brussels', 'vienna'];
		const positions = required.map((id) => ids.indexOf(id));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		const closing = story.steps.at(-1)!;
		expect([...closing.pins].sort()).toEqual(['brussels', 'geneva', 'vienna']);
		expect(declared.steps.at(-1)!.figure).toBe('meeting-timeline');
		expect(closing.figure?.kind).toBe('timeline');
		if (closing.figure?.kind !== 'timeline') return;
		// The timeline is the three meetings, in date order.
		expect(closing.figure.events.map((e) => e.label)).toEqual(['Geneva', 'Brussels', 'Vienna']);
	});

	it('gives every step a text alternative, sources, speaker notes and a question', () => {
		for (const step of story.steps) {
			expect(step.alt.length, step.id).toBeGreaterThan(40);
			expect(step.sources.length, step.id).toBeGreaterThan(0);
			expect(step.notes.length, step.id).toBeGreaterThan(20);
			expect(step.question, step.id).toMatch(/\?$/);
		}
	});

	it('centres each meeting step on its pin', () => {
		expect(meetings).toHaveLength(3);
		for (const meeting of meetings) {
			const step = story.steps.find((s) => s.id === meeting.id)!;
			expect(step.pins).toContain(meeting.id);
			expect('center' in step.camera && step.camera.center).toEqual([meeting.lon, meeting.lat]);
		}
	});

	it('dates the three meetings in January 2022', () => {
		expect(meetings.map((m) => [m.id, m.date])).toEqual([
			['geneva', '2022-01-10'],
			['brussels', '2022-01-12'],
			['vienna', '2022-01-13']
		]);
	});

	it('sources every row of every table', () => {
		// Only the places table may leave a row unsourced (a place's position is GeoNames', credited once).
		for (const table of tables.values()) {
			expect(table.declaration.columns.sources, table.id).toBe(table.id === 'places' ? 'sources?' : 'sources');
			if (table.id === 'places') continue;
			for (const row of table.rows) expect((row.sources as string[]).length, table.id).toBeGreaterThan(0);
		}
		expect(tables.size).toBe(6);
		for (const source of story.meta.sources) expect(source.url).toMatch(/^https?:\/\//);
		for (const meeting of meetings) expect(meeting.sources.length, meeting.id).toBeGreaterThan(0);
	});

	it('keeps coordinates in Europe and its neighbours (except Washington and Wilmington)', () => {
		const points = [...story.layers.flatMap((l) => (l.kind === 'points' ? l.points : [])), ...meetings];
		// Every row of every table with a position is drawn by a points or pins layer.
		const rows = [...tables.values()].filter((t) => t.types.lat === 'lat').flatMap((t) => t.rows);
		expect(points).toHaveLength(rows.length);
		for (const p of points) {
			if (['washington', 'wilmington', 'ottawa'].includes(p.id)) continue;
			expect(p.lon, p.id).toBeGreaterThan(-10);
			expect(p.lon, p.id).toBeLessThan(50);
			expect(p.lat, p.id).toBeGreaterThan(35);
			expect(p.lat, p.id).toBeLessThan(72);
		}
	});

	it('lists the 30 NATO members of December 2021 with their accession years', () => {
		const members = tableRows('nato-members') as { code: string; joined: number; borders: string[] }[];
		expect(members).toHaveLength(30);
		const joined = Object.fromEntries(members.map((m) => [m.code, m.joined]));
		expect(joined).toMatchObject({ USA: 1949, TUR: 1952, DEU: 1955, ESP: 1982, POL: 1999, EST: 2004, HRV: 2009, MNE: 2017, MKD: 2020 });
		const flank = members.filter((m) => m.borders.length).map((m) => m.code).sort();
		expect(flank).toEqual(['EST', 'HUN', 'LTU', 'LVA', 'NOR', 'POL', 'ROU', 'SVK']);
		// The eastern-flank layer colours exactly those as bordering members.
		const flankLayer = layer('eastern-flank', 'fills');
		const bordering = flankLayer.classes.findIndex((c) => c.label.startsWith('NATO members bordering'));
		expect(Object.keys(flankLayer.countries).filter((code) => flankLayer.countries[code] === bordering).sort()).toEqual(flank);
	});

	it('leaves out sites the fact brief could not verify', () => {
		const ids = layer('troop-sites', 'points').points.map((s) => s.id);
		expect(ids.length).toBeGreaterThan(5);
		for (const unverified of ['klintsy', 'persianovsky', 'dzhankoy']) expect(ids).not.toContain(unverified);
	});

	it('orders troop estimates by date and keeps ranges sensible', () => {
		// In the file (the chart sorts its values itself, so the table's own order is checked here).
		const rows = tableRows('troop-estimates') as { date: string; low: number; high?: number; scope: string }[];
		const dates = rows.map((e) => e.date);
		expect(dates.length).toBeGreaterThan(5);
		expect([...dates].sort()).toEqual(dates);
		const figure = story.steps.map((s) => s.figure).find((f) => f?.kind === 'range-chart');
		if (figure?.kind !== 'range-chart') throw new Error('the story has a range chart');
		expect(figure.values).toHaveLength(rows.length);
		for (const e of [...rows, ...figure.values]) {
			if (e.high) expect(e.high).toBeGreaterThan(e.low);
			expect(e.scope.length).toBeGreaterThan(5);
		}
	});
});
