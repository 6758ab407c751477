// The story in the language of the page being rendered (Paraglide's locale, from its URL), and
// the static map's shapes named in that language.
import { getLocale } from '$lib/paraglide/runtime';
import type { Story } from '$lib/story/types';
import { loadBasemap } from '../basemap';
import { storyDir } from './folder';
import { loadStory } from './load';

export const currentStory = (): Story => loadStory(process.cwd(), storyDir(), getLocale());

export const storyBasemap = (story: Story) => loadBasemap(story.layers, process.cwd(), story.meta.lang);
