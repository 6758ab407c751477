// `npm run dev` only (the camera helper, ./cameraHelper.ts): a step's camera written as the YAML
// an author pastes into the step in story.yaml, in the two forms src/lib/story/schema.ts accepts
// (`viewSchema`): `view: { center: [lon, lat], zoom }` or `view: { fit: [place ids], maxZoom }`.
import type { LonLat, MapLayer } from '$lib/story/types';

/** The zoom a step's view allows (schema.ts, `viewSchema`). */
export const ZOOM_RANGE = [0, 12] as const;

/** Two decimals, without trailing zeros or a negative zero: 31.2667 → 31.27, 15.001 → 15. */
export function round2(value: number): number {
	return Number(value.toFixed(2)) || 0;
}

export const clampZoom = (zoom: number) => Math.min(ZOOM_RANGE[1], Math.max(ZOOM_RANGE[0], zoom));

/** `view: { center: [31.27, 50.45], zoom: 4.6 }` */
export function viewYaml(center: LonLat, zoom: number): string {
	return `view: { center: [${round2(center[0])}, ${round2(center[1])}], zoom: ${round2(clampZoom(zoom))} }`;
}

/** `view: { fit: [harbour, summit], maxZoom: 4.6 }` (ids are plain YAML words: schema ids are lowercase). */
export function fitYaml(ids: string[], maxZoom: number): string {
	return `view: { fit: [${ids.join(', ')}], maxZoom: ${round2(clampZoom(maxZoom))} }`;
}

export interface Place {
	id: string;
	lon: number;
	lat: number;
}

/**
 * The places the page knows, that `fit:` can name: the rows of its points and pins layers (the
 * loader accepts any keyed table with lat and lon; a table no layer shows is not sent to the page).
 */
export function knownPlaces(layers: MapLayer[]): Place[] {
	const places = new Map<string, Place>();
	for (const layer of layers) {
		const rows = layer.kind === 'points' ? layer.points : layer.kind === 'pins' ? layer.pins : [];
		for (const { id, lon, lat } of rows) if (!places.has(id)) places.set(id, { id, lon, lat });
	}
	return [...places.values()];
}

/** Above this many places in view, `fit:` names only those that bound them (the same box). */
const MAX_LISTED = 8;

/**
 * The places to fit, given those in view with their screen positions, west to east: all of
 * them, or when there are many, only the westernmost, easternmost, northernmost and southernmost.
 */
export function placesToFit(inView: (Place & { x: number; y: number })[]): { ids: string[]; of: number } {
	const byX = [...inView].sort((a, b) => a.x - b.x);
	if (byX.length <= MAX_LISTED) return { ids: byX.map((p) => p.id), of: byX.length };
	const byY = [...inView].sort((a, b) => a.y - b.y);
	const edges = new Set([byX[0], byX.at(-1)!, byY[0], byY.at(-1)!]);
	return { ids: byX.filter((p) => edges.has(p)).map((p) => p.id), of: byX.length };
}
