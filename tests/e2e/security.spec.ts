// Content security policy: no violation on any route, with the WebGL map running; embeds may be
// framed by other sites and nothing else may.
import { readdirSync } from 'node:fs';
import { expect, test, waitForWebGL } from './fixtures';
import { APP, CROSS_SITE_HOST } from './embed-fixtures';

/** Every prerendered page in the build, as a URL path. */
const routes = readdirSync('build', { recursive: true })
	.map(String)
	.filter((f) => f.endsWith('.html') && !f.startsWith('_app'))
	.map((f) => '/' + f.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, ''))
	.sort();

test('the build has the expected routes', () => {
	expect(routes).toEqual(expect.arrayContaining(['/', '/embed', '/embed/geneva']));
});

for (const path of routes) {
	test(`no content-security-policy violation on ${path}`, async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { __csp: string[] }).__csp = [];
			document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
		});
		await page.goto(path);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).not.toContain('unsafe-eval');
		expect(csp).toMatch(/worker-src 'self'/);
		expect(csp).toMatch(/img-src 'self'(;|$)/);
		// Start the WebGL map where there is one: its worker and data must pass the policy too.
		if (await page.locator('[data-map]').count()) await waitForWebGL(page);
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
	});
}

test.describe('framing', () => {
	const refusals: string[] = [];
	test.use({ allowedConsoleErrors: [/frame-ancestors 'none'/] });

	test('only the embeds may be framed by another site', async ({ page, request }) => {
		expect((await request.get('/')).headers()['content-security-policy']).toBe("frame-ancestors 'none'");
		expect((await request.get('/embed')).headers()['content-security-policy']).toBe('frame-ancestors *');
		expect((await request.get('/embed/geneva')).headers()['content-security-policy']).toBe('frame-ancestors *');
		page.on('console', (m) => m.type() === 'error' && refusals.push(m.text()));
		// A page on another origin frames an embed (it loads) and the story itself (it is refused).
		await page.goto(`${CROSS_SITE_HOST}/plain.html`);
		await expect(page.frameLocator('iframe').getByRole('button', { name: 'Next', exact: true })).toBeVisible({ timeout: 20_000 });
		await page.evaluate((app) => {
			const frame = document.createElement('iframe');
			frame.src = `${app}/`;
			frame.title = 'story';
			document.body.append(frame);
		}, APP);
		await expect.poll(() => refusals.join('\n')).toContain(`Framing '${APP}/' violates the following Content Security Policy directive: "frame-ancestors 'none'"`);
		const storyFrame = page.frames().find((f) => f.url() === `${APP}/`);
		expect(storyFrame ? await storyFrame.locator('[data-active-step]').count() : 0).toBe(0);
	});
});
