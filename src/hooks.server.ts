// Puts the static map's shapes (hidden SVG defs, built once) at the end of every page, outside
// the Svelte tree: the maps draw them with <use>, so they are sent once per page and never in
// page data or JavaScript. Also preloads the text face's Latin files, so that on a slow phone
// they arrive with the first paint instead of re-laying out the page once each when they land.
import type { Handle } from '@sveltejs/kit';
import { basemapDefs } from '$lib/server/basemap';

let defs: string | undefined;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('<!--basemap-->', () => (defs ??= basemapDefs())),
		preload: ({ type, path }) => type === 'js' || type === 'css' || (type === 'font' && /noto-sans-latin-(400|700)-normal\.[\w-]+\.woff2$/.test(path))
	});
