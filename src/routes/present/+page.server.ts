// The presentation (/present): the same story and static map geometry as the page, read and
// checked at build time.
import { currentStory, storyBasemap } from '$lib/server/story/current';

export function load() {
	const story = currentStory();
	return { story, basemap: storyBasemap(story) };
}
