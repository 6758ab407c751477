// The core end-to-end checks, written once against EnginePage and run in every engine at desktop
// and phone sizes. Each asserts what a reader would see at the moment they would see it: a step
// is read once after a short settle, never retried until it turns right. The only waits are for
// the WebGL map to start (seconds in software rendering) and for hydration.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { sleep, type EnginePage, type Viewport } from './driver';

export interface SpecContext {
	page: EnginePage;
	/** The preview server, e.g. http://127.0.0.1:4373 */
	base: string;
	viewport: Viewport;
	/** Saves a screenshot of the viewport as it is now, named after the engine, size and spec. */
	shot(name: string): Promise<void>;
	/** A line printed under the spec's result, pass or fail: the measurements behind it. */
	note(text: string): void;
}

export interface Spec {
	name: string;
	run(ctx: SpecContext): Promise<void>;
}

// The steps, from the same file the build reads (not via tests/e2e/fixtures, which needs Playwright's runner).
const story = parse(readFileSync(new URL('../../data/story.yaml', import.meta.url), 'utf8')) as { steps: { id: string }[] };
const ids = story.steps.map((s) => s.id);

/** How long a reader's scroll is given before the active step is read (once). */
const SETTLE_MS = 800;

/** Waits for a state of the page (not re-doing anything to reach it); fails after `timeout`. */
async function waitFor(page: EnginePage, what: string, check: () => boolean, timeout: number): Promise<void> {
	const end = Date.now() + timeout;
	while (!(await page.run(check))) {
		if (Date.now() > end) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
		await sleep(250);
	}
}

