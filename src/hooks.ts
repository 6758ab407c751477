// /uk/… and /ru/… are the same routes as the English ones: the locale is read from the prefix
// (Paraglide's url strategy), and SvelteKit routes the path without it.
import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
