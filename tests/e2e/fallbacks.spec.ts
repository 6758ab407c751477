// Readers without JavaScript, or whose map data fails to load, still get the whole story and a map
// that follows it. (Without WebGL: fallbacks-no-webgl.spec.ts, which needs its own browser launch.)
import { test, expect, loadStory, loadMeetings, gotoStory, scrollToStep } from './fixtures';

const { steps } = loadStory();
const meetings = loadMeetings();

/** Letters and digits only, lower case: compares Markdown source with rendered text. */
const words = (text: string) =>
	text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

test.describe('JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('@phone every step title and text is in the prerendered page', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('section[data-step]')).toHaveCount(steps.length);
		for (const step of steps) {
			const section = page.locator(`section[data-step="${step.id}"]`);
			await expect(section.locator('h2')).toHaveText(step.title);
			const text = words((await section.textContent()) ?? '');
			for (const paragraph of step.body.split(/\n\s*\n/).filter((p) => p.trim())) {
				expect(text, `${step.id}: body paragraph "${paragraph.slice(0, 50)}…"`).toContain(words(paragraph));
			}
			if (step.kicker) expect(text).toContain(words(step.kicker));
			expect(text, `${step.id}: map text alternative`).toContain(words(`Map: ${step.alt}`));
		}
		// The progress links work as plain anchors.
		const nav = page.getByRole('navigation', { name: 'Story steps' });
		await expect(nav.locator('a[href^="#"]')).toHaveCount(steps.length);
	});

	test('the static SVG map is in the page, drawn from <use> country shapes', async ({ page }) => {
		await page.goto('/');
		const map = page.locator('[data-map]');
		await expect(map).toHaveAttribute('data-renderer', 'static');
		await expect(map).toHaveAttribute('data-map-ready', 'false');
		const svg = page.locator('[data-map] svg[data-static-map]');
		await expect(svg).toHaveCount(1);
		const shapes = svg.locator('use.country');
		expect(await shapes.count(), 'country shapes').toBeGreaterThan(100);
		// Each <use> points at a shape: inline in the page (#id) or in a same-origin shapes file.
		const href = (await shapes.first().getAttribute('href')) ?? (await shapes.first().getAttribute('xlink:href'));
		expect(href, 'the first <use> has an href').toBeTruthy();
		if (href!.startsWith('#')) {
			const missing = await svg.evaluate((el) =>
				[...el.querySelectorAll('use.country')]
					.map((u) => u.getAttribute('href') ?? u.getAttribute('xlink:href') ?? '')
					.filter((h) => !h.startsWith('#') || !document.getElementById(h.slice(1)))
			);
			expect(missing, '<use> references without a shape in the page').toEqual([]);
		} else {
			const url = new URL(href!, page.url());
			expect(url.origin).toBe(new URL(page.url()).origin);
			const response = await page.request.get(url.pathname);
			expect(response.ok(), `${url.pathname} is served`).toBe(true);
		}
	});

	test('the three meetings (city and date) are in the page', async ({ page }) => {
		await page.goto('/');
		const body = words((await page.locator('body').textContent()) ?? '');
		for (const meeting of meetings) {
			expect(body).toContain(words(meeting.city));
			expect(body).toContain(words(meeting.dateLabel));
		}
	});

	// The sticky map cannot follow the steps without JavaScript: each step shows its own map.
	test('@phone every step shows its own map on screen, the meeting steps with their pins, and nothing scrolls sideways', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('[data-map]'), 'the sticky map, stuck on the first step, is not shown').toBeHidden();
		for (const step of steps) {
			const map = page.locator(`[data-nojs-map="${step.id}"]`);
			await map.scrollIntoViewIfNeeded();
			await expect(map.locator('svg[data-static-map]'), `${step.id}: its map`).toBeInViewport();
			expect(await map.locator('use.country').count(), `${step.id}: country shapes`).toBeGreaterThan(100);
			for (const pin of step.pins) await expect(map.locator(`[data-pin="${pin}"]`), `${step.id}: the ${pin} pin`).toBeInViewport();
			expect(await map.locator('[data-pin]').count(), `${step.id}: only its own pins`).toBe(step.pins.length);
		}
		for (const id of ['geneva', 'brussels', 'vienna']) expect(steps.find((s) => s.id === id)?.pins, `${id} has its pin`).toContain(id);
		const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
		expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
	});

	// Each meeting's own prerendered step page (/embed/<id>) carries its pin too.
	test('each meeting pin is on its prerendered step map without JavaScript', async ({ page }) => {
		for (const meeting of meetings) {
			await page.goto(`/embed/${meeting.id}`);
			await expect(page.locator(`svg[data-static-map] [data-pin="${meeting.id}"]`), `pin ${meeting.id}`).toHaveCount(1);
		}
	});
});

test.describe('map data fails to load', () => {
	// The 404 itself is logged by Chromium as a console error; nothing else may be.
	// The service worker would answer countries.json from its cache, past page.route.
	test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/], serviceWorkers: 'block' });

	test('@phone a 404 for countries.json keeps the static map and shows a notice', async ({ page }) => {
		await page.route('**/geo/countries.json', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));
		await gotoStory(page, '/');
		const map = page.locator('[data-map]');
		await page.keyboard.press('Shift');
		await expect(page.locator('[data-map] .notice, [data-map] [role="status"]').filter({ hasText: /static map/i })).toBeVisible({ timeout: 30_000 });
		await expect(map).toHaveAttribute('data-renderer', 'static');
		await expect(map).toHaveAttribute('data-map-ready', 'false');
		await expect(page.locator('svg[data-static-map]')).toBeVisible();
		// The static map still follows the story.
		await scrollToStep(page, 'geneva');
		await expect(map).toHaveAttribute('data-map-step', 'geneva');
		await expect(page.locator('svg[data-static-map] [data-pin="geneva"]')).toBeVisible();
	});
});
