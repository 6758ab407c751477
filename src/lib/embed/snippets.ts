// The HTML a newsroom pastes into its CMS, for the whole story or one step, with or without
// the loader script. Used by the Embed dialog and by /oembed.json, so both always agree.

export interface SnippetOptions {
	/** Absolute URL of the site root, without a trailing slash. */
	siteUrl: string;
	/** A step id for a single-step embed; omit for the whole story. */
	step?: string;
	title: string;
	withScript: boolean;
}

/** Height of the iframe before (or without) the loader: the stepper, or the single-step map. */
export function defaultHeight(step?: string): number {
	return step ? 640 : 720;
}

export function embedSnippet({ siteUrl, step, title, withScript }: SnippetOptions): string {
	const src = `${siteUrl}/embed${step ? `/${step}` : ''}`;
	const iframe = `<iframe data-explainer-embed src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${defaultHeight(step)}" style="border:0;width:100%" loading="lazy" allow="fullscreen"></iframe>`;
	return withScript ? `${iframe}\n<script src="${escapeAttr(siteUrl)}/embed.js" async></script>` : iframe;
}

function escapeAttr(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