const activeStep = (page: EnginePage) => page.run(() => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') ?? null);

/** Hydrated: the client fills in data-camera, which the prerendered HTML leaves empty. */
const hydrated = (page: EnginePage) =>
	waitFor(page, 'hydration (data-camera filled in)', () => !!document.querySelector('[data-map]')?.getAttribute('data-camera'), 30_000);

/** A key press is a sign of intent that starts the WebGL map; then wait until it has taken over. */
async function startWebGL(page: EnginePage): Promise<void> {
	await hydrated(page);
	await page.press('Shift');
	await waitFor(
		page,
		'the WebGL map (data-map-ready="true", data-renderer="webgl")',
		() => {
			const map = document.querySelector('[data-map]');
			return map?.getAttribute('data-map-ready') === 'true' && map.getAttribute('data-renderer') === 'webgl';
		},
		60_000
	);
}

/**
 * An instant jump (as find-in-page, a screen reader or an anchor link makes) that puts the step's
 * top at 30% of the viewport, past the reading line at the middle.
 */
const jumpTo = (page: EnginePage, id: string) =>
	page.run((stepId: string) => {
		const section = document.querySelector<HTMLElement>(`section[data-step="${stepId}"]`)!;
		// Document offset, not offsetTop: the section's offsetParent is the positioned scrolly box.
		const top = section.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3;
		window.scrollTo({ top: Math.max(0, top), behavior: 'instant' });
	}, id);

/** Where a step's section is against the reading line (the middle of the viewport). */
const where = (page: EnginePage, id: string) =>
	page.run((stepId: string) => {
		const section = document.querySelector(`section[data-step="${stepId}"]`)!;
		const r = section.getBoundingClientRect();
		const margin = Math.round(parseFloat(getComputedStyle(section).scrollMarginTop) || 0);
		return { top: Math.round(r.top), bottom: Math.round(r.bottom), margin, line: Math.round(innerHeight / 2), scrollY: Math.round(scrollY), hash: location.hash };
	}, id);

/** Whether an element is rendered with a size and at least partly inside the viewport. */
const visible = (page: EnginePage, selector: string) =>
	page.run((sel: string) => {
		const el = document.querySelector(sel);
		if (!el) return false;
		const r = el.getBoundingClientRect();
		const style = getComputedStyle(el);
		return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
	}, selector);

/** The story at its Geneva step with the WebGL map, and the Geneva pin clicked. */
async function openGenevaPopup(page: EnginePage, base: string): Promise<void> {
	await page.open(`${base}/`);
	await startWebGL(page);
	await jumpTo(page, 'geneva');
	await sleep(SETTLE_MS);
	assert.equal(await activeStep(page), 'geneva', 'active step after jumping to geneva');
	// The camera flies to Geneva and the pin appears on the map.
	await waitFor(page, 'the Geneva pin', () => (document.querySelector('[data-pin="geneva"]')?.getBoundingClientRect().width ?? 0) > 0, 20_000);
	// A reader taps the pin once the map has stopped: during the flight the pin moves under the pointer.
	await waitFor(page, 'the camera at rest', () => document.querySelector('[data-map]')?.getAttribute('data-map-moving') === 'false', 20_000);
	await page.click('[data-pin="geneva"]');
	await sleep(300);
}

export const specs: Spec[] = [
	{
		name: 'story: loads without errors, static map visible at first paint',
		async run({ page, base, shot }) {
			await page.open(`${base}/`);
			// Read at once after load: before any input the map is the prerendered SVG.
			const first = await page.run(() => ({
				steps: [...document.querySelectorAll('section[data-step]')].map((s) => s.getAttribute('data-step')),
				renderer: document.querySelector('[data-map]')?.getAttribute('data-renderer')
			}));
			assert.ok(await visible(page, 'svg[data-static-map]'), 'the static SVG map is visible right after load');
			await shot('first-paint');
			assert.deepEqual(first.steps, ids, 'every step is on the page, in order');
			assert.equal(first.renderer, 'static', 'data-renderer before any input');
			await hydrated(page);
			assert.equal(await activeStep(page), 'intro', 'active step after load');
		}
	},
	{
		name: 'story: the WebGL map starts, and each step jumped to becomes the active step',
		async run({ page, base, shot, note }) {
			await page.open(`${base}/`);
			await startWebGL(page);
			assert.ok(await visible(page, '[data-map] canvas'), 'the WebGL canvas is visible');
			// Which GL draws it (Mesa's llvmpipe under Xvfb): a WebGL2 context of the page's own kind.
			note(`WebGL2: ${await page.run(() => {
				const gl = document.createElement('canvas').getContext('webgl2');
				const info = gl?.getExtension('WEBGL_debug_renderer_info');
				return gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'none';
			})}`);
			const wrong: string[] = [];
			for (const id of [...ids.slice(1), ids[0]]) {
				await jumpTo(page, id);
				await sleep(SETTLE_MS);
				const active = await activeStep(page);
				if (active !== id) {
					// The verdict is already taken; one more reading says whether the step came late or never.
					const section = JSON.stringify(await where(page, id));
					await sleep(2_000);
					wrong.push(`${id}: active ${active} at ${SETTLE_MS} ms, ${await activeStep(page)} at ${SETTLE_MS + 2_000} ms, section ${section}`);
				}
				if (id === 'eastern-flank') await shot('webgl-eastern-flank');
			}
			assert.deepEqual(wrong, [], `steps that were not active ${SETTLE_MS} ms after the jump`);
		}
	},
	{
		name: 'deep link /#geneva lands on geneva and stays there',
		async run({ page, base, shot, note }) {
			await page.open(`${base}/#geneva`);
			await hydrated(page);
			const arrival = { active: await activeStep(page), ...(await where(page, 'geneva')) };
			// The cards above lay out during the first seconds; a reader who waits must still be on geneva.
			await sleep(3_000);
			const later = { active: await activeStep(page), ...(await where(page, 'geneva')) };
			await shot('deep-link-geneva-3s');
			const evidence = `on arrival ${JSON.stringify(arrival)}, after 3 s ${JSON.stringify(later)}`;
			note(evidence);
			assert.equal(later.active, 'geneva', `active step 3 s after opening /#geneva (${evidence})`);
			assert.equal(later.hash, '#geneva', `address 3 s after opening /#geneva (${evidence})`);
			assert.ok(later.top <= later.line && later.bottom > later.line, `the geneva section spans the reading line (${evidence})`);
			// Where the deep link puts the step: its top at the top of the viewport, less any
			// scroll-margin. Content laid out above it later must not move it from there: a shift that
			// happened before the first reading counts too, so this is measured against the target.
			assert.ok(Math.abs(later.top - later.margin) <= 5, `geneva's top is ${later.top} px down the viewport 3 s after the deep link, not at its scroll-margin ${later.margin} px (${evidence})`);
		}
	},
	{
		name: 'the Geneva pin opens its popup',
		async run({ page, base, shot }) {
			await openGenevaPopup(page, base);
			assert.ok(await visible(page, '[data-popup="geneva"]'), 'the popup is visible after a click on the pin');
			assert.equal(await page.run(() => document.querySelector('[data-popup="geneva"]')?.getAttribute('role')), 'dialog');
			await shot('geneva-popup');
			await page.press('Escape');
			await sleep(300);
			assert.equal(await page.run(() => document.querySelectorAll('[data-popup="geneva"]').length), 0, 'Escape closes the popup');
		}
	},
	{
		name: 'the Geneva popup is wholly on screen, above the cards, its close button reachable',
		async run({ page, base }) {
			await openGenevaPopup(page, base);
			// What is on top at the popup's corners, centre and close button: the popup, or what covers it.
			const seen = await page.run(() => {
				const popup = document.querySelector('[data-popup="geneva"]')!;
				const r = popup.getBoundingClientRect();
				const close = [...popup.querySelectorAll('button')].find((b) => /close/i.test(b.getAttribute('aria-label') ?? b.textContent ?? ''));
				const c = close?.getBoundingClientRect();
				const points: Record<string, [number, number]> = {
					'top left': [r.left + 6, r.top + 6],
					'top right': [r.right - 6, r.top + 6],
					centre: [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
					'bottom left': [r.left + 6, r.bottom - 6],
					'bottom right': [r.right - 6, r.bottom - 6]
				};
				if (c) points['close button'] = [(c.left + c.right) / 2, (c.top + c.bottom) / 2];
				const covered = Object.entries(points)
					.map(([name, [x, y]]) => {
						const top = document.elementFromPoint(x, y);
						return popup.contains(top) ? null : `${name} (${Math.round(x)},${Math.round(y)}) under ${top ? `<${top.tagName.toLowerCase()} class="${top.getAttribute('class') ?? ''}">` : 'nothing (off screen)'}`;
					})
					.filter((x) => x);
				return { box: [Math.round(r.left), Math.round(r.top), Math.round(r.right), Math.round(r.bottom)], viewport: [innerWidth, innerHeight], hasClose: !!c, covered };
			});
			assert.ok(seen.hasClose, 'the popup has a close button');
			const [left, top, right, bottom] = seen.box;
			assert.ok(left >= 0 && top >= 0 && right <= seen.viewport[0] && bottom <= seen.viewport[1], `the popup ${JSON.stringify(seen.box)} fits the ${seen.viewport.join('x')} viewport`);
			assert.deepEqual(seen.covered, [], 'points of the popup that something else covers');
		}
	},
	{
		name: '/embed: the stepper\'s Next and Previous move the story and its map',
		async run({ page, base, shot }) {
			await page.open(`${base}/embed`);
			await hydrated(page);
			const state = () =>
				page.run(() => ({
					mode: document.querySelector('[data-embed-mode]')?.getAttribute('data-embed-mode'),
					step: document.querySelector('[data-active-step]')?.getAttribute('data-active-step'),
					map: document.querySelector('[data-map]')?.getAttribute('data-map-step'),
					previousDisabled: document.querySelector('button[aria-label="Previous"]')?.getAttribute('aria-disabled') === 'true'
				}));
			assert.deepEqual(await state(), { mode: 'stepper', step: ids[0], map: ids[0], previousDisabled: true }, 'the stepper on its first step');
			await page.click('button[aria-label="Next"]');
			await sleep(300);
			await page.click('button[aria-label="Next"]');
			await sleep(300);
			assert.deepEqual(await state(), { mode: 'stepper', step: ids[2], map: ids[2], previousDisabled: false }, 'after Next twice');
			await shot('embed-step-3');
			await page.click('button[aria-label="Previous"]');
			await sleep(300);
			assert.deepEqual(await state(), { mode: 'stepper', step: ids[1], map: ids[1], previousDisabled: false }, 'after Previous');
		}
	},
	...(['', '#geneva'] as const).map(
		(hash): Spec => ({
			name: `/present${hash}: opens on ${hash ? 'geneva' : 'the first step'}, ArrowRight moves on`,
			async run({ page, base, shot }) {
				await page.open(`${base}/present${hash}`);
				await waitFor(page, 'data-present-ready="true"', () => document.querySelector('[data-present-step]')?.getAttribute('data-present-ready') === 'true', 30_000);
				const state = () =>
					page.run(() => ({
						step: document.querySelector('[data-present-step]')?.getAttribute('data-present-step'),
						counter: document.querySelector('[data-present-counter]')?.textContent?.trim(),
						hash: location.hash
					}));
				const at = hash ? ids.indexOf('geneva') : 0;
				assert.deepEqual(await state(), { step: ids[at], counter: `${at + 1} / ${ids.length}`, hash: hash ? '#geneva' : (await state()).hash }, 'on opening');
				assert.ok(await visible(page, '[data-map]'), 'the map is visible');
				await shot(`present${hash ? '-geneva' : ''}`);
				await page.press('ArrowRight');
				await sleep(400);
				assert.deepEqual(await state(), { step: ids[at + 1], counter: `${at + 2} / ${ids.length}`, hash: `#${ids[at + 1]}` }, 'after ArrowRight');
			}
		})
	),
	{
		name: '/uk/: in Ukrainian, Cyrillic labels on the static map, then the WebGL map',
		async run({ page, base, shot, note }) {
			await page.open(`${base}/uk/`);
			// Read at once after load, before any input: the prerendered page and its static map.
			const first = await page.run(() => ({
				lang: document.documentElement.lang,
				renderer: document.querySelector('[data-map]')?.getAttribute('data-renderer'),
				labels: [...document.querySelectorAll('svg[data-static-map] text.country-label')].map((t) => t.textContent ?? '')
			}));
			assert.equal(first.lang, 'uk', 'html[lang] on /uk/');
			assert.equal(first.renderer, 'static', 'data-renderer before any input');
			assert.ok(first.labels.length > 0, 'the static map labels countries');
			assert.deepEqual(first.labels.filter((l) => !/[А-ЯІЇЄҐ]/.test(l) || /[A-Z]/.test(l)), [], 'static map labels not in Cyrillic');
			note(`static labels: ${first.labels.slice(0, 4).join(', ')}`);
			await shot('uk-static');
			await startWebGL(page);
			await shot('uk-webgl');
		}
	},
	{
		name: '/print: every step with its own drawn map',
		async run({ page, base, shot }) {
			await page.open(`${base}/print`);
			const maps = await page.run(() =>
				[...document.querySelectorAll('[data-print-step]')].map((section) => {
					const svg = section.querySelector('[data-print-map] svg[data-static-map]');
					const box = svg?.getBoundingClientRect();
					const country = svg?.querySelector<SVGGraphicsElement>('use.country');
					return { id: section.getAttribute('data-print-step'), width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0), shapes: Math.round(country?.getBBox().width ?? 0) };
				})
			);
			assert.deepEqual(maps.map((m) => m.id), ids, 'every step, in order');
			for (const m of maps) {
				assert.ok(m.width > 100 && m.height > 100, `${m.id}: the map has a size (${m.width}x${m.height})`);
				assert.ok(m.shapes > 0, `${m.id}: the map draws its country shapes`);
			}
			await page.run(() => document.querySelector('[data-print-step="geneva"]')!.scrollIntoView({ block: 'start', behavior: 'instant' }));
			await sleep(300);
			await shot('print-geneva');
		}
	}
];
