// Story text is Markdown from a content file: no markup or script in it may reach the page.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/server/story/markdown';

const PAYLOADS = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'<svg onload=alert(1)><circle r=1 /></svg>',
	'<svg><script>alert(1)</script></svg>',
	'<a href="javascript:alert(1)">x</a>',
	'<iframe src="javascript:alert(1)"></iframe>',
	'<div style="background:url(javascript:alert(1))">x</div>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'[click](javascript:alert(1))',
	'[click](JaVaScRiPt:alert(1))',
	'[click](  javascript:alert(1))',
	'[click](java\tscript:alert(1))',
	'[click](&#106;avascript:alert(1))',
	'[click](vbscript:msgbox(1))',
	'[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
	'![img](javascript:alert(1))',
	'<javascript:alert(1)>',
	'[x](file:///etc/passwd)',
	'"><script>alert(1)</script>',
	'<details open ontoggle=alert(1)>'
];

/** Every tag the renderer produced, with its attributes. */
function tags(html: string): string[] {
	return html.match(/<[a-z][^>]*>/gi) ?? [];
}

describe('markdown renderer', () => {
	it.each(PAYLOADS)('neutralises %s', (payload) => {
		const html = renderMarkdown(`Before ${payload} after`);
		for (const tag of tags(html)) {
			expect(tag).toMatch(/^<(p|a|em|strong|img|code)\b/);
			expect(tag).not.toMatch(/\son\w+\s*=/i);
			expect(tag).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|vbscript|data|file):/i);
		}
		expect(html).not.toMatch(/<(script|svg|iframe|img src="x"|math|details|div)/i);
	});

	it('keeps ordinary formatting and web links', () => {
		const html = renderMarkdown('A **bold** and *quiet* [link](https://www.nato.int/) with "quotes".');
		expect(html).toBe('<p>A <strong>bold</strong> and <em>quiet</em> <a href="https://www.nato.int/">link</a> with “quotes”.</p>');
	});

	it('shows raw HTML as text rather than dropping the sentence', () => {
		expect(renderMarkdown('Use <b>bold</b>')).toBe('<p>Use &lt;b&gt;bold&lt;/b&gt;</p>');
	});
});
