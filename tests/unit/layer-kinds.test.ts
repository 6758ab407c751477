// Each kind of map layer a story can declare (src/lib/story/declarations.ts), resolved by the
// loader (src/lib/server/story/layers.ts) from a small story written to a temporary folder, and
// the legend the map builds from it (src/lib/map/theme.ts). Then the mistakes a journalist can
// make in a layer, each reported with its file, line and field.
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue, type StoryIssue } from '../../src/lib/server/story/errors';
import { countryFills, FOCUS, legendFor, stepLayers, stepPins } from '../../src/lib/map/theme';
import { mapPoints, visiblePointIds } from '../../src/lib/map/features';
import { COLORS, paletteColors } from '../../src/lib/map/palette';
import type { MapLayer, StepView } from '../../src/lib/story/types';
import { lineOf, storyYaml, writeStory, type TempStory } from './story-helpers';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadStory } from '../../src/lib/server/story/load';
import { englishFields, parseTranslation, printTranslation, scaffoldFields } from '../../src/lib/server/story/translation-file';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- story.yaml as plain data, broken on purpose below
type Yaml = Record<string, any>;

const TABLES = {
	nations: { file: 'nations.yaml', key: 'code', columns: { code: 'country', name: 'text', joined: 'year?', borders: 'country[]', bloc: 'text', member: 'boolean', sources: 'sources' } },
	cities: { file: 'tables/cities.yaml', key: 'id', columns: { id: 'id', name: 'text', lat: 'lat', lon: 'lon', approximate: 'boolean?', sources: 'sources?' } },
	routes: { file: 'routes.yaml', columns: { from: 'place', to: 'place', sources: 'sources' } },
	visits: {
		file: 'visits.yaml',
		key: 'id',
		columns: { id: 'id', city: 'text', title: 'text', date: 'date', short: 'text?', venue: 'text?', people: 'text[]', outcome: 'text', lat: 'lat', lon: 'lon', approximate: 'boolean?', sources: 'sources' }
	}
};

const NATIONS = [
	{ code: 'FRA', name: 'France', joined: 1949, borders: [], bloc: 'west', member: true, sources: ['S1'] },
	{ code: 'NOR', name: 'Norway', joined: 1949, borders: ['RUS'], bloc: 'west', member: true, sources: ['S1'] },
	{ code: 'DEU', name: 'Germany', joined: 1955, borders: [], bloc: 'west', member: true, sources: ['S1'] },
	{ code: 'POL', name: 'Poland', joined: 1999, borders: ['RUS', 'BLR', 'UKR'], bloc: 'east', member: true, sources: ['S1'] },
	{ code: 'FIN', name: 'Finland', joined: 2023, borders: ['RUS'], bloc: 'north', member: true, sources: ['S1'] },
	// Not a member: no `joined`, and a bloc no category names (the layers that show blocs keep members only).
	{ code: 'CHE', name: 'Switzerland', borders: [], bloc: 'neutral', member: false, sources: ['S1'] }
];

const CITIES = [
	{ id: 'paris', name: 'Paris', lat: 48.857, lon: 2.352, sources: ['S1'] },
	{ id: 'oslo', name: 'Oslo', lat: 59.913, lon: 10.752, approximate: true },
	{ id: 'warsaw', name: 'Warsaw', lat: 52.23, lon: 21.012 },
	{ id: 'helsinki', name: 'Helsinki', lat: 60.17, lon: 24.94 }
];

const ROUTES = [
	{ from: 'paris', to: 'warsaw', sources: ['S1'] },
	{ from: 'oslo', to: 'helsinki', sources: ['S2'] }
];

const VISITS = [
	{ id: 'v-paris', city: 'Paris', title: 'A spring summit', date: '2024-03-02', short: 'Mar 1–2', venue: 'The palace', people: ['A. Person', 'B. Person'], outcome: 'An agreement.', lat: 48.87, lon: 2.316, approximate: true, sources: ['S1', 'S2'] },
	{ id: 'v-oslo', city: 'Oslo', title: 'A winter meeting', date: '2024-01-15', people: ['C. Person'], outcome: 'No agreement.', lat: 59.91, lon: 10.74, sources: ['S2'] }
];

