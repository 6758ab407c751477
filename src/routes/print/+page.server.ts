// The classroom handout: the same story and static-map shapes as the main page, read and
// checked once at build time, in the page's language.
import { loadBasemap } from '$lib/server/basemap';
import { currentStory } from '$lib/server/story/current';
import { storyDir } from '$lib/server/story/folder';
import { readYaml } from '$lib/server/story/read-yaml';
import { siteUrl } from '$lib/server/site';
import { getLocale } from '$lib/paraglide/runtime';

export function load() {
	const story = currentStory();
	return { story, basemap: loadBasemap(story.layers, process.cwd(), story.meta.lang), siteUrl: siteUrl(), translationNote: translationNote(getLocale()) };
}

/**
 * Who translated the story ("translation: { note }" in i18n/<locale>.yaml), printed by the
 * byline; empty in English. The loader does not carry it into the story yet, so it is read here.
 */
function translationNote(locale: string): string {
	if (locale === 'en') return '';
	const { yaml } = readYaml(process.cwd(), `${storyDir()}/i18n/${locale}.yaml`);
	const note = (yaml?.data as { translation?: { note?: unknown } } | undefined)?.translation?.note;
	return typeof note === 'string' ? note.trim() : '';
}
