// The story for article iframes: same data as the main page.
import { loadBasemap } from '$lib/server/basemap';
import { loadStory } from '$lib/server/story/load';
import { siteUrl } from '$lib/server/site';

export function load() {
	const story = loadStory();
	return { story, basemap: loadBasemap(story.layers), siteUrl: siteUrl() };
}
