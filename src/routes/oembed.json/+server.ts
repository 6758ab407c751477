// oEmbed (https://oembed.com): lets a CMS that speaks oEmbed embed the story from its URL alone.
// Discovered through the <link rel="alternate" type="application/json+oembed"> in the story's
// head. URLs are absolute when PUBLIC_BASE_URL is set at build time (they must be, for a CMS).
// Each language has its own (/uk/oembed.json, Paraglide's locale from the URL): its title, and
// HTML that embeds that language's /embed.
import { json } from '@sveltejs/kit';
import { defaultHeight, oembedHtml, storyUrl } from '$lib/embed/snippets';
import { siteUrl } from '$lib/server/site';
import { currentStory } from '$lib/server/story/current';

export const prerender = true;

export function GET() {
	const { meta } = currentStory();
	const site = siteUrl();
	return json({
		version: '1.0',
		type: 'rich',
		title: meta.title,
		author_name: meta.byline,
		provider_name: meta.byline,
		provider_url: storyUrl(site),
		html: oembedHtml({ siteUrl: site, title: meta.title }),
		width: 700,
		height: defaultHeight(),
		...(meta.shareImage ? { thumbnail_url: `${site}/share/preview.png`, thumbnail_width: 1200, thumbnail_height: 630 } : {}),
		cache_age: 86400
	});
}
