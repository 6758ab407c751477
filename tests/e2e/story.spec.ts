// The scrollytelling contract: steps activate on scroll, the map follows, pins open their
// details, the progress bar and deep links jump to steps, and the address follows the reader.
import type { Page } from '@playwright/test';
import { mapPadding } from '../../src/lib/map/camera';
import {
	test,
	expect,
	loadStory,
	loadMeetings,
	loadPoints,
	fitCenter,
	gotoStory,
	waitForHydration,
	holdPageCode,
	scrollToStep,
	expectTappable,
	waitForWebGL,
	expectCameraNear,
	cameraText,
	cameraChangedFrom,
	expectNoHorizontalOverflow
} from './fixtures';

const { steps } = loadStory();
const meetings = loadMeetings();
const points = loadPoints();
const ids = steps.map((s) => s.id);
const stepById = (id: string) => steps.find((s) => s.id === id)!;
const centerView = (id: string) => {
	const view = stepById(id).view;
	if (!('center' in view)) throw new Error(`step ${id} has no centre/zoom view`);
	return view;
};

// WebGL drawn in software on two cores: starting the map alone takes ten to twenty seconds.
test.describe.configure({ timeout: 180_000 });

test('the story has the steps the tests expect', async ({ page }) => {
	expect(ids).toEqual(['intro', 'buildup', 'demands', 'eastern-flank', 'geneva', 'brussels', 'vienna', 'talks']);
	await gotoStory(page, '/');
	await expect(page.locator('section[data-step]')).toHaveCount(ids.length);
	const domIds = await page.locator('section[data-step]').evaluateAll((els) => els.map((el) => [el.getAttribute('data-step'), el.id]));
	expect(domIds).toEqual(ids.map((id) => [id, id]));
	await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', 'intro');
});

test('the step texts are prerendered HTML that the page script keeps as they are, with their styles', async ({ page }) => {
	// Hold the page's code back to mark the server's nodes before hydration: hydration must
	// adopt them (not rebuild or drop them), since the browser never receives the texts' data.
	const release = await holdPageCode(page);
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	await page.evaluate(() => {
		for (const el of document.querySelectorAll<HTMLElement>('section[data-step] .step-title, .range-chart, .timeline-figure')) (el as HTMLElement & { marked?: true }).marked = true;
	});
	release();
	await waitForHydration(page);
	for (const id of ids) {
		const title = page.locator(`section[data-step="${id}"] .step-title`);
		await expect(title).toHaveText(stepById(id).title);
		expect(await title.evaluate((el) => (el as HTMLElement & { marked?: true }).marked), `#${id}'s title should be the server's node`).toBe(true);
		await expect(page.locator(`section[data-step="${id}"] .sources a`).first()).toHaveAttribute('href', /^https:\/\//);
	}
	for (const figure of ['.range-chart', '.timeline-figure']) expect(await page.locator(figure).evaluate((el) => (el as HTMLElement & { marked?: true }).marked)).toBe(true);
	// The figures' styles reach the page although their components are not in its script.
	const site = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--site').trim());
	const fill = await page.locator('.range-chart circle').first().evaluate((el) => getComputedStyle(el).fill);
	expect(fill).toBe(await page.evaluate((colour) => {
		const probe = document.createElement('div');
		probe.style.color = colour;
		document.body.append(probe);
		const rgb = getComputedStyle(probe).color;
		probe.remove();
		return rgb;
	}, site));
	await expect(page.locator('.timeline-figure ol')).toHaveCSS('list-style-type', 'none');
	await expect(page.locator('section[data-step] .sources').first()).toHaveCSS('font-size', /px$/);
	expect(await page.locator('section[data-step] .sources').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize) < parseFloat(getComputedStyle(document.body).fontSize))).toBe(true);
});

