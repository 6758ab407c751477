// The shipped story and its tables hold together: required steps in order, every fact sourced,
// coordinates plausible, and nothing the fact brief marks unverified.
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/server/story/load';

const story = loadStory();
const { data } = story;

describe('the shipped story', () => {
	it('has the required steps in order', () => {
		const ids = story.steps.map((s) => s.id);
		const required = ['intro', 'buildup', 'demands', 'eastern-flank', 'geneva', 'brussels', 'vienna'];
		const positions = required.map((id) => ids.indexOf(id));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		const closing = story.steps.at(-1)!;
		expect(closing.pins.sort()).toEqual(['brussels', 'geneva', 'vienna']);
		expect(closing.figure).toBe('meeting-timeline');
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
		for (const meeting of data.meetings) {
			const step = story.steps.find((s) => s.id === meeting.id)!;
			expect(step.pins).toContain(meeting.id);
			expect('center' in step.camera && step.camera.center).toEqual([meeting.lon, meeting.lat]);
		}
	});

	it('dates the three meetings in January 2022', () => {
		expect(data.meetings.map((m) => [m.id, m.date])).toEqual([
			['geneva', '2022-01-10'],
			['brussels', '2022-01-12'],
			['vienna', '2022-01-13']
		]);
	});

	it('sources every row of every table', () => {
		for (const rows of [data.troopSites, data.troopEstimates, data.natoMembers, data.battlegroups, data.meetings]) {
			for (const row of rows) expect(row.sources.length).toBeGreaterThan(0);
		}
		for (const source of story.meta.sources) expect(source.url).toMatch(/^https?:\/\//);
	});

	it('keeps coordinates in Europe and its neighbours (except Washington and Wilmington)', () => {
		const points = [...data.places, ...data.troopSites, ...data.battlegroups, ...data.meetings];
		for (const p of points) {
			if (['washington', 'wilmington', 'ottawa'].includes(p.id)) continue;
			expect(p.lon, p.id).toBeGreaterThan(-10);
			expect(p.lon, p.id).toBeLessThan(50);
			expect(p.lat, p.id).toBeGreaterThan(35);
			expect(p.lat, p.id).toBeLessThan(72);
		}
	});

	it('lists the 30 NATO members of December 2021 with their accession years', () => {
		expect(data.natoMembers).toHaveLength(30);
		const joined = Object.fromEntries(data.natoMembers.map((m) => [m.code, m.joined]));
		expect(joined).toMatchObject({ USA: 1949, TUR: 1952, DEU: 1955, ESP: 1982, POL: 1999, EST: 2004, HRV: 2009, MNE: 2017, MKD: 2020 });
		const flank = data.natoMembers.filter((m) => m.borders.length).map((m) => m.code).sort();
		expect(flank).toEqual(['EST', 'HUN', 'LTU', 'LVA', 'NOR', 'POL', 'ROU', 'SVK']);
	});

	it('leaves out sites the fact brief could not verify', () => {
		const ids = data.troopSites.map((s) => s.id);
		for (const unverified of ['klintsy', 'persianovsky', 'dzhankoy']) expect(ids).not.toContain(unverified);
	});

	it('orders troop estimates by date and keeps ranges sensible', () => {
		const dates = data.troopEstimates.map((e) => e.date);
		expect([...dates].sort()).toEqual(dates);
		for (const e of data.troopEstimates) {
			if (e.high) expect(e.high).toBeGreaterThan(e.low);
			expect(e.scope.length).toBeGreaterThan(5);
		}
	});
});
