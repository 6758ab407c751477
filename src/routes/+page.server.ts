// The story and the static map's geometry are read and checked once, at build time.
import { loadBasemap } from '$lib/server/basemap';
import { loadStory } from '$lib/server/story/load';
import { siteUrl } from '$lib/server/site';

export function load() {
	return { story: loadStory(), basemap: loadBasemap(), siteUrl: siteUrl() };
}
