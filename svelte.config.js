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
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};
