// Fills in what pages leave out of their Svelte tree, so that it is sent once, as HTML, and
// never in page data or JavaScript:
// - the static map's shapes (hidden SVG defs, built once) at the end of every page; the maps
//   draw them with <use>;
// - the scrolling story's step texts, in each step's slot (src/lib/story/slots.ts).
// Also preloads the text face's Latin files, so that on a slow phone they arrive with the first
// paint instead of re-laying out the page once each when they land.
import type { Handle } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { basemapDefs, loadBasemap } from '$lib/server/basemap';
import { loadStory } from '$lib/server/story/load';
import { stepTexts } from '$lib/server/stepTexts';
import { STEP_TEXT_SLOT } from '$lib/story/slots';

type Built = { defs: string; texts: Map<string, string> };
let built: Built | undefined;

/** Made once per build; in `npm run dev`, for every page, so that an edited content file shows on reload. */
function make(): Built {
	if (built && !dev) return built;
	const story = loadStory();
	return (built = { defs: basemapDefs(story.layers), texts: stepTexts(story, loadBasemap(story.layers)) });
}

function stepText(texts: Map<string, string>, id: string): string {
	const html = texts.get(id);
	if (html === undefined) throw new Error(`No step "${id}" to fill its text slot; steps: ${[...texts.keys()].join(', ')}`);
	return html;
}

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			if (!html.includes('<!--basemap-->') && !html.includes('<!--step-text ')) return html;
			const { defs, texts } = make();
			return html.replace('<!--basemap-->', () => defs).replace(STEP_TEXT_SLOT, (_slot, id: string) => stepText(texts, id));
		},
		preload: ({ type, path }) => type === 'js' || type === 'css' || (type === 'font' && /noto-sans-latin-(400|700)-normal\.[\w-]+\.woff2$/.test(path))
	});
