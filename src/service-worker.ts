// Offline use: a teacher opens the explainer once with a connection, and it then works without
// one (a classroom laptop, a school network that drops out). SvelteKit builds this file and
// registers it on every page (kit.serviceWorker.register defaults to true).
//
// - Install: precache the whole built site: the app's scripts, styles and fonts, the lazily
//   loaded MapLibre chunk and its worker (`build`), the static files including the map data in
//   /geo (`files`) and every prerendered page with its data (`prerendered`). Scripts and static
//   files must all be cached or the install fails (they exist by construction); pages are cached
//   one by one, so one that a host does not serve cannot break offline use of the others. Host
//   configuration files (_headers) and the unused WOFF copies of the fonts are left out.
// - Languages: pages are precached in the reader's languages only (those of the open pages, and
//   those an older build had cached): English, /uk/… and /ru/… are each about 3.8 MB of pages, and
//   a classroom laptop on a school network needs one. A page opened later in another language
//   caches that language's pages too.
// - Fetch: cache first for those files; pages (navigations) network first, falling back to the
//   cache when the network fails or is too slow. Only GET requests to this origin are touched.
// - Activate: delete the caches of older builds (the cache name carries the build's version) and
//   take control of open pages at once, so a new build replaces the old one cleanly.
/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import { baseLocale, locales, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `explainer-${version}`;
const PREFIX = 'explainer-';
/** After this long, a page request is answered from the cache if it can be ("lie-fi"). */
const NETWORK_TIMEOUT_MS = 4000;
/** How long a page opened in a language not yet cached loads alone before that language's pages are cached. */
const LATER_MS = 5000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Every browser with service workers reads WOFF2: the WOFF copies of the fonts are never used.
const used = (path: string) => !path.endsWith('.woff');
// Host configuration files (_headers, _redirects) and dotfiles may not be served at all.
const served = (path: string) => !/\/[._][^/]*$/.test(path);
/** Must all be cached for the install to succeed: the build's own files and the map data. */
// The story's own GeoJSON (/geo/story/…) is prerendered, and is map data like /geo's files.
const REQUIRED = [...new Set([...build.filter(used), ...files.filter(served), ...prerendered.filter((path) => path.includes('/geo/'))])];
const ROOT = new URL('./', sw.location.href).pathname;
/** The language of a path: /uk/… is Ukrainian; paths without a language's prefix are English. */
function localeOf(path: string): Locale {
	const first = path.startsWith(ROOT) ? path.slice(ROOT.length).split('/')[0] : '';
	return (locales as readonly string[]).includes(first) ? (first as Locale) : baseLocale;
}
/** A language's story page: /, /uk/, /ru/. */
const home = (locale: Locale) => (locale === baseLocale ? ROOT : `${ROOT}${locale}/`);
/** Cached one by one, per language: a page that fails is left out, not fatal. */
const OPTIONAL = new Map<Locale, string[]>(locales.map((locale) => [locale, [...new Set(prerendered.filter((path) => localeOf(path) === locale))]]));
const HASHED = new Set(build);
/** Answered cache first (WOFF fonts too, once fetched). */
const PRECACHED = new Set([...build, ...REQUIRED, ...prerendered]);

// Files whose names do not change between builds (pages, /geo data) are revalidated, so a host's
// HTTP caching cannot put a previous build's copy in the new cache.
const fresh = (path: string) => (HASHED.has(path) ? path : new Request(path, { cache: 'no-cache' }));

/** The languages to precache: those of the open pages and of older builds' caches; every one if none is known. */
async function readersLocales(): Promise<Locale[]> {
	const found = new Set<Locale>();
	for (const client of await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })) found.add(localeOf(new URL(client.url).pathname));
	for (const key of await caches.keys()) {
		if (key === CACHE || !key.startsWith(PREFIX)) continue;
		const old = await caches.open(key);
		for (const locale of locales) if (await old.match(home(locale))) found.add(locale);
	}
	return found.size ? [...found] : [...locales];
}

const caching = new Map<Locale, Promise<void>>();
/** Caches a language's pages unless its story page is cached already (once per worker's life). */
function precacheLocale(locale: Locale): Promise<void> {
	if (!caching.has(locale)) {
		caching.set(
			locale,
			(async () => {
				const cache = await caches.open(CACHE);
				if (await cache.match(home(locale))) return;
				await Promise.allSettled((OPTIONAL.get(locale) ?? []).map((path) => cache.add(fresh(path))));
				// Offline, or the host failed: try again on the next page opened.
				if (!(await cache.match(home(locale)))) caching.delete(locale);
			})()
		);
	}
	return caching.get(locale)!;
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(REQUIRED.map(fresh));
			for (const locale of await readersLocales()) await precacheLocale(locale);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE && key.startsWith(PREFIX)) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Other hosts (the sources readers follow, anything else) are none of our business.
	if (url.origin !== sw.location.origin) return;
	// Partial responses (media seeking) cannot be stored; leave them to the browser.
	if (request.headers.has('range')) return;

	if (request.mode === 'navigate') {
		event.respondWith(page(request, url));
		// A reader who opens another language gets that language offline too, once the page has
		// had the network to itself for a moment.
		const locale = localeOf(url.pathname);
		if (!caching.has(locale)) event.waitUntil(sleep(LATER_MS).then(() => precacheLocale(locale)).catch(() => undefined));
	} else if (PRECACHED.has(url.pathname)) {
		event.respondWith(cacheFirst(request, url));
	} else {
		event.respondWith(networkFirst(request));
	}
});

async function cacheFirst(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(url.pathname);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic') void cache.put(url.pathname, response.clone()).catch(() => undefined);
	return response;
}

async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') void cache.put(request, response.clone()).catch(() => undefined);
		return response;
	} catch (error) {
		const hit = await cache.match(request);
		if (hit) return hit;
		throw error;
	}
}

/** Pages: the network's copy when it answers in time (and keep it), else the cached one. */
async function page(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = async () => {
		const hit = (await cache.match(url.pathname)) ?? (await cache.match(request, { ignoreSearch: true }));
		return hit && unredirected(hit);
	};
	const network = fetch(request).then((response) => {
		if (response.ok && response.type === 'basic' && !response.redirected) void cache.put(url.pathname, response.clone()).catch(() => undefined);
		return response;
	});
	let timer: ReturnType<typeof setTimeout> | undefined;
	const slow = new Promise<Response>((resolve, reject) => {
		timer = setTimeout(() => cached().then((hit) => (hit ? resolve(hit) : network.then(resolve, reject)), reject), NETWORK_TIMEOUT_MS);
	});
	try {
		return await Promise.race([network, slow]);
	} catch {
		const hit = await cached();
		if (hit) return hit;
		return new Response(offlinePage(localeOf(url.pathname)), { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
	} finally {
		clearTimeout(timer);
	}
}

/** A cached response that came through a redirect cannot answer a navigation; copy it. */
async function unredirected(response: Response): Promise<Response> {
	if (!response.redirected) return response;
	return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** The notice for a page that was never cached, in its language (the story area's offline_* messages). */
function offlinePage(locale: Locale): string {
	const link = `<a href="${home(locale)}">${m.offline_open_story({}, { locale })}</a>`;
	return `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${m.offline_page_title({}, { locale })}</title><link rel="icon" href="${ROOT}favicon.svg" type="image/svg+xml">
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<h1>${m.offline_title({}, { locale })}</h1><p>${m.offline_not_saved({}, { locale })} ${m.offline_open_story_then({ link }, { locale })}</p></body></html>`;
}