const square = (x: number, y: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
const line = (x: number, y: number) => ({ type: 'LineString', coordinates: [[x, y], [x + 2, y + 1]] });
const ZONES = {
	type: 'FeatureCollection',
	features: [
		{ type: 'Feature', properties: { id: 'a', kind: 'zone', year: 2000 }, geometry: square(20, 50) },
		{ type: 'Feature', properties: { id: 'b', kind: 'zone', year: 2010 }, geometry: square(22, 50) },
		{ type: 'Feature', properties: { id: 'c', kind: 'zone', year: 2020 }, geometry: square(24, 50) },
		{ type: 'Feature', properties: { id: 'r1', kind: 'river', year: 2000 }, geometry: line(20, 55) },
		{ type: 'Feature', properties: { id: 'r2', kind: 'river', year: 2020 }, geometry: line(22, 55) }
	]
};

const classes = (...breaks: (number | undefined)[]) => breaks.map((max, i) => ({ ...(max === undefined ? {} : { max }), label: `class ${i + 1}` }));

const LAYERS: Yaml = {
	base: { kind: 'countries', fills: { RUS: { label: 'Russia', color: '#cf6a4c' }, BLR: { label: 'Belarus', color: '#e9b4a3', print: { mark: 'dots', opacity: 0.6 } } } },
	'by-year': {
		kind: 'choropleth',
		table: 'nations',
		country: 'code',
		value: 'joined',
		classes: [{ max: 1949, label: 'Founders' }, { max: 1999, label: '1950–1999' }, { label: 'Since 2000' }],
		legend: 'Members by year'
	},
	'by-year-until-1999': {
		kind: 'choropleth',
		table: 'nations',
		country: 'code',
		value: 'joined',
		where: { joined: { max: 1999 } },
		legendOrder: 'descending',
		classes: [{ max: 1949, label: 'Founders', color: '#1d4e89' }, { max: 1999, label: '1950–1999', color: '#4f84bf' }, { label: 'Since 2000', color: '#9fc5e8' }]
	},
	'by-borders': {
		kind: 'choropleth',
		table: 'nations',
		country: 'code',
		value: 'borders',
		classes: [{ max: 0, label: 'No border', color: '#c2d5e8' }, { max: 1, label: 'One neighbour' }, { label: 'Several neighbours', print: { mark: 'lines' } }]
	},
	'by-bloc': {
		kind: 'choropleth',
		table: 'nations',
		country: 'code',
		value: 'bloc',
		palette: 'categorical',
		where: { member: true },
		categories: { west: { label: 'West', color: '#0072b2' }, east: { label: 'East' }, north: { label: 'North' } }
	},
	'by-member': { kind: 'choropleth', table: 'nations', country: 'code', value: 'member', categories: { true: { label: 'Member' }, false: { label: 'Not a member' } } },
	'cities-all': { kind: 'points', table: 'cities', label: 'name', color: '#1f2328', legend: 'City' },
	'cities-listed': { kind: 'points', table: 'cities', label: 'name', show: 'listed', color: '#8f1d14', size: 3, labelSize: 14 },
	zones: { kind: 'areas', geojson: 'geo/zones.json', filter: { kind: 'zone', year: { min: 2005 } }, fill: 'hatch', color: '#6b2413', legend: 'Zones since 2005' },
	'zones-solid': { kind: 'areas', geojson: 'geo/zones.json', filter: { id: ['a', 'c'] }, fill: '#8f1d14', color: '#6b2413', outline: false },
	rivers: { kind: 'lines', geojson: 'geo/zones.json', filter: { kind: 'river' }, color: '#0c2f57', dash: [3, 1.5], legend: 'River' },
	routes: { kind: 'lines', table: 'routes', from: 'from', to: 'to', color: '#8f1d14', width: 3, arrows: true, legend: 'Route' },
	visits: {
		kind: 'pins',
		table: 'visits',
		label: 'city',
		title: 'title',
		date: 'date',
		dateLabel: 'short',
		fields: [{ column: 'venue', muted: true }, 'people', 'outcome'],
		button: 'details of the visit',
		legend: 'Visits'
	}
};

const FILES = {
	'nations.yaml': NATIONS,
	'tables/cities.yaml': CITIES,
	'routes.yaml': ROUTES,
	'visits.yaml': VISITS,
	'geo/zones.json': ZONES
};

const written: TempStory[] = [];
afterAll(() => written.forEach((s) => s.remove()));

/** A story of all the layers above (changed by `edit`), written to a temporary folder. */
function story(edit: (story: Yaml, files: Record<string, unknown>) => void = () => {}, steps?: Yaml[]): TempStory {
	const data = storyYaml({ tables: structuredClone(TABLES), layers: structuredClone(LAYERS), defaults: { layers: ['base'] }, steps: steps ?? [{ layers: ['by-year'] }] });
	const files: Record<string, unknown> = structuredClone(FILES);
	edit(data, files);
	const s = writeStory(data, files);
	written.push(s);
	return s;
}

const good = story();
const loaded = good.load();
const layer = <K extends MapLayer['kind']>(id: string, kind: K): Extract<MapLayer, { kind: K }> => {
	const found = loaded.layers.find((l) => l.id === id);
	expect(found?.kind, id).toBe(kind);
	return found as Extract<MapLayer, { kind: K }>;
};
type Step = Pick<StepView, 'layers' | 'highlight' | 'pins' | 'places'>;
const step = (layers: string[], more: Partial<Step> = {}): Step => ({ layers, highlight: [], pins: [], places: [], ...more });
/** The legend a step with these layers gets, as [kind, label] pairs. */
const legend = (s: Step) => legendFor(s, loaded.layers, countryFills(s, loaded.layers)).map((i) => [i.kind, i.label]);

describe('layer kinds, resolved', () => {
	it('keeps every declared layer, in order, and the steps list the defaults first', () => {
		expect(loaded.layers.map((l) => l.id)).toEqual(Object.keys(LAYERS));
		expect(loaded.steps[0].layers).toEqual(['base', 'by-year']);
	});

	it('countries: a fill per listed country, in the order written', () => {
		expect(layer('base', 'fills')).toEqual({
			id: 'base',
			kind: 'fills',
			classes: [{ label: 'Russia', color: '#cf6a4c' }, { label: 'Belarus', color: '#e9b4a3', print: { mark: 'dots', opacity: 0.6 } }],
			countries: { RUS: 0, BLR: 1 }
		});
		const s = step(['base'], { highlight: ['CHE', 'RUS'] });
		const fills = countryFills(s, loaded.layers);
		expect(fills.CHE).toBe(FOCUS);
		expect(fills.RUS.label).toBe('Russia');
		expect(legend(s)).toEqual([
			['fill', 'Russia'],
			['fill', 'Belarus'],
			['fill', 'Country in focus']
		]);
	});

	it('choropleth by classes: each value takes the first class whose max it does not pass; rows without a value stay uncoloured', () => {
		const blues = paletteColors('blues', 3);
		expect(layer('by-year', 'fills')).toEqual({
			id: 'by-year',
			kind: 'fills',
			classes: [{ label: 'Founders', color: blues[0] }, { label: '1950–1999', color: blues[1] }, { label: 'Since 2000', color: blues[2] }],
			countries: { FRA: 0, NOR: 0, DEU: 1, POL: 1, FIN: 2 },
			legend: 'Members by year'
		});
		// A later layer wins over the defaults; the legend lists the classes in use, in order,
		// under the layer's legend as their heading.
		expect(legend(step(['base', 'by-year']))).toEqual([
			['fill', 'Russia'],
			['fill', 'Belarus'],
			['heading', 'Members by year'],
			['fill', 'Founders'],
			['fill', '1950–1999'],
			['fill', 'Since 2000']
		]);
	});

	it('countries: fills that look and say the same are one legend entry; a heading only over fills in use', () => {
		const s = story((d) => {
			d.layers.base.fills.UKR = { label: 'Russia', color: '#cf6a4c' };
			d.layers.base.legend = 'Context';
		});
		const layers = s.load().layers;
		const on = step(['base']);
		const items = legendFor(on, layers, countryFills(on, layers));
		expect(items.map((i) => [i.kind, i.label])).toEqual([
			['heading', 'Context'],
			['fill', 'Russia'],
			['fill', 'Belarus']
		]);
		// The by-year layer colours nothing when every row is overridden: no heading for it.
		const hidden = step(['by-year', 'by-member']);
		expect(legendFor(hidden, loaded.layers, countryFills(hidden, loaded.layers)).map((i) => i.kind)).not.toContain('heading');
	});

	it('choropleth with `where` and legendOrder descending: only matching rows, the classes from the highest down', () => {
		const l = layer('by-year-until-1999', 'fills');
		expect(l.classes.map((c) => [c.label, c.color])).toEqual([
			['Since 2000', '#9fc5e8'],
			['1950–1999', '#4f84bf'],
			['Founders', '#1d4e89']
		]);
		// Finland joined in 2023: left out by `where`; the indices follow the reversed classes.
		expect(l.countries).toEqual({ FRA: 2, NOR: 2, DEU: 1, POL: 1 });
		// No country is in the top class, so the legend leaves it out.
		expect(legend(step(['by-year-until-1999']))).toEqual([
			['fill', '1950–1999'],
			['fill', 'Founders']
		]);
	});

	it('choropleth of a list column: the classes count its items', () => {
		const l = layer('by-borders', 'fills');
		expect(l.countries).toEqual({ FRA: 0, NOR: 1, DEU: 0, POL: 2, FIN: 1, CHE: 0 });
		// Classes without a colour take the palette's; a print mark is kept.
		expect(l.classes).toEqual([
			{ label: 'No border', color: '#c2d5e8' },
			{ label: 'One neighbour', color: paletteColors('blues', 3)[1] },
			{ label: 'Several neighbours', color: paletteColors('blues', 3)[2], print: { mark: 'lines' } }
		]);
	});

	it('choropleth by categories: a text column with `where`, and a true/false column', () => {
		const categorical = paletteColors('categorical', 3);
		expect(layer('by-bloc', 'fills')).toEqual({
			id: 'by-bloc',
			kind: 'fills',
			classes: [{ label: 'West', color: '#0072b2' }, { label: 'East', color: categorical[1] }, { label: 'North', color: categorical[2] }],
			countries: { FRA: 0, NOR: 0, DEU: 0, POL: 1, FIN: 2 }
		});
		const member = layer('by-member', 'fills');
		expect(member.classes.map((c) => c.label)).toEqual(['Member', 'Not a member']);
		expect(member.countries).toEqual({ FRA: 0, NOR: 0, DEU: 0, POL: 0, FIN: 0, CHE: 1 });
		expect(legend(step(['by-bloc'], { highlight: ['CHE'] }))).toEqual([
			['fill', 'West'],
			['fill', 'East'],
			['fill', 'North'],
			['fill', 'Country in focus']
		]);
	});

	it('points: every row while on (show: all), or only the rows a step lists (show: listed)', () => {
		const all = layer('cities-all', 'points');
		expect(all).toEqual({
			id: 'cities-all',
			kind: 'points',
			color: '#1f2328',
			size: 4,
			labelSize: 12,
			show: 'all',
			legend: 'City',
			points: [
				{ id: 'paris', layer: 'cities-all', label: 'Paris', lon: 2.352, lat: 48.857, approximate: false },
				{ id: 'oslo', layer: 'cities-all', label: 'Oslo', lon: 10.752, lat: 59.913, approximate: true },
				{ id: 'warsaw', layer: 'cities-all', label: 'Warsaw', lon: 21.012, lat: 52.23, approximate: false },
				{ id: 'helsinki', layer: 'cities-all', label: 'Helsinki', lon: 24.94, lat: 60.17, approximate: false }
			]
		});
		const listed = layer('cities-listed', 'points');
		expect([listed.show, listed.size, listed.labelSize, listed.legend]).toEqual(['listed', 3, 14, undefined]);
		expect(visiblePointIds(step(['cities-all']), loaded.layers)).toEqual(['paris', 'oslo', 'warsaw', 'helsinki']);
		expect(visiblePointIds(step(['cities-listed'], { places: ['warsaw', 'oslo'] }), loaded.layers)).toEqual(['oslo', 'warsaw']);
		expect(visiblePointIds(step([], { places: ['warsaw'] }), loaded.layers)).toEqual([]);
		// Each point carries its layer's style.
		expect(mapPoints(loaded.layers).find((p) => p.layer === 'cities-listed' && p.id === 'oslo')).toMatchObject({ color: '#8f1d14', size: 3, labelSize: 14 });
		// Only a layer with a legend gets an entry.
		expect(legend(step(['cities-all', 'cities-listed'], { places: ['oslo'] }))).toEqual([['point', 'City']]);
	});

	it('areas: a filtered GeoJSON file, hatched or solid, published under /geo/story/', () => {
		expect(layer('zones', 'areas')).toEqual({
			id: 'zones',
			kind: 'areas',
			url: 'geo/story/geo/zones.json',
			filter: { kind: 'zone', year: { min: 2005 } },
			fill: 'hatch',
			color: '#6b2413',
			outline: true,
			legend: 'Zones since 2005'
		});
		expect(layer('zones-solid', 'areas')).toMatchObject({ fill: '#8f1d14', outline: false, filter: { id: ['a', 'c'] }, legend: undefined });
		const items = legendFor(step(['zones', 'zones-solid']), loaded.layers, {});
		expect(items).toEqual([{ kind: 'area', layer: 'zones', fill: 'hatch', color: '#6b2413', ground: COLORS.land, label: 'Zones since 2005' }]);
	});

	it('lines: from GeoJSON, or from a from/to table with arrows', () => {
		expect(layer('rivers', 'lines')).toEqual({ id: 'rivers', kind: 'lines', url: 'geo/story/geo/zones.json', filter: { kind: 'river' }, color: '#0c2f57', width: 2, dash: [3, 1.5], arrows: false, legend: 'River' });
		expect(layer('routes', 'lines')).toEqual({
			id: 'routes',
			kind: 'lines',
			pairs: [
				[[2.352, 48.857], [21.012, 52.23]],
				[[10.752, 59.913], [24.94, 60.17]]
			],
			color: '#8f1d14',
			width: 3,
			dash: undefined,
			arrows: true,
			legend: 'Route'
		});
		// Lines come after areas and before points in the legend, whatever the step's order.
		expect(legend(step(['cities-all', 'routes', 'rivers', 'zones']))).toEqual([
			['area', 'Zones since 2005'],
			['line', 'Route'],
			['line', 'River'],
			['point', 'City']
		]);
	});

	it('pins: a dated popup with its fields in order, muted ones marked, missing ones left out, and sources', () => {
		const pins = layer('visits', 'pins');
		expect(pins.legend).toBe('Visits');
		const [paris, oslo] = pins.pins;
		expect(paris).toMatchObject({
			id: 'v-paris',
			label: 'Paris',
			title: 'A spring summit',
			date: '2024-03-02',
			dateLabel: 'Mar 1–2',
			lon: 2.316,
			lat: 48.87,
			approximate: true,
			button: 'details of the visit',
			fields: [{ text: 'The palace', muted: true }, { list: ['A. Person', 'B. Person'], muted: false }, { text: 'An agreement.', muted: false }]
		});
		expect(paris.sources.map((s) => [s.id, s.cite])).toEqual([
			['S1', 'Example Agency'],
			['S2', 'Example Paper via Example Wire']
		]);
		// No venue: no venue field.
		expect(oslo).toMatchObject({ approximate: false, fields: [{ list: ['C. Person'], muted: false }, { text: 'No agreement.', muted: false }] });
		// The step's pins in its order; the legend entry only when it shows one of them.
		expect(stepPins({ pins: ['v-oslo', 'v-paris'] }, loaded.layers).map((p) => p.id)).toEqual(['v-oslo', 'v-paris']);
		expect(legend(step([], { pins: ['v-oslo'] }))).toEqual([['pin', 'Visits']]);
		expect(legend(step(['visits']))).toEqual([]);
	});

	it('pins: a row without the optional short date shows its date', () => {
		const oslo = layer('visits', 'pins').pins.find((p) => p.id === 'v-oslo')!;
		expect(oslo.dateLabel).toBe('2024-01-15');
	});

	it('a step shows its layers in the order it lists them', () => {
		expect(stepLayers(step(['routes', 'base', 'nowhere']), loaded.layers).map((l) => l.id)).toEqual(['routes', 'base']);
		// A later fill wins: POL by blocs over POL by year.
		expect(countryFills(step(['by-year', 'by-bloc']), loaded.layers).POL.label).toBe('East');
		expect(countryFills(step(['by-bloc', 'by-year']), loaded.layers).POL.label).toBe('1950–1999');
	});
});

/** The issues of a story broken by `edit`; `only` checks there is exactly one, and returns it. */
function only(edit: (story: Yaml, files: Record<string, unknown>) => void, steps?: Yaml[]): { issue: StoryIssue; s: TempStory } {
	const s = story(edit, steps);
	const issues = s.issues();
	expect(issues.map(formatIssue)).toHaveLength(1);
	// Every layer mistake is in story.yaml, where the layer is declared, with a position.
	expect(issues[0].file).toBe('story/story.yaml');
	expect(issues[0].col).toBeGreaterThanOrEqual(1);
	return { issue: issues[0], s };
}

/** The line of `needle` in story.yaml, after the first line that declares `layer`. */
const lineIn = (s: TempStory, layer: string, needle: string) => {
	const text = s.text('story.yaml');
	return lineOf(text, needle, text.indexOf(`\n  ${layer}:\n`));
};

describe('layer mistakes, with file, line and field', () => {
	it('a column the table does not have', () => {
		const { issue, s } = only((d) => (d.layers['cities-all'].label = 'nmae'));
		expect(issue).toMatchObject({ file: 'story/story.yaml', field: 'layers.cities-all.label', message: 'unknown column "nmae" in table "cities"; its columns: id, name, lat, lon, approximate, sources' });
		expect(issue.line).toBe(lineIn(s, 'cities-all', 'label: nmae'));
	});

	it('a column of the wrong type', () => {
		const { issue, s } = only((d) => (d.layers['by-year'].country = 'name'));
		expect(issue).toMatchObject({ field: 'layers.by-year.country', message: 'column "name" is text; expected country' });
		expect(issue.line).toBe(lineIn(s, 'by-year', 'country: name'));
		const field = only((d) => (d.layers.visits.fields = ['outcome', 'short', 'approximate']));
		expect(field.issue).toMatchObject({ field: 'layers.visits.fields', message: 'column "approximate" is boolean; expected text or text[]' });
		// (At the list: its first item.)
		expect(field.issue.line).toBe(lineIn(field.s, 'visits', '- outcome'));
		const value = only((d) => (d.layers['by-year'].value = 'sources'));
		expect(value.issue).toMatchObject({ field: 'layers.by-year.value', message: 'column "sources" is sources; expected number or integer or year or text or id or boolean or text[] or country[]' });
		expect(value.issue.line).toBe(lineIn(value.s, 'by-year', 'value: sources'));
	});

	// Each field's column is checked against that field's types, even when another field of the
	// layer names the same column (the popup's fields, the pin's title).
	it('a column of the wrong type that another field of the layer also names', () => {
		const title = only((d) => (d.layers.visits.date = 'title'));
		expect(title.issue).toMatchObject({ field: 'layers.visits.date', message: 'column "title" is text; expected date' });
		expect(title.issue.line).toBe(lineIn(title.s, 'visits', 'date: title'));
		const outcome = only((d) => (d.layers.visits.date = 'outcome'));
		expect(outcome.issue).toMatchObject({ field: 'layers.visits.date', message: 'column "outcome" is text; expected date' });
		// A popup field naming the date column is the mistake, not the date.
		const field = only((d) => (d.layers.visits.fields = ['outcome', 'date']));
		expect(field.issue).toMatchObject({ field: 'layers.visits.fields', message: 'column "date" is date; expected text or text[]' });
	});

	it('a table without positions for points or pins', () => {
		const { issue, s } = only((d) => (d.layers['cities-all'].table = 'nations'));
		expect(issue).toMatchObject({ field: 'layers.cities-all.table', message: 'table "nations" has no lat and lon columns: points and pins need a position' });
		expect(issue.line).toBe(lineIn(s, 'cities-all', 'table: nations'));
	});

	it('class breaks out of order', () => {
		const { issue, s } = only((d) => (d.layers['by-year'].classes = classes(1999, 1949, undefined)));
		expect(issue).toMatchObject({ field: 'layers.by-year.classes[1].max', message: 'class breaks must rise: 1949 is not above 1999' });
		expect(issue.line).toBe(lineIn(s, 'by-year', 'max: 1949'));
	});

	it('a last class with a max, and a class before it without one', () => {
		const last = only((d) => (d.layers['by-year'].classes = classes(1949, 1999, 2030)));
		expect(last.issue).toMatchObject({ field: 'layers.by-year.classes[2].max', message: 'the last class takes every value above the one before: leave out its max' });
		expect(last.issue.line).toBe(lineIn(last.s, 'by-year', 'max: 2030'));
		const middle = only((d) => (d.layers['by-year'].classes = classes(1949, undefined, undefined)));
		expect(middle.issue).toMatchObject({ field: 'layers.by-year.classes[1]', message: 'expected a max: every class but the last ends at its max' });
		expect(middle.issue.line).toBe(lineIn(middle.s, 'by-year', 'label: class 2'));
	});

	it('a number column without classes, a text column without categories', () => {
		const number = only((d) => delete d.layers['by-year'].classes);
		expect(number.issue).toMatchObject({ field: 'layers.by-year.classes', message: 'expected classes: a number column ("joined", year) is shown by classes of its values' });
		expect(number.issue.line).toBe(lineIn(number.s, 'by-year', 'kind: choropleth'));
		const text = only((d) => delete d.layers['by-bloc'].categories);
		expect(text.issue).toMatchObject({ field: 'layers.by-bloc.categories', message: 'expected categories: a text column ("bloc") is shown by categories of its values' });
		expect(text.issue.line).toBe(lineIn(text.s, 'by-bloc', 'kind: choropleth'));
	});

	it('a value no category names', () => {
		// Without `where`, the non-member's bloc is shown too, and no category names it.
		const { issue, s } = only((d) => delete d.layers['by-bloc'].where);
		expect(issue).toMatchObject({ field: 'layers.by-bloc.categories', message: 'no category for "neutral" (story/nations.yaml, row 6); categories: west, east, north' });
		expect(issue.line).toBe(lineIn(s, 'by-bloc', 'west:'));
	});

	it('a colour that fails 3:1 against the land or the sea', () => {
		const both = story((d) => (d.layers['cities-all'].color = '#f0f0f0')).issues();
		expect(both.map((i) => [i.field, i.message])).toEqual([
			['layers.cities-all.color', `colour #f0f0f0 is 1.02:1 against the land (${COLORS.land}); marks need at least 3:1`],
			['layers.cities-all.color', `colour #f0f0f0 is 1.10:1 against the sea (${COLORS.sea}); marks need at least 3:1`]
		]);
		// Dark enough for the land, not for the sea.
		const { issue, s } = only((d) => (d.layers.routes.color = '#888888'));
		expect(issue).toMatchObject({ field: 'layers.routes.color', message: `colour #888888 is 2.83:1 against the sea (${COLORS.sea}); marks need at least 3:1` });
		expect(issue.line).toBe(lineIn(s, 'routes', 'color: "#888888"'));
		const areas = story((d) => (d.layers.zones.color = '#e69f00')).issues();
		expect(areas.map((i) => i.field)).toEqual(['layers.zones.color', 'layers.zones.color']);
		// Country fills are grounds, not marks: a light class is fine.
		expect(() => story((d) => (d.layers.base.fills.RUS.color = '#f0f0f0')).load()).not.toThrow();
	});

	it('a GeoJSON file that does not exist', () => {
		const { issue, s } = only((d) => (d.layers.zones.geojson = 'geo/nowhere.json'));
		expect(issue).toMatchObject({ field: 'layers.zones.geojson', message: 'no file story/geo/nowhere.json' });
		expect(issue.line).toBe(lineIn(s, 'zones', 'geojson: geo/nowhere.json'));
		// Every layer drawn from a file that is not a FeatureCollection says so.
		const notGeojson = story((d, files) => (files['geo/zones.json'] = { type: 'Feature' })).issues();
		expect(notGeojson.map((i) => [i.field, i.message])).toEqual(
			['zones', 'zones-solid', 'rivers'].map((id) => [`layers.${id}.geojson`, 'story/geo/zones.json is not a GeoJSON FeatureCollection'])
		);
	});

	it('a filter that matches nothing, or names a property no feature has', () => {
		const { issue, s } = only((d) => (d.layers.zones.filter = { kind: 'lake' }));
		expect(issue).toMatchObject({ field: 'layers.zones.filter', message: 'no feature in geo/zones.json matches this filter' });
		expect(issue.line).toBe(lineIn(s, 'zones', 'kind: lake'));
		const range = only((d) => (d.layers.zones.filter = { kind: 'zone', year: { min: 2030 } }));
		expect(range.issue.field).toBe('layers.zones.filter');
		expect(range.issue.line).toBe(lineIn(range.s, 'zones', 'kind: zone'));
		const property = only((d) => (d.layers.rivers.filter = { colour: 'blue' }));
		expect(property.issue).toMatchObject({ field: 'layers.rivers.filter.colour', message: 'no feature in geo/zones.json has a property "colour"; properties: id, kind, year' });
		expect(property.issue.line).toBe(lineIn(property.s, 'rivers', 'colour: blue'));
	});

	it('a lines layer with both sources of lines, or neither', () => {
		const both = only((d) => Object.assign(d.layers.rivers, { table: 'routes' }));
		expect(both.issue).toMatchObject({ field: 'layers.rivers.table', message: 'a lines layer draws from geojson or from a table, not both' });
		expect(both.issue.line).toBe(lineIn(both.s, 'rivers', 'table: routes'));
		const neither = only((d) => delete d.layers.rivers.geojson);
		expect(neither.issue).toMatchObject({ field: 'layers.rivers', message: 'a lines layer needs geojson:, or table: with from: and to: columns of place ids' });
		expect(neither.issue.line).toBe(lineIn(neither.s, 'rivers', 'kind: lines'));
		const notPlaces = only((d) => (d.layers.routes.from = 'sources'));
		expect(notPlaces.issue).toMatchObject({ field: 'layers.routes.from', message: 'column "sources" is sources; expected place' });
		expect(notPlaces.issue.line).toBe(lineIn(notPlaces.s, 'routes', 'from: sources'));
	});

	it('an unknown table', () => {
		const { issue, s } = only((d) => (d.layers['cities-all'].table = 'citys'));
		expect(issue).toMatchObject({ field: 'layers.cities-all.table', message: 'unknown table "citys"; the story\'s tables: nations, cities, routes, visits' });
		expect(issue.line).toBe(lineIn(s, 'cities-all', 'table: citys'));
	});

	it('an unknown layer in a step or in the defaults, listing the declared ones', () => {
		const known = Object.keys(LAYERS).join(', ');
		const { issue, s } = only(() => {}, [{ layers: ['by-year', 'citys-all'] }]);
		expect(issue).toMatchObject({ field: 'steps[0].layers[1]', message: `unknown layer "citys-all"; known layers: ${known}` });
		expect(issue.line).toBe(lineOf(s.text('story.yaml'), '- citys-all'));
		const defaults = only((d) => (d.defaults.layers = ['bass']));
		expect(defaults.issue).toMatchObject({ field: 'defaults.layers[0]', message: `unknown layer "bass"; known layers: ${known}` });
		expect(defaults.issue.line).toBe(lineOf(defaults.s.text('story.yaml'), '- bass'));
	});

	it('a listed place or a pin that no layer has', () => {
		const place = only(() => {}, [{ places: ['warsw'] }]);
		expect(place.issue).toMatchObject({ field: 'steps[0].places[0]', message: 'unknown place "warsw"; known places: paris, oslo, warsaw, helsinki' });
		const pin = only(() => {}, [{ pins: ['v-osl'] }]);
		expect(pin.issue).toMatchObject({ field: 'steps[0].pins[0]', message: 'unknown pin "v-osl"; known pins: v-paris, v-oslo' });
	});

	it('a misspelt field', () => {
		const typo = only((d) => (d.layers.routes.arrow = true));
		expect(typo.issue).toMatchObject({ field: 'layers.routes.arrow', message: 'unknown field "arrow" (check its spelling)' });
		expect(typo.issue.line).toBe(lineIn(typo.s, 'routes', 'arrow: true'));
	});

	it('an unknown kind, listing the kinds', () => {
		const { issue, s } = only((d) => (d.layers.base.kind = 'country'));
		expect(issue.field).toBe('layers.base.kind');
		expect(issue.line).toBe(lineIn(s, 'base', 'kind: country'));
		expect(issue.message).toBe('expected one of "countries", "choropleth", "points", "areas", "lines", "pins", got "country"');
	});

	// A `where` is checked like a GeoJSON filter: its column must exist, and it must keep a row;
	// otherwise a typo leaves the layer silently empty.
	it('a choropleth `where` on a column the table does not have, or that keeps no row', () => {
		const column = only((d) => (d.layers['by-year-until-1999'].where = { joind: { max: 1999 } }));
		expect(column.issue.field).toBe('layers.by-year-until-1999.where.joind');
		expect(column.issue.message).toMatch(/"joind"/);
		const none = only((d) => (d.layers['by-year-until-1999'].where = { joined: { max: 1900 } }));
		expect(none.issue.field).toBe('layers.by-year-until-1999.where');
	});
});

describe('a pins layer that writes no button text', () => {
	it('gets the interface’s “details”, in the language the story is read in', () => {
		const s = story((data) => delete data.layers.visits.button);
		expect(layerOf(s.load(), 'visits').pins.every((p) => p.button === 'details')).toBe(true);
		// A Ukrainian translation laid out as `npm run i18n -- scaffold` does, each text kept as the English (the button is the interface's word, not content).
		const doc = parseTranslation('translation: { note: Переклад }\n');
		const { fields } = englishFields(s.root, s.dir);
		scaffoldFields(doc, fields);
		for (const f of fields) doc.setIn([...f.path, 'text'], f.english);
		mkdirSync(join(s.root, s.dir, 'i18n'));
		writeFileSync(join(s.root, s.dir, 'i18n/uk.yaml'), printTranslation(doc));
		expect(layerOf(loadStory(s.root, s.dir, 'uk'), 'visits').pins.every((p) => p.button === 'подробиці')).toBe(true);
	});
});

function layerOf(story: { layers: MapLayer[] }, id: string): Extract<MapLayer, { kind: 'pins' }> {
	return story.layers.find((l) => l.id === id) as Extract<MapLayer, { kind: 'pins' }>;
}
