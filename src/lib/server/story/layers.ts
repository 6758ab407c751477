// A story's declared map layers: checked against its tables and GeoJSON files (columns that
// exist and have the right type, class breaks in order, every value in a class or category,
// filters that match something, colours that read on the map), then resolved to the plain
// data the maps draw (src/lib/story/types.ts, MapLayer).
import { existsSync, readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import type { ColumnType, FillClass, LayerDeclaration } from '../../story/declarations';
import type { Fill, Filter, MapLayer, Pin, PinField, Source } from '../../story/types';
import { contrast } from '../../a11y/contrast';
import { COLORS, paletteColors } from '../../map/palette';
import type { StoryIssue } from './errors';
import type { YamlFile } from './read-yaml';
import type { Row, Table } from './tables';
import { m } from '../../paraglide/messages.js';
import type { Locale } from '../../paraglide/runtime.js';

/** Marks on the map (dots, lines, hatching) must stand out from land and sea: WCAG 1.4.11. */
const MIN_CONTRAST = 3;

export interface LayerContext {
	root: string;
	dir: string;
	yaml: YamlFile;
	tables: Map<string, Table>;
	sources: Map<string, Source>;
	/** The language the story is read in, for the interface's own words (a pin button's default); without it, Paraglide's current one (the page's, on the server). */
	locale?: Locale;
}

type Path = (string | number)[];

export function resolveLayers(declared: Record<string, LayerDeclaration>, ctx: LayerContext): { layers: MapLayer[]; issues: StoryIssue[] } {
	const issues: StoryIssue[] = [];
	const layers: MapLayer[] = [];
	for (const [id, layer] of Object.entries(declared)) {
		const at = (...path: Path) => ['layers', id, ...path];
		const fail = (path: Path, message: string) => void issues.push(ctx.yaml.issueAt(at(...path), message));
		const resolved = resolveLayer(id, layer, ctx, fail);
		if (resolved) layers.push(resolved);
	}
	return { layers, issues };
}

type Fail = (path: Path, message: string) => void;

function resolveLayer(id: string, layer: LayerDeclaration, ctx: LayerContext, fail: Fail): MapLayer | undefined {
	const readable = (color: string, path: Path) => {
		for (const [ground, name] of [[COLORS.land, 'land'], [COLORS.sea, 'sea']] as const) {
			const ratio = contrast(color, ground);
			if (ratio < MIN_CONTRAST) fail(path, `colour ${color} is ${ratio.toFixed(2)}:1 against the ${name} (${ground}); marks need at least ${MIN_CONTRAST}:1`);
		}
	};
	switch (layer.kind) {
		case 'countries':
			return { id, kind: 'fills', classes: Object.values(layer.fills), countries: Object.fromEntries(Object.keys(layer.fills).map((code, i) => [code, i])), legend: layer.legend };
		case 'choropleth':
			return choropleth(id, layer, ctx, fail);
		case 'points': {
			const table = tableFor(layer.table, ctx, fail);
			if (!table || !needColumns(table, { label: ['text', 'id'] }, fail, { label: layer.label }) || !isPlaces(table, fail)) return;
			readable(layer.color, ['color']);
			const points = table.rows.map((row, i) => ({ id: keyOf(table, row, i), layer: id, label: String(row[layer.label]), lon: row.lon as number, lat: row.lat as number, approximate: row.approximate === true }));
			return { id, kind: 'points', color: layer.color, size: layer.size, labelSize: layer.labelSize, show: layer.show, points, legend: layer.legend };
		}
		case 'areas': {
			readable(layer.color, ['color']);
			if (!checkGeojson(layer.geojson, layer.filter, ctx, fail)) return;
			return { id, kind: 'areas', url: geoUrl(layer.geojson), filter: layer.filter, fill: layer.fill, color: layer.color, outline: layer.outline, over: layer.over, legend: layer.legend };
		}
		case 'lines': {
			readable(layer.color, ['color']);
			const base = { id, kind: 'lines' as const, color: layer.color, width: layer.width, dash: layer.dash, arrows: layer.arrows, legend: layer.legend };
			if (layer.geojson) {
				if (layer.table) fail(['table'], 'a lines layer draws from geojson or from a table, not both');
				if (!checkGeojson(layer.geojson, layer.filter, ctx, fail)) return;
				return { ...base, url: geoUrl(layer.geojson), filter: layer.filter };
			}
			if (!layer.table || !layer.from || !layer.to) return void fail([], 'a lines layer needs geojson:, or table: with from: and to: columns of place ids');
			const table = tableFor(layer.table, ctx, fail);
			if (!table || !needColumns(table, { from: ['place'], to: ['place'] }, fail, { from: layer.from, to: layer.to })) return;
			const places = placeIndex(ctx.tables);
			return { ...base, pairs: table.rows.map((row) => [places.get(String(row[layer.from!]))!, places.get(String(row[layer.to!]))!]) };
		}
		case 'pins': {
			const table = tableFor(layer.table, ctx, fail);
			const fields = layer.fields.map((f) => (typeof f === 'string' ? { column: f, muted: false } : f));
			const columns: Record<string, ColumnType[]> = { label: ['text'], title: ['text'], date: ['date'] };
			const names: Record<string, string> = { label: layer.label, title: layer.title, date: layer.date };
			if (layer.dateLabel) [columns.dateLabel, names.dateLabel] = [['text'], layer.dateLabel];
			fields.forEach((f, i) => ((columns[`fields[${i}]`] = ['text', 'text[]']), (names[`fields[${i}]`] = f.column)));
			if (!table || !needColumns(table, columns, fail, names) || !isPlaces(table, fail)) return;
			const pins: Pin[] = table.rows.map((row, i) => ({
				id: keyOf(table, row, i),
				label: String(row[layer.label]),
				title: String(row[layer.title]),
				date: String(row[layer.date]),
				dateLabel: String((layer.dateLabel ? row[layer.dateLabel] : undefined) ?? row[layer.date]),
				lon: row.lon as number,
				lat: row.lat as number,
				approximate: row.approximate === true,
				fields: fields.filter((f) => row[f.column] !== undefined).map((f): PinField => (Array.isArray(row[f.column]) ? { list: row[f.column] as string[], muted: f.muted } : { text: String(row[f.column]), muted: f.muted })),
				sources: ((row.sources as string[] | undefined) ?? []).map((s) => ctx.sources.get(s)!).filter(Boolean),
				button: layer.button ?? m.pin_button_default({}, { locale: ctx.locale })
			}));
			return { id, kind: 'pins', pins, legend: layer.legend };
		}
	}
}

function choropleth(id: string, layer: Extract<LayerDeclaration, { kind: 'choropleth' }>, ctx: LayerContext, fail: Fail): MapLayer | undefined {
	const table = tableFor(layer.table, ctx, fail);
	if (!table || !needColumns(table, { country: ['country'], value: ['number', 'integer', 'year', 'text', 'id', 'boolean', 'text[]', 'country[]'] }, fail, { country: layer.country, value: layer.value })) return;
	const type = table.types[layer.value];
	for (const key of Object.keys(layer.where ?? {})) if (!(key in table.types)) return void fail(['where', key], `no column "${key}" in table "${layer.table}"; columns: ${Object.keys(table.types).join(', ')}`);
	const rows = table.rows.map((row, index) => ({ row, index })).filter(({ row }) => matches(row, layer.where));
	if (layer.where && !rows.length) return void fail(['where'], `no row of table "${layer.table}" matches this where`);
	const countries: Record<string, number> = {};
	if (['number', 'integer', 'year', 'text[]', 'country[]'].includes(type)) {
		// A list column counts its items.
		const valueOf = (row: Row) => (Array.isArray(row[layer.value]) ? (row[layer.value] as unknown[]).length : (row[layer.value] as number));
		const classes = layer.classes;
		if (!classes) return void fail(['classes'], `expected classes: a number column ("${layer.value}", ${type}) is shown by classes of its values`);
		classes.forEach((c, i) => {
			const last = i === classes.length - 1;
			if (last && c.max !== undefined) fail(['classes', i, 'max'], 'the last class takes every value above the one before: leave out its max');
			if (!last && c.max === undefined) fail(['classes', i], 'expected a max: every class but the last ends at its max');
			if (i > 0 && c.max !== undefined && classes[i - 1].max !== undefined && c.max <= classes[i - 1].max!) fail(['classes', i, 'max'], `class breaks must rise: ${c.max} is not above ${classes[i - 1].max}`);
		});
		for (const { row } of rows) {
			const value = valueOf(row);
			const index = classes.findIndex((c) => c.max === undefined || value <= c.max);
			if (row[layer.value] !== undefined) countries[String(row[layer.country])] = index;
		}
		return ordered({ id, kind: 'fills', classes: withColors(classes, layer.palette), countries, legend: layer.legend }, layer.legendOrder);
	}
	const categories = layer.categories;
	if (!categories) return void fail(['categories'], `expected categories: a ${type} column ("${layer.value}") is shown by categories of its values`);
	const keys = Object.keys(categories);
	for (const { row, index } of rows) {
		const value = String(row[layer.value]);
		const at = keys.indexOf(value);
		if (at < 0) fail(['categories'], `no category for "${value}" (${table.file}, row ${index + 1}); categories: ${keys.join(', ')}`);
		else countries[String(row[layer.country])] = at;
	}
	return { id, kind: 'fills', classes: withColors(Object.values(categories), layer.palette), countries, legend: layer.legend };
}

/** The classes in the legend's order: the countries' class indices follow them. */
function ordered(layer: Extract<MapLayer, { kind: 'fills' }>, order: 'ascending' | 'descending'): MapLayer {
	if (order === 'ascending') return layer;
	const last = layer.classes.length - 1;
	return { ...layer, classes: [...layer.classes].reverse(), countries: Object.fromEntries(Object.entries(layer.countries).map(([code, i]) => [code, last - i])) };
}

/** Classes without a colour take the palette's, spread over its range. */
function withColors(classes: FillClass[], palette: 'blues' | 'categorical'): Fill[] {
	const colors = paletteColors(palette, classes.length);
	return classes.map((c, i) => ({ label: c.label, color: c.color ?? colors[i], ...(c.print ? { print: c.print } : {}) }));
}

function tableFor(id: string, ctx: LayerContext, fail: Fail): Table | undefined {
	const table = ctx.tables.get(id);
	if (!table) fail(['table'], `unknown table "${id}"; the story's tables: ${[...ctx.tables.keys()].join(', ') || 'none'}`);
	return table;
}

/** Each named column exists in the table with one of the allowed types. */
/** Each field's column exists and has one of the field's types (two fields may name one column). */
function needColumns(table: Table, types: Record<string, ColumnType[]>, fail: Fail, fields: Record<string, string>): boolean {
	let ok = true;
	for (const [field, column] of Object.entries(fields)) {
		const type = table.types[column];
		const allowed = types[field];
		if (!type) (ok = false), fail([field.replace(/\[(\d+)\]$/, '')], `unknown column "${column}" in table "${table.id}"; its columns: ${Object.keys(table.types).join(', ')}`);
		else if (!allowed.includes(type)) (ok = false), fail([field.replace(/\[(\d+)\]$/, '')], `column "${column}" is ${type}; expected ${allowed.join(' or ')}`);
	}
	return ok;
}

function isPlaces(table: Table, fail: Fail): boolean {
	if (table.types.lat === 'lat' && table.types.lon === 'lon') return true;
	fail(['table'], `table "${table.id}" has no lat and lon columns: points and pins need a position`);
	return false;
}

const keyOf = (table: Table, row: Row, i: number) => (table.declaration.key ? String(row[table.declaration.key]) : `${table.id}-${i + 1}`);

/** Every row with a position, by key: what views and from/to lines may name. */
export function placeIndex(tables: Map<string, Table>): Map<string, [number, number]> {
	const out = new Map<string, [number, number]>();
	for (const table of tables.values()) {
		if (table.types.lat !== 'lat' || !table.declaration.key) continue;
		for (const row of table.rows) out.set(String(row[table.declaration.key]), [row.lon as number, row.lat as number]);
	}
	return out;
}

export function matches(properties: Record<string, unknown> | null | undefined, filter?: Filter): boolean {
	if (!filter) return true;
	return Object.entries(filter).every(([key, want]) => {
		const value = properties?.[key];
		if (Array.isArray(want)) return want.includes(value as string);
		if (typeof want === 'object') return typeof value === 'number' && (want.min === undefined || value >= want.min) && (want.max === undefined || value <= want.max);
		return value === want;
	});
}

/** The address the build publishes a story's GeoJSON file at (src/routes/geo/story/[...file]). */
const GEO_PREFIX = 'geo/story/';
export const geoUrl = (file: string) => `${GEO_PREFIX}${file}`;
/** The file in the story's folder that a layer's `url` publishes. */
export const geoFile = (url: string) => url.slice(GEO_PREFIX.length);

function checkGeojson(file: string, filter: Filter | undefined, ctx: LayerContext, fail: Fail): boolean {
	const path = resolvePath(ctx.root, ctx.dir, file);
	if (!existsSync(path)) return void fail(['geojson'], `no file ${ctx.dir}/${file}`), false;
	let data: { type?: string; features?: { properties?: Record<string, unknown> }[] };
	try {
		data = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		return void fail(['geojson'], `${ctx.dir}/${file} is not valid JSON: ${(error as Error).message}`), false;
	}
	if (data.type !== 'FeatureCollection' || !Array.isArray(data.features)) return void fail(['geojson'], `${ctx.dir}/${file} is not a GeoJSON FeatureCollection`), false;
	if (filter) {
		const keys = new Set(data.features.flatMap((f) => Object.keys(f.properties ?? {})));
		for (const key of Object.keys(filter)) if (!keys.has(key)) return void fail(['filter', key], `no feature in ${file} has a property "${key}"; properties: ${[...keys].join(', ')}`), false;
		if (!data.features.some((f) => matches(f.properties, filter))) return void fail(['filter'], `no feature in ${file} matches this filter`), false;
	}
	return true;
}
