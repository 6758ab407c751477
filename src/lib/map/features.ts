// Point data for the map as GeoJSON, from the story's points layers. Each feature keeps the id
// the steps refer to, so a step can switch points on by id through global state; its colour,
// size and label size come from its layer.
import type { FeatureCollection, Point } from 'geojson';
import type { MapLayer, MapPoint, StepView } from '$lib/story/types';
import { stepLayers } from './theme';

export interface PointProps {
	id: string;
	layer: string;
	label: string;
	approximate: boolean;
	color: string;
	size: number;
	labelSize: number;
}

export type StyledPoint = MapPoint & PointProps;

/** Every labelled point the map can show, in drawing order, with its layer's style. */
export function mapPoints(layers: MapLayer[]): StyledPoint[] {
	return layers.flatMap((l) => (l.kind === 'points' ? l.points.map((p) => ({ ...p, color: l.color, size: l.size, labelSize: l.labelSize })) : []));
}

/** Which points a step shows: every point of its `all` layers, and the listed ones it names. */
export function visiblePointIds(step: Pick<StepView, 'layers' | 'places'>, layers: MapLayer[]): string[] {
	return stepLayers(step, layers).flatMap((l) => (l.kind === 'points' ? l.points.filter((p) => l.show === 'all' || step.places.includes(p.id)).map((p) => p.id) : []));
}

export function pointsGeoJSON(points: StyledPoint[]): FeatureCollection<Point, PointProps> {
	return {
		type: 'FeatureCollection',
		features: points.map(({ lon, lat, ...props }) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: props }))
	};
}
