// Puts the static map's shapes (hidden SVG defs, built once) at the end of every page, outside
// the Svelte tree: the maps draw them with <use>, so they are sent once per page and never in
// page data or JavaScript.
import type { Handle } from '@sveltejs/kit';
import { basemapDefs } from '$lib/server/basemap';

let defs: string | undefined;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('<!--basemap-->', () => (defs ??= basemapDefs()))
	});
