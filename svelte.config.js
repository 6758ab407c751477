import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	// Runes everywhere: one way of writing components across the project.
	compilerOptions: { runes: true },
	kit: {
		// Every route is prerendered to static files: the explainer can be hosted anywhere,
		// including on a school's offline laptop.
		adapter: adapter({ strict: true }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// A story with no preview image yet (share.png in its folder) has no /share/ file; any
			// other route left unbuilt is an error.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => route !== '/share/[file]')) throw new Error(message);
			}
		},
		// Registered by src/lib/offline.ts, and not from embeds: readers of an article should not
		// download the whole site, and sandboxed frames may not register workers at all.
		serviceWorker: { register: false },
		// The page's own CSS (about 25 KB before gzip) goes inline: one round trip fewer before the
		// first paint on a slow phone connection. The map library's CSS is loaded with its chunk.
		inlineStyleThreshold: 12 * 1024,
		// A strict content security policy, written into each prerendered page as a <meta> tag
		// with hashes of SvelteKit's inline scripts. Everything comes from this site: no eval,
		// no inline script, no other host. Inline styles are allowed because components and
		// the map set style attributes. frame-ancestors cannot live in a <meta> tag: hosts send
		// it as a header (see README, "Security headers"; `vite preview` does, see vite.config.ts).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
