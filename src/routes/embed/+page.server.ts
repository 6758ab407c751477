// The story for article iframes: same data as the main page.
import { currentStory, storyBasemap } from '$lib/server/story/current';
import { siteUrl } from '$lib/server/site';

export function load() {
	const story = currentStory();
	return { story, basemap: storyBasemap(story), siteUrl: siteUrl() };
}
