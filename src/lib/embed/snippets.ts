// The HTML a newsroom pastes into its CMS, for the whole story or one step, with or without
// the loader script. Used by the Embed dialog and by /oembed.json, so both always agree.
// Each language's snippets point at that language's embeds (/uk/embed…), with the same step
// ids; the loader script (embed.js) is one file for all of them.
import { localizeHref, type Locale } from '$lib/paraglide/runtime';

export interface SnippetOptions {
	/** Absolute URL of the site root, without a trailing slash. */
	siteUrl: string;
	/** A step id for a single-step embed; omit for the whole story. */
	step?: string;
	title: string;
	withScript: boolean;
	/** The embed's language; the page's (Paraglide's getLocale()) when omitted. */
	locale?: Locale;
}

/** Height of the iframe before (or without) the loader: the stepper, or the single-step map. */
export function defaultHeight(step?: string): number {
	return step ? 640 : 720;
}

export function embedSrc(siteUrl: string, step?: string, locale?: Locale): string {
	return `${siteUrl}${localizeHref(`/embed${step ? `/${step}` : ''}`, { locale })}`;
}

/** The story's own page in the language, for links out of an embed. */
export function storyUrl(siteUrl: string, locale?: Locale): string {
	return `${siteUrl}${localizeHref('/', { locale })}`;
}

/** The bare iframe: a block, full width of whatever holds it. */
export function embedIframe({ siteUrl, step, title, locale }: Omit<SnippetOptions, 'withScript'>): string {
	return `<iframe data-explainer-embed src="${escapeAttr(embedSrc(siteUrl, step, locale))}" title="${escapeAttr(title)}" width="100%" height="${defaultHeight(step)}" style="display:block;border:0;width:100%" loading="lazy" allow="fullscreen"></iframe>`;
}

/**
 * The snippet, wrapped in a block: an iframe is an inline element, which an article's column
 * does not centre (themes centre their blocks with auto margins, as WordPress's do), so it
 * would sit at the column's left edge, or the page's. The wrapper takes the column's width (no
 * max-width of its own, which would override the width a theme gives its blocks).
 */
export function embedSnippet(options: SnippetOptions): string {
	const script = options.withScript ? `\n  <script src="${escapeAttr(options.siteUrl)}/embed.js" async></script>` : '';
	return `<figure style="display:block;margin:1.5em auto;padding:0">\n  ${embedIframe(options)}${script}\n</figure>`;
}

/**
 * oEmbed's HTML. WordPress keeps only an iframe and a `<blockquote class="wp-embedded-content">`
 * from a provider it does not know, and loads its resizing script (wp-embed) only when the
 * blockquote is there; it shows the blockquote until the frame speaks to it. For every other
 * consumer it is a link to the story above a plain iframe, and the loader script.
 */
export function oembedHtml({ siteUrl, title, locale }: { siteUrl: string; title: string; locale?: Locale }): string {
	const fallback = `<blockquote class="wp-embedded-content"><a href="${escapeAttr(storyUrl(siteUrl, locale))}">${escapeText(title)}</a></blockquote>`;
	return `${fallback}\n${embedIframe({ siteUrl, title, locale })}\n<script src="${escapeAttr(siteUrl)}/embed.js" async></script>`;
}

function escapeAttr(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function escapeText(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
