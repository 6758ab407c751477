// What a fixed-size static map of one step shows (its colours, camera, points and legend), for
// maps drawn once per step rather than following the story: the handout's (PrintMap) and the
// page's without JavaScript (NoScriptMap).
import type { Story, StoryStep } from '$lib/story/types';
import { viewTransform, type Padding, type Size } from './camera';
import { countryCategories, legendFor } from './theme';
import { mapPoints, visiblePointIds } from './features';

export function stepMap(story: Story, step: StoryStep, size: Size, padding: Padding) {
	const categories = countryCategories(step, story.data.natoMembers);
	const all = mapPoints(story.data);
	const visible = new Set(visiblePointIds(step, all));
	return {
		categories,
		transform: viewTransform(step.camera, size, padding),
		points: all.filter((p) => visible.has(p.id)),
		legend: legendFor(step, categories)
	};
}
