// Chaos: readers scroll wildly, rotate phones, switch tabs; GPUs drop their context; networks
// crawl or serve broken files. None of it may break the page or lose the reader's place.
import { expect, fitCenter, loadStory, parseCamera, scrollToStep, test, waitForWebGL, expectNoHorizontalOverflow, type StoryStepFile } from './fixtures';
import type { Page } from '@playwright/test';
import { CROSS_SITE_HOST } from './embed-fixtures';

const steps = loadStory().steps;
const byId = new Map(steps.map((s) => [s.id, s]));

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
	return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** The step whose section covers the middle of the viewport (or the last one above it). */
const stepAtMiddle = (page: Page) =>
	page.evaluate(() => {
		const line = innerHeight / 2;
		let id = document.querySelector('[data-step]')!.id;
		for (const el of document.querySelectorAll<HTMLElement>('[data-step]')) if (el.getBoundingClientRect().top <= line) id = el.id;
		return id;
	});

/** The map has settled on `step`: the right step's data, and the camera where that step points. */
async function expectMapOn(page: Page, step: StoryStepFile) {
	const map = page.locator('[data-map]');
	await expect(map).toHaveAttribute('data-map-step', step.id);
	const target = 'center' in step.view ? step.view.center : fitCenter(step.view.fit);
	await expect
		.poll(async () => {
			const c = parseCamera(await map.getAttribute('data-camera'));
			return !!c && Math.abs(c.lon - target[0]) < 0.1 && Math.abs(c.lat - target[1]) < 0.1 && (!('zoom' in step.view) || Math.abs(c.zoom - step.view.zoom) < 0.1);
		}, { timeout: 20_000, message: `camera should settle on ${step.id}` })
		.toBe(true);
}

test.describe('chaos', () => {
	test.describe.configure({ timeout: 180_000 });

	test('150 random scroll jumps, then the map settles on the step at the middle', async ({ page }) => {
		await page.goto('/');
		await waitForWebGL(page);
		const next = random(150);
		const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
		for (let i = 0; i < 150; i++) {
			await page.evaluate((y) => window.scrollTo(0, y), Math.floor(next() * height));
			await page.waitForTimeout(Math.floor(next() * 60));
		}
		await page.waitForTimeout(500);
		const middle = await stepAtMiddle(page);
		await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', middle);
		await expectMapOn(page, byId.get(middle)!);
		// Still working afterwards.
		await scrollToStep(page, 'geneva');
		await expectMapOn(page, byId.get('geneva')!);
	});

	test('30 random viewport sizes and rotations: the layout and map follow, nothing overflows', async ({ page }) => {
		await page.goto('/#eastern-flank');
		await waitForWebGL(page);
		const next = random(30);
		for (let i = 0; i < 30; i++) {
			const w = 320 + Math.floor(next() * (2560 - 320));
			const h = 568 + Math.floor(next() * (1440 - 568));
			// Every third size is the previous one rotated.
			const size = i % 3 === 2 ? { width: Math.min(Math.max(h, 320), 2560), height: Math.min(Math.max(w, 568), 1440) } : { width: w, height: h };
			await page.setViewportSize(size);
			await page.waitForTimeout(150);
			await expectNoHorizontalOverflow(page);
			const box = (await page.locator('[data-map]').boundingBox())!;
			expect(box.width, `map width at ${size.width}×${size.height}`).toBeGreaterThan(size.width * 0.5);
			expect(box.height, `map height at ${size.width}×${size.height}`).toBeGreaterThan(size.height * 0.5);
		}
		const middle = await stepAtMiddle(page);
		await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', middle);
		await expectMapOn(page, byId.get(middle)!);
	});

	test('WebGL context lost mid-flight and restored a second later: the map comes back on the right step', async ({ page }) => {
		await page.goto('/');
		await waitForWebGL(page);
		await scrollToStep(page, 'buildup');
		await scrollToStep(page, 'vienna');
		const lost = await page.evaluate(() => {
			const canvas = document.querySelector<HTMLCanvasElement>('[data-map] canvas')!;
			const ext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
			ext.loseContext();
			setTimeout(() => ext.restoreContext(), 1000);
			return true;
		});
		expect(lost).toBe(true);
		await page.waitForTimeout(1500);
		await expect(page.locator('[data-map]')).toHaveAttribute('data-renderer', 'webgl');
		await expectMapOn(page, byId.get('vienna')!);
		await scrollToStep(page, 'talks');
		await expectMapOn(page, byId.get('talks')!);
	});

	test('WebGL context lost for good: the static map takes over with a notice', async ({ page }) => {
		await page.goto('/');
		await waitForWebGL(page);
		await scrollToStep(page, 'brussels');
		await page.evaluate(() => document.querySelector<HTMLCanvasElement>('[data-map] canvas')!.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext());
		await expect(page.locator('[data-map]')).toHaveAttribute('data-renderer', 'static', { timeout: 10_000 });
		await expect(page.locator('[data-map] [role="status"]')).toContainText('static map');
		await expect(page.locator('svg[data-static-map]')).toBeVisible();
		await scrollToStep(page, 'vienna');
		await expectMapOn(page, byId.get('vienna')!);
		await expect(page.locator('[data-pin="vienna"]')).toBeVisible();
	});

	test('tab hidden and shown during a flight: the map ends on the current step', async ({ page, context }) => {
		await page.goto('/');
		await waitForWebGL(page);
		await scrollToStep(page, 'demands');
		const other = await context.newPage();
		await other.bringToFront();
		await page.evaluate(() => document.visibilityState);
		await scrollToStep(page, 'geneva');
		await page.waitForTimeout(800);
		await page.bringToFront();
		await other.close();
		await expectMapOn(page, byId.get('geneva')!);
	});

	test('@phone a very slow network: the text is readable before the map', async ({ page }) => {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 40 * 1024, uploadThroughput: 20 * 1024 });
		await page.goto('/', { waitUntil: 'commit' });
		await expect(page.locator('h1')).toBeVisible({ timeout: 30_000 });
		await expect(page.locator('section[data-step="intro"] .step-title')).toBeAttached();
		// The text is there while the map data has not arrived.
		expect(await page.locator('[data-map]').getAttribute('data-map-ready')).not.toBe('true');
		await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
		await waitForWebGL(page, 90_000);
	});
});

