// The story and the static map's geometry are read and checked once, at build time. The page
// gets the story's outline: the step texts are prerendered into the HTML by hooks.server.ts.
import { currentStory, storyBasemap } from '$lib/server/story/current';
import { storyOutline } from '$lib/server/story/outline';
import { siteUrl } from '$lib/server/site';

export function load() {
	const story = currentStory();
	return { story: storyOutline(story), basemap: storyBasemap(story), siteUrl: siteUrl() };
}
