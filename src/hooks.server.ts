// Fills in what pages leave out of their Svelte tree, so that it is sent once, as HTML, and
// never in page data or JavaScript:
// - the static map's shapes (hidden SVG defs, built once) at the end of every page; the maps
//   draw them with <use>;
// - the scrolling story's step texts, in each step's slot (src/lib/story/slots.ts).
// Also preloads the text face's Latin files, so that on a slow phone they arrive with the first
// paint instead of re-laying out the page once each when they land.
// In `npm run dev`, a content mistake is shown in the browser, as the lines `npm run check:story`
// prints (`file:line:col field: message`), by `handleError` and src/routes/+error.svelte.
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { basemapDefs } from '$lib/server/basemap';
import { formatIssue, StoryError } from '$lib/server/story/errors';
import { currentStory, storyBasemap } from '$lib/server/story/current';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getLocale } from '$lib/paraglide/runtime';
import { stepTexts } from '$lib/server/stepTexts';
import { STEP_TEXT_SLOT } from '$lib/story/slots';

type Built = { defs: string; texts: Map<string, string> };
const built = new Map<string, Built>();

/** Made once per build and language; in `npm run dev`, for every page, so that an edited content file shows on reload. */
function make(): Built {
	const locale = getLocale();
	if (built.has(locale) && !dev) return built.get(locale)!;
	const story = currentStory();
	const made = { defs: basemapDefs(story.layers), texts: stepTexts(story, storyBasemap(story)) };
	built.set(locale, made);
	return made;
}

function stepText(texts: Map<string, string>, id: string): string {
	const html = texts.get(id);
	if (html === undefined) throw new Error(`No step "${id}" to fill its text slot; steps: ${[...texts.keys()].join(', ')}`);
	return html;
}

/**
 * `make()`; in `npm run dev`, nothing for the page that reports broken content (+error.svelte),
 * which has no step texts or map to fill and must not fail again on the same content.
 */
function makeUnlessBroken(html: string): Built | undefined {
	try {
		return make();
	} catch (error) {
		if (dev && error instanceof StoryError && !html.includes('<!--step-text ')) return undefined;
		throw error;
	}
}

// Paraglide's middleware reads the locale from the URL (/uk/…, /ru/…; English unprefixed) for
// everything below it: getLocale() on the server, and the page's lang.
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolveStory(event, resolve, locale);
	});

const resolveStory = (event: Parameters<Handle>[0]['event'], resolve: Parameters<Handle>[0]['resolve'], locale: string) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			html = html.replace('%paraglide.lang%', locale);
			if (!html.includes('<!--basemap-->') && !html.includes('<!--step-text ')) return html;
			const built = makeUnlessBroken(html);
			if (!built) return html.replace('<!--basemap-->', '');
			const { defs, texts } = built;
			return html.replace('<!--basemap-->', () => defs).replace(STEP_TEXT_SLOT, (_slot, id: string) => stepText(texts, id));
		},
		// The Cyrillic faces too on /uk/ and /ru/, whose text is mostly Cyrillic.
		preload: ({ type, path }) => type === 'js' || type === 'css' || (type === 'font' && (/noto-sans-latin-(400|700)-normal\.[\w-]+\.woff2$/.test(path) || (locale !== 'en' && /noto-sans-cyrillic-(400|700)-normal\.[\w-]+\.woff2$/.test(path))))
	});

/**
 * In `npm run dev`, a content mistake (a StoryError from loadStory) reaches the page: the same
 * `file:line:col field: message` lines as the terminal, which +error.svelte lists. Fixing the
 * file reloads the page (vite.config.ts, contentReload). Anything else, and everything in a
 * build, is SvelteKit's default: logged, and only the generic message reaches the page. (A
 * build never gets here with broken content: `npm run check:story` runs before it.)
 */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const request = `[${status}] ${event.request.method} ${event.url.pathname}`;
	if (dev && error instanceof StoryError) {
		const issues = error.issues.map(formatIssue);
		console.error(`${request}\n${error.message}`);
		const report: App.Error & { issues: string[] } = { message: `The story data has ${issues.length} problem${issues.length === 1 ? '' : 's'}:`, issues };
		return report;
	}
	if (status === 404) console.error(request);
	else console.error(`${request}\n`, error);
	return { message };
};
