// What a fixed-size static map of one step shows (its colours, camera, points and legend), for
// maps drawn once per step rather than following the story: the handout's (PrintMap), the
// page's without JavaScript (NoScriptMap) and the presenter's overview (StepThumb).
import type { MapLayer, StepView } from '$lib/story/types';
import { viewTransform, type Padding, type Size } from './camera';
import { countryFills, legendFor } from './theme';
import { mapPoints, visiblePointIds } from './features';

export function stepMap(layers: MapLayer[], step: StepView, size: Size, padding: Padding) {
	const fills = countryFills(step, layers);
	const visible = new Set(visiblePointIds(step, layers));
	return {
		fills,
		transform: viewTransform(step.camera, size, padding),
		points: mapPoints(layers).filter((p) => visible.has(p.id)),
		legend: legendFor(step, layers, fills)
	};
}
