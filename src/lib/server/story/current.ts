// The story in the language of the page being rendered (Paraglide's locale, from its URL).
import { getLocale } from '$lib/paraglide/runtime';
import { storyDir } from './folder';
import { loadStory } from './load';

export const currentStory = () => loadStory(process.cwd(), storyDir(), getLocale());
