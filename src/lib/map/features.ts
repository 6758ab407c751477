// Point data for the map as GeoJSON, built from the story's tables. Each feature keeps the id
// the steps refer to, so a step's data can switch points on by id through global state.
import type { FeatureCollection, Point } from 'geojson';
import type { MapData } from '$lib/story/types';

export type PointKind = 'site' | 'battlegroup' | 'place';

export interface PointProps {
	id: string;
	kind: PointKind;
	label: string;
	approximate: boolean;
}

export interface MapPoint extends PointProps {
	lon: number;
	lat: number;
}

/** Every labelled point the map can show, in drawing order. */
export function mapPoints(data: MapData): MapPoint[] {
	return [
		...data.places.map((p) => ({ id: p.id, kind: 'place' as const, label: p.name, lon: p.lon, lat: p.lat, approximate: p.approximate })),
		...data.troopSites.map((s) => ({ id: s.id, kind: 'site' as const, label: s.label, lon: s.lon, lat: s.lat, approximate: s.approximate })),
		...data.battlegroups.map((b) => ({ id: b.id, kind: 'battlegroup' as const, label: `${b.name} (${b.lead.split(' (')[0]}-led)`, lon: b.lon, lat: b.lat, approximate: b.approximate }))
	];
}

/** Which points a step shows: its places, plus every point of each layer it switches on. */
export function visiblePointIds(step: { layers: string[]; places: string[] }, points: MapPoint[]): string[] {
	return points
		.filter((p) => (p.kind === 'place' ? step.places.includes(p.id) : step.layers.includes(p.kind === 'site' ? 'troop-sites' : 'battlegroups')))
		.map((p) => p.id);
}

export function pointsGeoJSON(points: MapPoint[]): FeatureCollection<Point, PointProps> {
	return {
		type: 'FeatureCollection',
		features: points.map(({ lon, lat, ...props }) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: props }))
	};
}