test.describe('broken map data', () => {
	test.use({ allowedConsoleErrors: [] });

	test('a corrupt countries.json leaves the static map and a notice, not an exception', async ({ page }) => {
		await page.route('**/geo/countries.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"Topology","objects":{' }));
		await page.goto('/');
		// Once hydrated (the static map has written its camera), show intent so the WebGL map tries to start.
		await expect(page.locator('[data-map]')).toHaveAttribute('data-camera', /,/);
		await page.keyboard.press('Shift');
		await expect(page.locator('[data-map] [role="status"]')).toContainText('static map', { timeout: 20_000 });
		await expect(page.locator('[data-map]')).toHaveAttribute('data-renderer', 'static');
		await scrollToStep(page, 'geneva');
		await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'geneva');
	});
});

test('embed: a storm of geometry messages, valid and not, ends on the right step', async ({ page }) => {
	await page.goto(`${CROSS_SITE_HOST}/scroll.html`);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('[data-embed-mode]')).toHaveAttribute('data-embed-mode', 'scroll', { timeout: 20_000 });
	const next = random(7);
	const storm = Array.from({ length: 1000 }, () => (next() < 0.7 ? { type: 'explainer:geometry', top: -Math.floor(next() * 12000), viewportHeight: 500 + Math.floor(next() * 900) } : { type: 'explainer:geometry', top: next() < 0.5 ? 'x' : NaN, viewportHeight: -1 }));
	await page.evaluate((messages) => {
		const win = document.querySelector('iframe')!.contentWindow!;
		for (const m of messages) win.postMessage(m, '*');
	}, storm);
	// Then the real scroll position speaks again.
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.evaluate(() => window.scrollBy(0, 1));
	await expect(frame.locator('[data-active-step]').first()).toHaveAttribute('data-active-step', 'intro', { timeout: 10_000 });
});

