// Paraglide's compiler options, shared by the Vite plugin (vite.config.ts) and
// scripts/i18n-compile.ts (for svelte-check and vitest on a fresh clone, before any build).
// The project's settings load the message-format plugin from node_modules, never from a CDN.
export const PARAGLIDE = {
	project: './src/lib/i18n/project.inlang',
	outdir: './src/lib/paraglide',
	// The locale comes from the URL only: English unprefixed, /uk/ and /ru/; no cookie, no redirect.
	strategy: ['url', 'baseLocale'] as ('url' | 'baseLocale')[],
	emitTsDeclarations: true
};
