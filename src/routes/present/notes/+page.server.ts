// The speaker view (/present/notes): the story with its notes and questions, and the static map
// geometry for the next step's thumbnail, read and checked at build time.
import { loadBasemap } from '$lib/server/basemap';
import { loadStory } from '$lib/server/story/load';

export function load() {
	const story = loadStory();
	return { story, basemap: loadBasemap(story.layers) };
}
