// One step on its own, for an article about that moment (/embed/<step>). Prerendered for
// every step in data/story.yaml.
import { error } from '@sveltejs/kit';
import { loadBasemap } from '$lib/server/basemap';
import { loadStory } from '$lib/server/story/load';
import { siteUrl } from '$lib/server/site';

export function entries() {
	return loadStory().steps.map((step) => ({ step: step.id }));
}

export function load({ params }) {
	const story = loadStory();
	const step = story.steps.find((s) => s.id === params.step);
	if (!step) error(404, `No step "${params.step}"`);
	return { story, step, basemap: loadBasemap(story.layers), siteUrl: siteUrl() };
}
