// The snippets and oEmbed HTML of each language point at that language's embeds, with the same
// step ids; English keeps its unprefixed URLs.
import { describe, expect, it } from 'vitest';
import { embedSnippet, oembedHtml, storyUrl } from '../../src/lib/embed/snippets';

const siteUrl = 'https://graphics.example.org/rupture';

describe('embed snippets per language', () => {
	it('keeps the English URLs', () => {
		const snippet = embedSnippet({ siteUrl, step: 'geneva', title: 'T', withScript: true, locale: 'en' });
		expect(snippet).toContain(`src="${siteUrl}/embed/geneva"`);
		expect(snippet).toContain(`<script src="${siteUrl}/embed.js" async></script>`);
		expect(storyUrl(siteUrl, 'en')).toBe(`${siteUrl}/`);
	});

	for (const locale of ['uk', 'ru'] as const) {
		it(`points ${locale} at /${locale}/embed…, with the one loader script`, () => {
			expect(embedSnippet({ siteUrl, title: 'T', withScript: false, locale })).toContain(`src="${siteUrl}/${locale}/embed"`);
			const snippet = embedSnippet({ siteUrl, step: 'geneva', title: 'T', withScript: true, locale });
			expect(snippet).toContain(`src="${siteUrl}/${locale}/embed/geneva"`);
			expect(snippet).toContain(`<script src="${siteUrl}/embed.js" async></script>`);
			const html = oembedHtml({ siteUrl, title: 'Заголовок «в лапках»', locale });
			expect(html).toMatch(new RegExp(`^<blockquote class="wp-embedded-content"><a href="${siteUrl}/${locale}/">Заголовок «в лапках»</a></blockquote>\\n<iframe data-explainer-embed src="${siteUrl}/${locale}/embed" `));
		});
	}

	it('works with relative roots (no PUBLIC_BASE_URL)', () => {
		expect(storyUrl('..', 'uk')).toBe('../uk/');
		expect(storyUrl('../..', 'en')).toBe('../../');
	});
});
