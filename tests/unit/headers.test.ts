// Who may frame what: embeds by anyone, the rest by no one; static/_headers says the same.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/lib/security/headers';

describe('security headers', () => {
	it('lets any site frame the embeds and nothing else', () => {
		for (const path of ['/embed', '/embed.html', '/embed/geneva', '/embed/geneva.html', '/embed.js', '/oembed.json']) {
			expect(securityHeaders(path)['Content-Security-Policy'], path).toBe('frame-ancestors *');
		}
		for (const path of ['/', '/index.html', '/present', '/print', '/embedded-thing', '/geo/countries.json']) {
			expect(securityHeaders(path)['Content-Security-Policy'], path).toBe("frame-ancestors 'none'");
		}
	});

	it('matches static/_headers', () => {
		const file = readFileSync('static/_headers', 'utf8');
		for (const [name, value] of Object.entries(securityHeaders('/'))) expect(file).toContain(`${name}: ${value}`);
		expect(file).toMatch(/\/embed\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: frame-ancestors \*/);
		expect(file).toMatch(/\/embed\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: frame-ancestors \*/);
	});
});
