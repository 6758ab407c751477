import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { securityHeaders } from './src/lib/security/headers.ts';

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

export default defineConfig({
	plugins: [sveltekit(), previewHeaders()],
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
