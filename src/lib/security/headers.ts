// HTTP headers the explainer's host should send. The page's own <meta> CSP (svelte.config.js)
// covers scripts, styles and connections; these add what only a header can say: who may frame
// a page. Embeds may be framed by any site; every other page by nobody. `vite preview` sends
// them (vite.config.ts), and static/_headers repeats them for hosts that read that file.

export const EMBED_PATHS = /^\/(embed(\/|\.html$|$)|embed\.js$|oembed\.json$)/;

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
