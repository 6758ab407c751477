// The classroom handout: the same story and static-map shapes as the main page, read and
// checked once at build time.
import { loadBasemap } from '$lib/server/basemap';
import { loadStory } from '$lib/server/story/load';
import { siteUrl } from '$lib/server/site';

export function load() {
	const story = loadStory();
	return { story, basemap: loadBasemap(story.layers), siteUrl: siteUrl() };
}