test('present: 200 random key presses, then the presentation, its address and its map agree on one step and still answer', async ({ page, context }) => {
	test.setTimeout(240_000);
	const ids = steps.map((s) => s.id);
	await page.goto('/present');
	const root = page.locator('[data-present-step]');
	await expect(root).toHaveAttribute('data-present-ready', 'true', { timeout: 30_000 });
	// Every key the presentation knows, a remote's, and keys it must ignore (typing, modifier
	// chords). Not "s": it opens the speaker view's window, tested on its own. Not Tab: Enter on a
	// focused source link rightly follows it off the page.
	const pool = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageDown', 'PageUp', 'Home', 'End', ' ', 'Shift+ ', 'Enter', 'Backspace', 'b', 'B', '.', 'o', 'O', 'Escape', '?', 'f', 'F', 'a', 'z', '1', 'Control+ArrowRight', 'Shift+ArrowLeft'];
	const next = random(200);
	for (let i = 0; i < 200; i++) {
		await page.keyboard.press(pool[Math.floor(next() * pool.length)].replace(/\+ $/, '+Space').replace(/^ $/, 'Space'));
		await page.waitForTimeout(Math.floor(next() * 40));
	}
	// Put away whatever the storm left open: full screen, the overview, the keys help, a blackout.
	await page.evaluate(() => document.fullscreenElement && document.exitFullscreen());
	for (let i = 0; i < 4; i++) {
		if (await page.locator('[data-overview]').isVisible()) await page.keyboard.press('Escape');
		else if (await page.locator('[data-help]').isVisible()) await page.keyboard.press('Escape');
		else if (await page.locator('[data-blackout]').count()) await page.keyboard.press('b');
		else break;
	}
	await expect(page.locator('[data-overview]')).toBeHidden();
	await expect(page.locator('[data-help]')).toBeHidden();
	await expect(page.locator('[data-blackout]')).toHaveCount(0);

	// One step everywhere: the slide, its counter and title, the address and the map.
	const id = (await root.getAttribute('data-present-step'))!;
	const index = ids.indexOf(id);
	expect(index, `a known step: ${id}`).toBeGreaterThanOrEqual(0);
	await expect(page.locator('[data-present-counter]')).toHaveText(`${index + 1} / ${ids.length}`);
	await expect(page.locator('#present-title')).toHaveText(byId.get(id)!.title);
	await expect(page).toHaveURL(new RegExp(`#${id}$`));
	const map = page.locator('[data-map]');
	await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 120_000 });
	await expect(map).toHaveAttribute('data-map-step', id);
	await expect(map).toHaveAttribute('data-map-moving', 'false', { timeout: 30_000 });
	// The camera is where a fresh presentation opened on that step puts it: no late flight from
	// an earlier step.
	const settled = parseCamera(await map.getAttribute('data-camera'));
	const fresh = await context.newPage();
	await fresh.setViewportSize(page.viewportSize()!);
	await fresh.goto(`/present#${id}`);
	const freshMap = fresh.locator('[data-map]');
	await expect(freshMap).toHaveAttribute('data-map-ready', 'true', { timeout: 120_000 });
	await expect(freshMap).toHaveAttribute('data-map-moving', 'false', { timeout: 30_000 });
	const reference = parseCamera(await freshMap.getAttribute('data-camera'));
	expect(settled && reference, 'both cameras reported').toBeTruthy();
	expect(Math.abs(settled!.lon - reference!.lon)).toBeLessThan(0.05);
	expect(Math.abs(settled!.lat - reference!.lat)).toBeLessThan(0.05);
	expect(Math.abs(settled!.zoom - reference!.zoom)).toBeLessThan(0.1);
	await fresh.close();

	// And it still answers the remote.
	await page.keyboard.press('Home');
	await expect(root).toHaveAttribute('data-present-step', ids[0]);
	await page.keyboard.press('PageDown');
	await expect(root).toHaveAttribute('data-present-step', ids[1]);
	await expect(map).toHaveAttribute('data-map-step', ids[1]);
	await page.keyboard.press('End');
	await expect(root).toHaveAttribute('data-present-step', ids.at(-1)!);
	await expect(page).toHaveURL(new RegExp(`#${ids.at(-1)}$`));
});
