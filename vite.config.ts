import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { PARAGLIDE } from './src/lib/i18n/paraglide.config.ts';
import { relative, resolve, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import { securityHeaders } from './src/lib/security/headers.ts';
import { STORIES_DIR, storyDir } from './src/lib/server/story/folder.ts';

/** `vite preview` sends the same security headers a production host should (see README). */
function previewHeaders(): Plugin {
	return {
		name: 'explainer-preview-headers',
		configurePreviewServer(server) {
			server.middlewares.use((req, res, next) => {
				const path = new URL(req.url ?? '/', 'http://x').pathname;
				for (const [name, value] of Object.entries(securityHeaders(path))) res.setHeader(name, value);
				next();
			});
		}
	};
}

/**
 * `npm run dev`: saving a content file of the story being told (its YAML and JSON, in data/ or
 * in data/stories/<STORY>/) reloads the page. Nothing imports those files (the server reads them
 * in loadStory, again for every request in dev: hooks.server.ts), so Vite would not notice
 * them. A mistake in them then shows on the page (hooks.server.ts, handleError; +error.svelte),
 * and saving the fix reloads the story.
 */
function contentReload(): Plugin {
	return {
		name: 'explainer-content-reload',
		apply: 'serve',
		configureServer(server) {
			// Vitest runs a dev server too, without a page to reload.
			if (process.env.VITEST) return;
			const { root, logger } = server.config;
			let dir: string;
			try {
				dir = resolve(root, storyDir(root));
			} catch (error) {
				// A wrong STORY: say so at once (each page request then logs the same error from loadStory).
				logger.error(String((error as Error).message));
				return;
			}
			// data/ holds the other stories' folders: their files are not this story's content.
			const others = resolve(root, STORIES_DIR);
			const isContent = (file: string) =>
				/\.(ya?ml|json)$/.test(file) && file.startsWith(dir + sep) && (dir.startsWith(others + sep) || !file.startsWith(others + sep));
			let timer: ReturnType<typeof setTimeout> | undefined;
			const changed = (file: string) => {
				if (!isContent(resolve(root, file))) return;
				// An editor's save can be several events (write, rename): one reload.
				clearTimeout(timer);
				timer = setTimeout(() => {
					logger.info(`page reload ${relative(root, resolve(root, file))}`, { timestamp: true });
					server.ws.send({ type: 'full-reload' });
				}, 50);
			};
			server.watcher.add(dir);
			for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
		}
	};
}

export default defineConfig({
	plugins: [paraglideVitePlugin(PARAGLIDE), sveltekit(), previewHeaders(), contentReload()],
	// The map's worker (src/lib/map/worker.ts) is a module, as MapLibre starts it.
	worker: { format: 'es' },
	build: {
		// maplibre-gl is a large lazily-loaded chunk by design; the warning is noise.
		chunkSizeWarningLimit: 1200
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Shared 2-core machines: a busy moment must not fail a correct test.
		testTimeout: 30_000
	}
});
