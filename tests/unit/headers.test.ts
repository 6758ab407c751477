// Who may frame what: embeds by anyone, in every language, the rest by no one; static/_headers
// says the same.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_PREFIXES, securityHeaders } from '../../src/lib/security/headers';

const EMBEDS = ['/embed', '/embed.html', '/embed/geneva', '/embed/geneva.html', '/oembed.json'];
const PAGES = ['/', '/index.html', '/present', '/present/notes', '/print', '/embedded-thing', '/geo/countries.json'];

describe('security headers', () => {
	it('lets any site frame the embeds and nothing else', () => {
		for (const path of [...EMBEDS, '/embed.js']) {
			expect(securityHeaders(path)['Content-Security-Policy'], path).toBe('frame-ancestors *');
		}
		for (const path of PAGES) {
			expect(securityHeaders(path)['Content-Security-Policy'], path).toBe("frame-ancestors 'none'");
		}
	});

	it('treats /uk/ and /ru/ as the English: the embeds framed by anyone, the story pages by no one', () => {
		expect(LOCALE_PREFIXES).toEqual(['uk', 'ru']);
		for (const locale of LOCALE_PREFIXES) {
			for (const path of EMBEDS) {
				expect(securityHeaders(`/${locale}${path}`)['Content-Security-Policy'], `/${locale}${path}`).toBe('frame-ancestors *');
			}
			for (const path of [`/${locale}`, ...PAGES.map((p) => `/${locale}${p}`)]) {
				expect(securityHeaders(path)['Content-Security-Policy'], path).toBe("frame-ancestors 'none'");
			}
		}
		// Only a language's prefix opens a path: not another folder, nor a prefix without its slash.
		for (const path of ['/de/embed', '/ukembed', '/uk/ru/embed', '/geo/embed', '/uk/embed.js']) {
			expect(securityHeaders(path)['Content-Security-Policy'], path).toBe("frame-ancestors 'none'");
		}
	});

	it('matches static/_headers', () => {
		const file = readFileSync('static/_headers', 'utf8');
		for (const [name, value] of Object.entries(securityHeaders('/'))) expect(file).toContain(`${name}: ${value}`);
		expect(file).toMatch(/\/embed\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: frame-ancestors \*/);
		expect(file).toMatch(/\/embed\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: frame-ancestors \*/);
		for (const locale of LOCALE_PREFIXES) {
			for (const rule of [`/${locale}/embed`, `/${locale}/embed/*`]) {
				const escaped = rule.replace(/[/*]/g, '\\$&');
				expect(file, rule).toMatch(new RegExp(`(^|\\n)${escaped}\\n {2}! Content-Security-Policy\\n {2}Content-Security-Policy: frame-ancestors \\*`));
			}
		}
		// Nothing else in the file lifts the default (every rule but /* opens a path to framing).
		const rules = [...file.matchAll(/^(\/\S*)$/gm)].map((match) => match[1]).filter((rule) => rule !== '/*');
		expect(rules.sort()).toEqual(['', ...LOCALE_PREFIXES.map((l) => `/${l}`)].flatMap((p) => [`${p}/embed`, `${p}/embed/*`]).sort());
	});
});