test('every step activates on scroll, in order, and the WebGL camera moves to its view', async ({ page }) => {
	await gotoStory(page, '/');
	await waitForWebGL(page);
	const map = page.locator('[data-map]');
	await expect(map).toHaveAttribute('data-map-step', 'intro');
	const seen: string[] = [];
	// Record every active step the story passes through, to check the order.
	await page.exposeFunction('__recordStep', (id: string) => seen.push(id));
	await page.evaluate(() => {
		const root = document.querySelector('[data-active-step]')!;
		new MutationObserver(() => (window as unknown as { __recordStep: (id: string) => void }).__recordStep(root.getAttribute('data-active-step')!)).observe(root, {
			attributes: true,
			attributeFilter: ['data-active-step']
		});
	});

	for (const step of steps.slice(1)) {
		const before = await map.getAttribute('data-camera');
		await scrollToStep(page, step.id);
		await expect(map).toHaveAttribute('data-map-step', step.id);
		await expect(page.locator(`section[data-step="${step.id}"]`)).toHaveClass(/\bactive\b/);
		const after = await cameraChangedFrom(page, before);
		const view = step.view;
		if ('center' in view) {
			await expectCameraNear(page, view);
		} else {
			// A fitted view: centred on the middle of the fitted points, never closer than maxZoom.
			const center = fitCenter(view.fit, points);
			expect(Math.abs(after.lon - center[0]), `${step.id} camera longitude`).toBeLessThanOrEqual(0.05);
			expect(Math.abs(after.lat - center[1]), `${step.id} camera latitude`).toBeLessThanOrEqual(0.05);
			expect(after.zoom, `${step.id} camera zoom`).toBeLessThanOrEqual((view.maxZoom ?? 6) + 0.005);
		}
	}
	expect(seen, 'steps activate one after another, in reading order').toEqual(ids.slice(1));
	await expect(map).toHaveAttribute('data-renderer', 'webgl');
	await expect(page.locator('svg[data-static-map]')).toHaveCount(0);
});

test('@phone scrolling through every step on a phone: the map follows and nothing overflows sideways', async ({ page }) => {
	await gotoStory(page, '/');
	const map = page.locator('[data-map]');
	await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', 'intro');
	await expectNoHorizontalOverflow(page);
	for (const step of steps.slice(1)) {
		const before = await map.getAttribute('data-camera');
		await scrollToStep(page, step.id);
		await expect(map).toHaveAttribute('data-map-step', step.id);
		await cameraChangedFrom(page, before);
		const view = step.view;
		if ('center' in view) {
			await expectCameraNear(page, view);
		}
		// The sticky map stays on screen behind the text.
		await expect(map).toBeInViewport({ ratio: 0.5 });
		await expect(page.locator('svg[data-static-map], [data-map] canvas').first()).toBeVisible();
		await expectNoHorizontalOverflow(page);
	}
});

test.describe('scrolling before hydration', () => {
	// The service worker would answer the page's scripts from its cache, past the hold below.
	test.use({ serviceWorkers: 'block' });

	test('@phone a reader who scrolls before the page has finished loading still gets a working story', async ({ page }) => {
		// Slow networks and phones: the reader is already scrolling when the JavaScript arrives. Hold
		// the page's own code back until the reader has scrolled, so the scroll lands before hydration.
		const release = await holdPageCode(page);
		await page.goto('/', { waitUntil: 'domcontentloaded' });
		// Styled and laid out, but not hydrated yet (the client fills in data-camera).
		// (The page's own CSS is inline; SvelteKit leaves disabled links to the same files for later navigations.)
		await page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.disabled || link.sheet));
		await expect(page.locator('[data-map]')).toHaveAttribute('data-camera', '');
		// The step's top at the top of the screen: cards not yet laid out (content-visibility) are
		// laid out above it later, and scroll anchoring keeps it there, as it does for a reader.
		await page.evaluate(() => document.querySelector<HTMLElement>('section[data-step="geneva"]')!.scrollIntoView({ block: 'start', behavior: 'instant' }));
		release();

		const map = page.locator('[data-map]');
		await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', 'geneva', { timeout: 30_000 });
		await expect(map).toHaveAttribute('data-map-step', 'geneva');
		await expect(map).toHaveAttribute('data-camera', cameraText(centerView('geneva')), { timeout: 30_000 });
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#geneva');
		// And the story keeps following the reader.
		await scrollToStep(page, 'brussels');
		await expect(map).toHaveAttribute('data-map-step', 'brussels');
	});
});

