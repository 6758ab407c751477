// The WebGL map's style, built once from the story's declared layers. Steps never rebuild it:
// they only change global state (each country's fill colour, which countries are outlined and
// named, which points and layers show), read by the expressions below. No glyphs, sprites or
// tiles are requested: labels are drawn from the page's own self-hosted font and all data comes
// in as GeoJSON from this site.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Filter, MapLayer } from '$lib/story/types';
import { COLORS } from './palette';

export const FONT = 'Noto Sans';

/** Each source's data: GeoJSON, or a URL the map's worker loads (see ./worker.ts). */
export interface StyleData {
	countries: string;
	countryLabels: string;
	/** Country code → the name its label shows, in the page's language (the basemap file's names are English). */
	names: Record<string, string>;
	points: FeatureCollection;
	/** The story's layers; areas and lines name their file, resolved by `geo`. */
	layers: MapLayer[];
	geo: (url: string) => string;
}

/** What a step sets; the names match the style's `state` block. */
export interface MapState {
	/** Country code → fill colour. */
	fills: Record<string, string>;
	highlight: string[];
	labels: string[];
	points: string[];
	layers: string[];
}

const state = (name: keyof MapState) => ['global-state', name] as ExpressionSpecification;
const layerOn = (layer: string): ExpressionSpecification => ['in', layer, state('layers')];

/** A declared feature filter as a MapLibre expression, switched on with its layer. */
function shown(layer: string, filter?: Filter): FilterSpecification {
	const parts: ExpressionSpecification[] = [layerOn(layer)];
	for (const [key, want] of Object.entries(filter ?? {})) {
		if (Array.isArray(want)) parts.push(['in', ['get', key], ['literal', want]] as ExpressionSpecification);
		else if (typeof want === 'object') {
			if (want.min !== undefined) parts.push(['>=', ['to-number', ['get', key]], want.min] as ExpressionSpecification);
			if (want.max !== undefined) parts.push(['<=', ['to-number', ['get', key]], want.max] as ExpressionSpecification);
		} else parts.push(['==', ['get', key], want] as ExpressionSpecification);
	}
	return ['all', ...parts] as FilterSpecification;
}

/** The hatch image an areas layer fills with (added by ./storyMap.ts, drawn by ./hatch.ts). */
export const hatchName = (layer: string) => `hatch-${layer}`;

function storyLayers(layer: MapLayer): LayerSpecification[] {
	const source = `layer-${layer.id}`;
	if (layer.kind === 'areas') {
		const fill: LayerSpecification[] =
			layer.fill === 'none' ? [] : [{ id: `${layer.id}-fill`, type: 'fill', source, filter: shown(layer.id, layer.filter), paint: layer.fill.startsWith('#') ? { 'fill-color': layer.fill } : { 'fill-pattern': hatchName(layer.id) } }];
		const outline: LayerSpecification[] = layer.outline ? [{ id: `${layer.id}-outline`, type: 'line', source, filter: shown(layer.id, layer.filter), paint: { 'line-color': layer.color, 'line-width': 1 } }] : [];
		return [...fill, ...outline];
	}
	if (layer.kind === 'lines') {
		return [
			{
				id: `${layer.id}-line`,
				type: 'line',
				source,
				filter: shown(layer.id, layer.filter),
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: { 'line-color': layer.color, 'line-width': layer.width, ...(layer.dash ? { 'line-dasharray': layer.dash } : {}) }
			}
		];
	}
	return [];
}

function lineData(layer: Extract<MapLayer, { kind: 'lines' }>): FeatureCollection {
	return { type: 'FeatureCollection', features: (layer.pairs ?? []).map((pair) => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: pair } })) };
}

export function buildStyle(data: StyleData): StyleSpecification {
	const drawn = data.layers.filter((l) => l.kind === 'areas' || l.kind === 'lines');
	return {
		version: 8,
		state: {
			fills: { default: {} },
			highlight: { default: [] },
			labels: { default: [] },
			points: { default: [] },
			layers: { default: [] }
		},
		sources: {
			countries: { type: 'geojson', data: data.countries },
			countryLabels: { type: 'geojson', data: data.countryLabels },
			points: { type: 'geojson', data: data.points },
			...Object.fromEntries(drawn.map((l) => [`layer-${l.id}`, { type: 'geojson' as const, data: l.kind === 'lines' && l.pairs ? lineData(l) : data.geo((l as { url: string }).url) }]))
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
			{ id: 'country-fill', type: 'fill', source: 'countries', paint: { 'fill-color': ['to-color', ['coalesce', ['get', ['get', 'id'], state('fills')], COLORS.land]] } },
			{ id: 'country-border', type: 'line', source: 'countries', paint: { 'line-color': COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 6, 1.2] } },
			...drawn.flatMap(storyLayers),
			{
				id: 'country-highlight',
				type: 'line',
				source: 'countries',
				filter: ['in', ['get', 'id'], state('highlight')],
				paint: { 'line-color': COLORS.ink, 'line-width': 1.6 }
			},
			{
				id: 'country-label',
				type: 'symbol',
				source: 'countryLabels',
				filter: ['in', ['get', 'id'], state('labels')],
				layout: {
					'text-field': ['upcase', Object.keys(data.names).length ? (['match', ['get', 'id'], ...Object.entries(data.names).flat(), ['get', 'name']] as unknown as ExpressionSpecification) : ['get', 'name']],
					'text-font': [FONT],
					'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 13],
					'text-letter-spacing': 0.08,
					'text-max-width': 8,
					'text-padding': 4
				},
				paint: { 'text-color': COLORS.inkSoft, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.2 }
			},
			{
				id: 'point-marker',
				type: 'circle',
				source: 'points',
				filter: ['in', ['get', 'id'], state('points')],
				paint: {
					'circle-radius': ['get', 'size'],
					'circle-color': ['get', 'color'],
					'circle-stroke-color': COLORS.halo,
					'circle-stroke-width': 1.5
				}
			},
			{
				id: 'point-label',
				type: 'symbol',
				source: 'points',
				filter: ['in', ['get', 'id'], state('points')],
				layout: {
					'text-field': ['get', 'label'],
					'text-font': [FONT],
					'text-size': ['get', 'labelSize'],
					'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
					'text-radial-offset': 0.8,
					'text-justify': 'auto',
					'text-max-width': 12
				},
				paint: { 'text-color': COLORS.ink, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.5 }
			}
		]
	};
}
