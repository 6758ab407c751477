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
// - Fetch: cache first for those files; pages (navigations) network first, falling back to the
//   cache when the network fails or is too slow. Only GET requests to this origin are touched.
// - Activate: delete the caches of older builds (the cache name carries the build's version) and
//   take control of open pages at once, so a new build replaces the old one cleanly.
/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `explainer-${version}`;
const PREFIX = 'explainer-';
/** After this long, a page request is answered from the cache if it can be ("lie-fi"). */
const NETWORK_TIMEOUT_MS = 4000;

// Every browser with service workers reads WOFF2: the WOFF copies of the fonts are never used.
const used = (path: string) => !path.endsWith('.woff');
// Host configuration files (_headers, _redirects) and dotfiles may not be served at all.
const served = (path: string) => !/\/[._][^/]*$/.test(path);
/** Must all be cached for the install to succeed: the build's own files and the map data. */
// The story's own GeoJSON (/geo/story/…) is prerendered, and is map data like /geo's files.
const REQUIRED = [...new Set([...build.filter(used), ...files.filter(served), ...prerendered.filter((path) => path.includes('/geo/'))])];
/** Cached one by one: a page that fails is left out, not fatal. */
const OPTIONAL = [...new Set(prerendered)];
const HASHED = new Set(build);
/** Answered cache first (WOFF fonts too, once fetched). */
const PRECACHED = new Set([...build, ...REQUIRED, ...OPTIONAL]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			// Files whose names do not change between builds (pages, /geo data) are revalidated,
			// so a host's HTTP caching cannot put a previous build's copy in the new cache.
			const fresh = (path: string) => (HASHED.has(path) ? path : new Request(path, { cache: 'no-cache' }));
			await cache.addAll(REQUIRED.map(fresh));
			await Promise.allSettled(OPTIONAL.map((path) => cache.add(fresh(path))));
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
		return new Response(offlinePage(), { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
	} finally {
		clearTimeout(timer);
	}
}

/** A cached response that came through a redirect cannot answer a navigation; copy it. */
async function unredirected(response: Response): Promise<Response> {
	if (!response.redirected) return response;
	return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

function offlinePage(): string {
	const root = new URL('./', sw.location.href).pathname;
	return `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline</title><link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<h1>You are offline</h1><p>This page was not saved for offline use. <a href="${root}">Open the story</a>, which works offline once it has been opened with a connection.</p></body></html>`;
}
