// The speaker view (/present/notes): the story with its notes and questions, and the static map
// geometry for the next step's thumbnail, read and checked at build time.
import { currentStory, storyBasemap } from '$lib/server/story/current';

export function load() {
	const story = currentStory();
	return { story, basemap: storyBasemap(story) };
}
