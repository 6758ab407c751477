// The story for article iframes: same data as the main page.
import { loadBasemap } from '$lib/server/basemap';
import { currentStory } from '$lib/server/story/current';
import { siteUrl } from '$lib/server/site';

export function load() {
	const story = currentStory();
	return { story, basemap: loadBasemap(story.layers, process.cwd(), story.meta.lang), siteUrl: siteUrl() };
}
