// Fills in what pages leave out of their Svelte tree, so that it is sent once, as HTML, and
// never in page data or JavaScript:
// - the static map's shapes (hidden SVG defs, built once) at the end of every page; the maps
//   draw them with <use>;
// - the scrolling story's step texts, in each step's slot (src/lib/story/slots.ts).
// Also preloads the text face's Latin files, so that on a slow phone they arrive with the first
// paint instead of re-laying out the page once each when they land.
import type { Handle } from '@sveltejs/kit';
import { basemapDefs, loadBasemap } from '$lib/server/basemap';
import { loadStory } from '$lib/server/story/load';
import { stepTexts } from '$lib/server/stepTexts';
import { STEP_TEXT_SLOT } from '$lib/story/slots';

let defs: string | undefined;
let texts: Map<string, string> | undefined;

function stepText(id: string): string {
	texts ??= stepTexts(loadStory(), loadBasemap());
	const html = texts.get(id);
	if (html === undefined) throw new Error(`No step "${id}" to fill its text slot; steps: ${[...texts.keys()].join(', ')}`);
	return html;
}

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('<!--basemap-->', () => (defs ??= basemapDefs())).replace(STEP_TEXT_SLOT, (_slot, id: string) => stepText(id)),
		preload: ({ type, path }) => type === 'js' || type === 'css' || (type === 'font' && /noto-sans-latin-(400|700)-normal\.[\w-]+\.woff2$/.test(path))
	});