test.describe('meeting pins', () => {
	async function openGenevaStep(page: Page) {
		await gotoStory(page, '/');
		await waitForWebGL(page);
		await scrollToStep(page, 'geneva');
		await expect(page.locator('[data-map]')).toHaveAttribute('data-camera', cameraText(centerView('geneva')), { timeout: 20_000 });
	}

	test('@phone the Geneva pin shows its city and date; its button in the step opens the details, Escape closes them and focus returns', async ({ page }) => {
		const geneva = meetings.find((m) => m.id === 'geneva')!;
		await openGenevaStep(page);
		const pin = page.locator('[data-map] [data-pin="geneva"]');
		await expect(pin).toBeVisible();
		await expect(pin).toContainText('Geneva');
		await expect(pin).toContainText(geneva.dateLabel);
		// Only this step's pin is on the map; the pin is for the pointer, its button for everyone.
		await expect(page.locator('[data-pin="brussels"], [data-pin="vienna"]')).toHaveCount(0);
		await expect(pin).toHaveAttribute('aria-hidden', 'true');

		const button = page.locator('section[data-step="geneva"]').getByRole('button', { name: `Geneva, ${geneva.dateLabel}: details of the meeting` });
		await button.focus();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await page.keyboard.press('Enter');
		const popup = page.locator('[data-popup="geneva"]');
		await expect(popup).toBeVisible();
		await expect(popup).toHaveAttribute('role', 'dialog');
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(popup).toContainText(geneva.venue);
		await expect(popup).toContainText(geneva.dateLabel);
		await expect(popup).toContainText(geneva.who[0]);
		await expect(popup).toContainText(geneva.outcome.split(/\s+/).slice(0, 8).join(' '));
		// Focus moves into the dialog.
		expect(await popup.evaluate((el) => el.contains(document.activeElement))).toBe(true);

		await page.keyboard.press('Escape');
		await expect(popup).toHaveCount(0);
		await expect(button).toBeFocused();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
	});

	test('@phone a pin\'s details open wholly on screen and above everything, the cards included, with the close button reachable', async ({ page }) => {
		await openGenevaStep(page);
		await page.locator('[data-pin="geneva"]').click();
		const popup = page.locator('[data-popup="geneva"]');
		await expect(popup).toBeVisible();
		const hits = await popup.evaluate((el) => {
			const box = el.getBoundingClientRect();
			const close = el.querySelector('button')!.getBoundingClientRect();
			const inside = box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
			// What a tap at each corner, the middle and the close button would reach.
			const points: [string, number, number][] = [
				['top left', box.left + 4, box.top + 4],
				['top right', box.right - 4, box.top + 4],
				['middle', (box.left + box.right) / 2, (box.top + box.bottom) / 2],
				['bottom left', box.left + 4, box.bottom - 4],
				['bottom right', box.right - 4, box.bottom - 4],
				['close button', (close.left + close.right) / 2, (close.top + close.bottom) / 2]
			];
			return { inside, box: [box.left, box.top, box.right, box.bottom].map(Math.round), covered: points.filter(([, x, y]) => !el.contains(document.elementFromPoint(x, y))).map(([name]) => name) };
		});
		expect(hits.inside, `the popup ${hits.box} lies inside the viewport`).toBe(true);
		expect(hits.covered, 'parts of the popup something else covers').toEqual([]);
		await page.getByRole('button', { name: 'Close details' }).click();
		await expect(popup).toHaveCount(0);
	});

	test('@phone a click or tap on the map\'s pin opens the details and the Close button closes them, focus going to the pin\'s button in the text', async ({ page }) => {
		await openGenevaStep(page);
		const pin = page.locator('[data-map] [data-pin="geneva"]');
		await expectTappable(page, pin);
		await pin.click();
		const popup = page.locator('[data-popup="geneva"]');
		await expect(popup).toBeVisible();
		await popup.getByRole('button', { name: /close/i }).click();
		await expect(popup).toHaveCount(0);
		await expect(page.locator('section[data-step="geneva"] [data-open-pin="geneva"]')).toBeFocused();
	});

	test('@phone the talks step pins all three meetings, each label whole on the map', async ({ page }) => {
		await gotoStory(page, '/');
		await waitForWebGL(page);
		await scrollToStep(page, 'talks');
		await expect(page.locator('[data-map]')).toHaveAttribute('data-map-moving', 'false');
		const map = (await page.locator('[data-map]').boundingBox())!;
		for (const meeting of meetings) {
			const pin = page.locator(`[data-pin="${meeting.id}"]`);
			await expect(pin).toBeVisible();
			await expect(pin).toContainText(meeting.city);
			await expect(pin).toContainText(meeting.dateLabel);
			const box = (await pin.boundingBox())!;
			expect(box.x, `${meeting.id} label's left edge`).toBeGreaterThanOrEqual(map.x);
			expect(box.x + box.width, `${meeting.id} label's right edge`).toBeLessThanOrEqual(map.x + map.width);
			expect(box.y, `${meeting.id} label's top edge`).toBeGreaterThanOrEqual(map.y);
		}
	});

	test('@phone the WebGL pin marks its meeting\'s place with the tip of its stem', async ({ page }) => {
		// The Geneva step is centred on the venue, so the venue is at the middle of the padded map.
		await gotoStory(page, '/#geneva');
		await waitForWebGL(page);
		const map = page.locator('[data-map]');
		await expect(map).toHaveAttribute('data-camera', cameraText(centerView('geneva')), { timeout: 20_000 });
		await expect(map).toHaveAttribute('data-map-moving', 'false');
		const box = (await map.boundingBox())!;
		const overlay = await page.evaluate(() => matchMedia('(max-width: 899px)').matches);
		const size = { width: Math.round(box.width), height: Math.round(box.height) };
		const padding = mapPadding(size, overlay, true);
		const venue = { x: box.x + padding.left + (size.width - padding.left - padding.right) / 2, y: box.y + padding.top + (size.height - padding.top - padding.bottom) / 2 };
		const stem = (await page.locator('[data-pin="geneva"] .pin-stem').boundingBox())!;
		expect(Math.abs(stem.x + stem.width / 2 - venue.x), 'stem to venue, across').toBeLessThanOrEqual(1.5);
		expect(Math.abs(stem.y + stem.height - venue.y), 'stem to venue, down').toBeLessThanOrEqual(1.5);
	});
});

