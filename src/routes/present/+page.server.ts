// The presentation (/present): the same story and static map geometry as the page, read and
// checked at build time.
import { loadBasemap } from '$lib/server/basemap';
import { currentStory } from '$lib/server/story/current';

export function load() {
	const story = currentStory();
	return { story, basemap: loadBasemap(story.layers, process.cwd(), story.meta.lang) };
}
