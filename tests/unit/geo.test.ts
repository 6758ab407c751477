// Checks the generated basemap (static/geo) that scripts/build-geo.ts produces: the right
// countries, Crimea drawn as part of Ukraine, sane label points, the size budget and
// byte-for-byte determinism; and the default story's disputed areas (data/geo/disputed.json,
// an areas layer's file) where they belong.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, it, expect, beforeAll } from 'vitest';
import { geoArea, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildGeo, type GeoOutput } from '../../scripts/build-geo';

type Country = Feature<Polygon | MultiPolygon, { name: string; label: [number, number] }>;
type Disputed = Feature<Polygon, { id: string; name: string; note: string }>;

const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../static/geo');
const read = (name: string) => readFileSync(path.join(OUT_DIR, name), 'utf8');
const DISPUTED = readFileSync(path.resolve(OUT_DIR, '../../data/geo/disputed.json'), 'utf8');

let files: GeoOutput;
let countries: Country[];
let byId: Map<string, Country>;
let disputed: Disputed[];

beforeAll(() => {
	if (!existsSync(path.join(OUT_DIR, 'countries.json'))) buildGeo();
	files = { countries: read('countries.json') };
	const topo = JSON.parse(files.countries) as Topology<{ countries: GeometryCollection }>;
	countries = (feature(topo, topo.objects.countries) as FeatureCollection).features as Country[];
	byId = new Map(countries.map((f) => [String(f.id), f]));
	disputed = (JSON.parse(DISPUTED) as FeatureCollection).features as Disputed[];
});

const country = (id: string) => {
	const f = byId.get(id);
	if (!f) throw new Error(`no country ${id}`);
	return f;
};

describe('countries.json', () => {
	it('is a topology with a single `countries` object', () => {
		const topo = JSON.parse(files.countries);
		expect(topo.type).toBe('Topology');
		expect(Object.keys(topo.objects)).toEqual(['countries']);
	});

	it('has the countries the story needs, keyed by ISO A3 code', () => {
		const wanted = ['UKR', 'RUS', 'BLR', 'POL', 'EST', 'LVA', 'LTU', 'ROU', 'SVK', 'HUN', 'NOR', 'USA', 'CHE', 'BEL', 'AUT', 'GBR', 'DEU', 'FRA', 'TUR'];
		for (const id of wanted) expect(byId.has(id), id).toBe(true);
		expect(country('UKR').properties.name).toBe('Ukraine');
		expect(byId.has('ATA')).toBe(false);
	});

	it('has no duplicate ids', () => {
		const ids = countries.map((f) => f.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('draws Crimea as part of Ukraine, not Russia', () => {
		const cities: [number, number][] = [[34.111, 44.957], [33.521, 44.608]]; // Simferopol, Sevastopol
		for (const city of cities) {
			expect(geoContains(country('UKR'), city), `${city} in UKR`).toBe(true);
			expect(geoContains(country('RUS'), city), `${city} in RUS`).toBe(false);
		}
	});

	it('puts capitals in the right countries', () => {
		expect(geoContains(country('UKR'), [30.52, 50.45])).toBe(true); // Kyiv
		expect(geoContains(country('RUS'), [37.62, 55.75])).toBe(true); // Moscow
		expect(geoContains(country('BLR'), [27.56, 53.9])).toBe(true); // Minsk
		expect(geoContains(country('RUS'), [30.52, 50.45])).toBe(false);
	});

	it('has a label point on the globe for every country, inside it for key ones', () => {
		for (const f of countries) {
			const [lon, lat] = f.properties.label;
			expect(Math.abs(lon), `${f.id} lon`).toBeLessThanOrEqual(180);
			expect(Math.abs(lat), `${f.id} lat`).toBeLessThanOrEqual(90);
		}
		for (const id of ['UKR', 'RUS', 'BLR', 'POL', 'NOR', 'USA', 'HRV', 'FRA', 'GBR']) {
			expect(geoContains(country(id), country(id).properties.label), id).toBe(true);
		}
		expect(country('RUS').properties.label[0]).toBeLessThan(60); // European Russia
	});

	it('has no inverted (world-covering) geometry', () => {
		for (const f of countries) expect(geoArea(f), String(f.id)).toBeLessThan(2 * Math.PI);
	});
});

describe('disputed.json', () => {
	const area = (id: string) => disputed.find((f) => f.properties.id === id)!;

	it('has exactly Crimea, Donetsk and Luhansk, credited to Natural Earth', () => {
		expect(disputed.map((f) => f.properties.id).sort()).toEqual(['crimea', 'donetsk', 'luhansk']);
		for (const f of disputed) expect(f.properties.note.length).toBeGreaterThan(0);
		expect(JSON.parse(DISPUTED).source).toMatch(/Natural Earth.*[0-9a-f]{40}/);
	});

	it('draws the 2014–2022 line: Donetsk city in, Mariupol and Kramatorsk out', () => {
		expect(geoContains(area('donetsk'), [37.802, 48.023])).toBe(true);
		expect(geoContains(area('donetsk'), [37.55, 47.1])).toBe(false);
		expect(geoContains(area('donetsk'), [37.58, 48.74])).toBe(false);
		expect(geoContains(area('crimea'), [34.111, 44.957])).toBe(true);
	});

	it('has no inverted polygon and coordinates rounded to 4 decimals', () => {
		for (const f of disputed) {
			expect(geoArea(f)).toBeLessThan(2 * Math.PI);
			for (const [lon, lat] of f.geometry.coordinates.flat()) {
				expect(Math.round(lon * 1e4) / 1e4).toBe(lon);
				expect(Math.round(lat * 1e4) / 1e4).toBe(lat);
			}
		}
	});
});

describe('pipeline', () => {
	it('fits the size budget (≤ 120 KB gzip for the basemap and the disputed areas)', () => {
		const gz = gzipSync(files.countries).length + gzipSync(DISPUTED).length;
		expect(gz).toBeLessThanOrEqual(120 * 1024);
	});

	it('is deterministic and matches the files on disk', () => {
		const a = buildGeo(null);
		const b = buildGeo(null);
		expect(a.countries === b.countries).toBe(true);
		expect(a.countries === files.countries, 'static/geo is stale: run npm run geo').toBe(true);
	});
});
