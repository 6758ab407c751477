// The presentation (/present): the same story and static map geometry as the page, read and
// checked at build time.
import { loadBasemap } from '$lib/server/basemap';
import { loadStory } from '$lib/server/story/load';

export function load() {
	const story = loadStory();
	return { story, basemap: loadBasemap(story.layers) };
}