test.describe('progress bar and deep links', () => {
	test('@phone clicking the Vienna step in the progress bar jumps there and sets the address', async ({ page }) => {
		await gotoStory(page, '/');
		const nav = page.getByRole('navigation', { name: 'Story steps' });
		await expect(nav.locator('a[href^="#"]')).toHaveCount(ids.length);
		await expect(nav.locator('a[aria-current="step"]')).toHaveAttribute('href', '#intro');

		await nav.locator('a[href="#vienna"]').click();
		await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', 'vienna');
		await expect(nav.locator('a[href="#vienna"]')).toHaveAttribute('aria-current', 'step');
		await expect(nav.locator('a[aria-current]')).toHaveCount(1);
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#vienna');
		await expect(page.locator('section[data-step="vienna"] h2')).toBeInViewport();
		await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'vienna');
		await expect(page.locator('[data-map]')).toHaveAttribute('data-camera', cameraText(centerView('vienna')), { timeout: 30_000 });
		// The step stays active once the page has settled (the jump does not bounce back).
		await page.waitForTimeout(300);
		await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', 'vienna');
	});

	test('@phone a deep link to #brussels opens at the Brussels step', async ({ page }) => {
		await gotoStory(page, '/#brussels');
		await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', 'brussels');
		const nav = page.getByRole('navigation', { name: 'Story steps' });
		await expect(nav.locator('a[href="#brussels"]')).toHaveAttribute('aria-current', 'step');
		await expect(page.locator('section[data-step="brussels"] h2')).toBeInViewport();
		const map = page.locator('[data-map]');
		await expect(map).toHaveAttribute('data-map-step', 'brussels');
		await expect(map).toHaveAttribute('data-camera', cameraText(centerView('brussels')), { timeout: 30_000 });
		// A deep link is a request for the map: the WebGL map starts without further input.
		await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 45_000 });
		await expect(map).toHaveAttribute('data-camera', cameraText(centerView('brussels')));
		await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', 'brussels');
		expect(new URL(page.url()).hash).toBe('#brussels');
	});

	test('@phone the address follows the reader with replaceState: no new history entries', async ({ page }) => {
		await gotoStory(page, '/');
		await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', 'intro');
		const startLength = await page.evaluate(() => history.length);
		for (const id of [...ids.slice(1), ...ids.slice(0, -1).reverse()]) {
			await scrollToStep(page, id);
			await expect.poll(() => page.evaluate(() => location.hash), { message: `hash for ${id}` }).toBe(`#${id}`);
		}
		expect(await page.evaluate(() => history.length), 'history.length after scrolling through the story').toBe(startLength);
	});
});

