// One step on its own, for an article about that moment (/embed/<step>). Prerendered for
// every step in data/story.yaml.
import { error } from '@sveltejs/kit';
import { currentStory, storyBasemap } from '$lib/server/story/current';
import { siteUrl } from '$lib/server/site';

export function entries() {
	return currentStory().steps.map((step) => ({ step: step.id }));
}

export function load({ params }) {
	const story = currentStory();
	const step = story.steps.find((s) => s.id === params.step);
	if (!step) error(404, `No step "${params.step}"`);
	return { story, step, basemap: storyBasemap(story), siteUrl: siteUrl() };
}
