// The classroom handout: the same story and static-map shapes as the main page, read and
// checked once at build time, in the page's language.
import { currentStory, storyBasemap } from '$lib/server/story/current';
import { siteUrl } from '$lib/server/site';

export function load() {
	const story = currentStory();
	return { story, basemap: storyBasemap(story), siteUrl: siteUrl() };
}