test.describe('reduced motion', () => {
	/** Milliseconds from the map switching to `id` until its camera settles on the step's view. */
	async function timeCameraMove(page: Page, id: string, timeout: number): Promise<number> {
		const map = page.locator('[data-map]');
		await page.evaluate(() => {
			const el = document.querySelector('[data-map]')!;
			const w = window as unknown as { __moves: { attr: string; value: string | null; t: number }[]; __observer?: MutationObserver };
			w.__observer?.disconnect();
			w.__moves = [];
			w.__observer = new MutationObserver((records) => {
				for (const r of records) w.__moves.push({ attr: r.attributeName!, value: el.getAttribute(r.attributeName!), t: performance.now() });
			});
			w.__observer.observe(el, { attributes: true, attributeFilter: ['data-map-step', 'data-camera'] });
		});
		await scrollToStep(page, id);
		const target = cameraText(centerView(id));
		await expect(map).toHaveAttribute('data-camera', target, { timeout });
		const moves = await page.evaluate(() => (window as unknown as { __moves: { attr: string; value: string | null; t: number }[] }).__moves);
		const switched = moves.find((m) => m.attr === 'data-map-step' && m.value === id);
		const arrived = moves.find((m) => m.attr === 'data-camera' && m.value === target);
		expect(switched, 'data-map-step changed').toBeTruthy();
		expect(arrived, 'data-camera reached the target').toBeTruthy();
		return arrived!.t - switched!.t;
	}

	test('@phone under prefers-reduced-motion the WebGL camera cuts to each step instead of flying', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await gotoStory(page, '/');
		await waitForWebGL(page);
		for (const id of ['geneva', 'brussels', 'vienna']) {
			// The attribute must hold the final value almost at once; a flight takes about two seconds.
			const elapsed = await timeCameraMove(page, id, 1_500);
			expect(elapsed, `camera move to ${id} took ${Math.round(elapsed)} ms`).toBeLessThan(500);
		}
	});

	test('without reduced motion the camera flies (control for the test above)', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await gotoStory(page, '/');
		await waitForWebGL(page);
		const before = await page.locator('[data-map]').getAttribute('data-camera');
		await scrollToStep(page, 'eastern-flank');
		await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'eastern-flank');
		await cameraChangedFrom(page, before); // the flight to eastern-flank has ended
		const elapsed = await timeCameraMove(page, 'geneva', 20_000);
		expect(elapsed, `a flight to geneva took ${Math.round(elapsed)} ms`).toBeGreaterThan(500);
	});
});
