// HTTP headers the explainer's host should send. The page's own <meta> CSP (svelte.config.js)
// covers scripts, styles and connections; these add what only a header can say: who may frame
// a page. Embeds may be framed by any site, in every language (/embed, /uk/embed/<step>…);
// every other page by nobody. `vite preview` sends them (vite.config.ts), and static/_headers
// repeats them for hosts that read that file.
// The languages come from the Paraglide project's settings, not from its generated runtime,
// which vite.config.ts (which imports this file) loads before any compile.
import settings from '../i18n/project.inlang/settings.json' with { type: 'json' };

/** The URL prefixes of the languages other than English (uk, ru): English is unprefixed. */
export const LOCALE_PREFIXES: string[] = settings.locales.filter((locale) => locale !== settings.baseLocale);

const prefix = `(?:(?:${LOCALE_PREFIXES.join('|')})\\/)?`;
/** The embeds and their oEmbed in every language, and the one loader script. */
export const EMBED_PATHS = new RegExp(`^\\/(?:${prefix}(?:embed(?:\\/|\\.html$|$)|oembed\\.json$)|embed\\.js$)`);

export function securityHeaders(path: string): Record<string, string> {
	const embeddable = EMBED_PATHS.test(path);
	return {
		'Content-Security-Policy': `frame-ancestors ${embeddable ? '*' : "'none'"}`,
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		// Sandboxed embeds have an opaque origin, so their scripts, fonts and data are cross-origin loads.
		'Access-Control-Allow-Origin': '*'
	};
}
