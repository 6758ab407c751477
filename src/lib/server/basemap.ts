// The static map's geometry: country shapes, and the shapes of the story's areas and lines
// layers, projected at build time into one hidden SVG <defs>
// block that src/hooks.server.ts puts at the end of every page, outside the Svelte tree. The map
// draws them with <use href="#shape-JPN"> and colours them per step, so the shapes are in the
// HTML once and never in the page data or the JavaScript. (An external SVG file would be
// refused in sandboxed iframes.) Made from the same files the WebGL map loads (static/geo, from
// scripts/build-geo.ts), more simplified: it is the first view and the fallback, drawn without
// any map library in the browser.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoBounds, geoMercator, geoPath, type GeoContext } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { WORLD } from '../map/camera';
import { BASEMAP_SCALE, shapeId, type Basemap } from '../map/basemap';
import type { MapLayer } from '../story/types';
import ukNames from './country-names/uk.json';
import ruNames from './country-names/ru.json';
import { storyDir } from './story/folder';
import { geoFile, matches } from './story/layers';

/** Share of points kept from the WebGL data: enough for the static views, about 22 KB gzip. */
const KEEP = 0.5;
/** Countries drawn: those the story's views can reach (North America to the Urals). */
const REGION = { west: -130, east: 80, south: 12, north: 82 };

type CountryProps = { name: string; label: [number, number] };

const projection = (scale: number) =>
	geoMercator()
		.scale((WORLD * scale) / (2 * Math.PI))
		.translate([(WORLD * scale) / 2, (WORLD * scale) / 2]);

const readTopology = (root: string) => JSON.parse(readFileSync(resolve(root, 'static/geo/countries.json'), 'utf8')) as Topology;

/**
 * The features each areas or lines layer draws, in its order: those of its GeoJSON file (from the
 * story's folder) that pass its filter, or its from/to pairs as straight lines. Ids are
 * `<layer>-<n>`.
 */
function layerShapes(layers: MapLayer[], root: string): Map<string, Feature[]> {
	const files = new Map<string, FeatureCollection>();
	const read = (url: string) => {
		const path = resolve(root, storyDir(root), geoFile(url));
		if (!files.has(path)) files.set(path, JSON.parse(readFileSync(path, 'utf8')));
		return files.get(path)!;
	};
	const out = new Map<string, Feature[]>();
	for (const layer of layers) {
		if (layer.kind === 'areas' || (layer.kind === 'lines' && layer.url)) out.set(layer.id, read(layer.url!).features.filter((f) => matches(f.properties, layer.filter)));
		else if (layer.kind === 'lines') out.set(layer.id, (layer.pairs ?? []).map((coordinates) => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } })));
	}
	return out;
}

/**
 * A d3-geo path context that writes SVG path data compactly: integer coordinates, relative
 * line-tos, no repeated points, no separator before a minus sign, and no ring that rounds to
 * less than a triangle (islets smaller than a unit). Half the bytes of d3's own absolute output,
 * so the page's HTML is smaller and quicker to parse on a phone.
 */
export class CompactPath implements GeoContext {
	private d = '';
	private x = 0;
	private y = 0;
	private drawn = 0;
	private ringStart = 0;
	/** What goes before the next number: nothing right after a command letter, else a space. */
	private separator = '';

	private command(letter: string) {
		this.d += letter;
		this.separator = '';
	}
	private number(value: number) {
		this.d += (value < 0 ? '' : this.separator) + value;
		this.separator = ' ';
	}
	moveTo(x: number, y: number) {
		this.x = Math.round(x);
		this.y = Math.round(y);
		this.drawn = 0;
		this.ringStart = this.d.length;
		this.command('M');
		this.number(this.x);
		this.number(this.y);
	}
	lineTo(x: number, y: number) {
		const [rx, ry] = [Math.round(x), Math.round(y)];
		if (rx === this.x && ry === this.y) return;
		if (this.drawn++ === 0) this.command('l');
		this.number(rx - this.x);
		this.number(ry - this.y);
		[this.x, this.y] = [rx, ry];
	}
	closePath() {
		if (this.drawn < 2) this.d = this.d.slice(0, this.ringStart);
		else this.command('z');
	}
	beginPath() {}
	arc() {
		// Only polygons are drawn through this context: no point radius, so never an arc.
	}
	/** The path data written so far, and a fresh start. */
	take(): string {
		const d = this.d;
		this.d = '';
		return d;
	}
}

function inRegion(f: Feature): boolean {
	const [[x0, y0], [x1, y1]] = geoBounds(f);
	const crossesAntimeridian = x0 > x1;
	return (crossesAntimeridian || (x1 > REGION.west && x0 < REGION.east)) && y1 > REGION.south && y0 < REGION.north;
}

/** Country names in Ukrainian and Russian (scripts/seed-country-names.ts, reviewed by hand). */
const NAMES: Record<string, Record<string, string>> = { uk: ukNames, ru: ruNames };

/** What the page needs to know about the shapes: ids, names and label points, in the story's language. */
export function loadBasemap(layers: MapLayer[], root = process.cwd(), locale = 'en'): Basemap {
	const topology = readTopology(root);
	const names = NAMES[locale] ?? {};
	const countries = feature(topology, topology.objects.countries) as unknown as FeatureCollection<Geometry, CountryProps>;
	const world = projection(1);
	return {
		countries: countries.features.filter(inRegion).map((f) => ({
			id: String(f.id),
			name: names[String(f.id)] ?? f.properties.name,
			label: (world(f.properties.label) as [number, number]).map((v) => Math.round(v * 100) / 100) as [number, number]
		})),
		shapes: Object.fromEntries([...layerShapes(layers, root)].map(([id, features]) => [id, features.map((_, i) => `${id}-${i}`)]))
	};
}

/** Hidden SVG defs: one <path id="shape-…"> per country and per feature of an areas or lines layer, in BASEMAP_SCALE units. */
export function basemapDefs(layers: MapLayer[], root = process.cwd()): string {
	const full = readTopology(root);
	const pre = presimplify(full as Parameters<typeof presimplify>[0], sphericalTriangleArea);
	const topology = simplify(pre, quantile(pre, KEEP));
	const countries = feature(topology, topology.objects.countries) as unknown as FeatureCollection<Geometry, CountryProps>;
	const context = new CompactPath();
	const path = geoPath(projection(BASEMAP_SCALE), context);
	const shape = (id: string, f: Feature) => {
		path(f);
		return `<path id="${shapeId(id)}" d="${context.take()}"/>`;
	};
	const shapes = [
		...countries.features.filter(inRegion).map((f) => shape(String(f.id), f)),
		...[...layerShapes(layers, root)].flatMap(([id, features]) => features.map((f, i) => shape(`${id}-${i}`, f)))
	];
	return `<svg aria-hidden="true" focusable="false" width="0" height="0" style="position:absolute;overflow:hidden"><!-- Natural Earth (public domain); Web Mercator, ${WORLD * BASEMAP_SCALE} units to the world --><defs>\n${shapes.join('\n')}\n</defs></svg>`;
}
