// Story text is Markdown written by journalists. Raw HTML is switched off, so no tag, event
// handler or script in the text can reach the page; markdown-it's link check refuses
// javascript:, vbscript:, file: and data: URLs. Links to other sites open as plain links.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: true });

// Only web and mail links survive: markdown-it's default already blocks script URLs, this also
// keeps out data: images and relative tricks.
md.validateLink = (url: string) => /^(https?:|mailto:|#)/i.test(url.trim());

export function renderMarkdown(source: string): string {
	return md.render(source).trim();
}

export function renderInline(source: string): string {
	return md.renderInline(source);
}
