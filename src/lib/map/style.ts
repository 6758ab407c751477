// The WebGL map's style, declared once. Steps never rebuild it: they only change global
// state (which countries get which colour, which points and layers show), read by the
// expressions below. No glyphs, sprites or tiles are requested: labels are drawn from the
// page's own self-hosted font and all data comes in as GeoJSON from this site.
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { CATEGORY_COLORS, COLORS } from './palette';

export const FONT = 'Noto Sans';

/** Each source's data: GeoJSON, or a URL the map's worker loads (see ./worker.ts). */
export interface StyleData {
	countries: string;
	countryLabels: string;
	disputed: string;
	points: FeatureCollection;
}

/** What a step sets; the names match the style's `state` block. */
export interface MapState {
	categories: Record<string, string>;
	highlight: string[];
	labels: string[];
	points: string[];
	layers: string[];
}

const state = (name: keyof MapState) => ['global-state', name] as ExpressionSpecification;
const layerOn = (layer: string): ExpressionSpecification => ['in', layer, state('layers')];

const fillColor: ExpressionSpecification = [
	'match',
	['coalesce', ['get', ['get', 'id'], state('categories')], 'land'],
	...Object.entries(CATEGORY_COLORS).flat(),
	COLORS.land
] as unknown as ExpressionSpecification;

export function buildStyle(data: StyleData): StyleSpecification {
	return {
		version: 8,
		state: {
			categories: { default: {} },
			highlight: { default: [] },
			labels: { default: [] },
			points: { default: [] },
			layers: { default: [] }
		},
		sources: {
			countries: { type: 'geojson', data: data.countries },
			countryLabels: { type: 'geojson', data: data.countryLabels },
			disputed: { type: 'geojson', data: data.disputed },
			points: { type: 'geojson', data: data.points }
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
			{ id: 'country-fill', type: 'fill', source: 'countries', paint: { 'fill-color': fillColor } },
			{ id: 'country-border', type: 'line', source: 'countries', paint: { 'line-color': COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 6, 1.2] } },
			{
				id: 'disputed-crimea',
				type: 'fill',
				source: 'disputed',
				filter: ['all', layerOn('disputed'), ['==', ['get', 'id'], 'crimea']],
				paint: { 'fill-pattern': 'hatch-crimea' }
			},
			{
				id: 'disputed-separatist',
				type: 'fill',
				source: 'disputed',
				filter: ['all', layerOn('disputed'), ['!=', ['get', 'id'], 'crimea']],
				paint: { 'fill-pattern': 'hatch-separatist' }
			},
			{ id: 'disputed-outline', type: 'line', source: 'disputed', filter: layerOn('disputed'), paint: { 'line-color': COLORS.hatch, 'line-width': 1 } },
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
					'text-field': ['upcase', ['get', 'name']],
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
					'circle-radius': ['match', ['get', 'kind'], 'site', 6, 'battlegroup', 5.5, 3.5],
					'circle-color': ['match', ['get', 'kind'], 'site', COLORS.site, 'battlegroup', COLORS.battlegroup, COLORS.ink],
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
					'text-size': ['match', ['get', 'kind'], 'place', 13, 12],
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
