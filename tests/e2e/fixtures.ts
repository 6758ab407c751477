// Shared Playwright fixtures and helpers for the end-to-end tests.
//
// Every test gets an automatic guard that fails it if the page logged a console error, threw an
// uncaught exception, or requested anything from a host other than the preview server (the
// explainer promises to load nothing from third parties). A test that expects a particular
// console error (for example a deliberate 404) lists it with `test.use({ allowedConsoleErrors })`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { storyDir } from '../../src/lib/server/story/folder';
import { loadStory as loadResolved } from '../../src/lib/server/story/load';
import type { Story } from '../../src/lib/story/types';
import { LANG, localize, overlay, translation, ui, type Locale } from './lang';

export { expect, LANG, localize, ui, type Locale };

export interface Guard {
	consoleErrors: string[];
	pageErrors: string[];
	externalRequests: string[];
}

interface Options {
	/** Console errors (type 'error') that a test expects; matching messages do not fail it. */
	allowedConsoleErrors: RegExp[];
	/** The language the test reads the site in (E2E_LANG, default en); see ./lang.ts. */
	lang: Locale;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const test = base.extend<Options & { guard: Guard }>({
	allowedConsoleErrors: [[], { option: true }],
	lang: [LANG, { option: true }],
	guard: [
		async ({ context, page, allowedConsoleErrors }, use, testInfo) => {
			const guard: Guard = { consoleErrors: [], pageErrors: [], externalRequests: [] };
			page.on('console', (message) => {
				if (message.type() !== 'error') return;
				const text = message.text();
				if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
				const where = message.location();
				guard.consoleErrors.push(`${text}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
			});
			page.on('pageerror', (error) => guard.pageErrors.push(`${error.name}: ${error.message}`));
			// Context-wide, so requests from workers and popups count too.
			context.on('request', (request) => {
				const url = request.url();
				if (!/^(https?|wss?):/i.test(url)) return; // data:, blob:, about: stay in the page
				const host = new URL(url).hostname;
				if (!LOCAL_HOSTS.has(host) && !LOCAL_HOSTS.has(`[${host}]`)) guard.externalRequests.push(url);
			});

			await use(guard);

			const problems = [
				...guard.pageErrors.map((e) => `uncaught page error: ${e}`),
				...guard.consoleErrors.map((e) => `console error: ${e}`),
				...guard.externalRequests.map((u) => `request to an external host: ${u}`)
			];
			if (problems.length) {
				await testInfo.attach('page-problems', { body: problems.join('\n'), contentType: 'text/plain' });
			}
			expect(problems, 'the page must log no errors, throw nothing and load nothing from other hosts').toEqual([]);
		},
		{ auto: true }
	]
});

// ---------------------------------------------------------------------------------------------
// The story, read from the same file the build uses.

export interface StoryStepFile {
	id: string;
	kicker?: string;
	title: string;
	body: string;
	view: { center: [number, number]; zoom: number } | { fit: string[]; maxZoom?: number };
	pins: string[];
	alt: string;
}

export interface MeetingFile {
	id: string;
	city: string;
	title: string;
	date: string;
	dateLabel: string;
	venue: string;
	who: string[];
	outcome: string;
}

// The story the build tells: data/, or data/stories/<slug>/ with STORY=<slug>; in the run's
// language (E2E_LANG), its text from the folder's i18n/<lang>.yaml.
const root = fileURLToPath(new URL('../..', import.meta.url));
const dataFile = (name: string) => readFileSync(`${root}/${storyDir(root)}/${name}`, 'utf8');

/** The story as the build renders it in `lang`: validated and resolved by the build's own loader. */
export function resolvedStory(lang: Locale = LANG): Story {
	return loadResolved(root, storyDir(root), lang);
}

/** The story file as written, its text in `lang`. */
export function loadStory(lang: Locale = LANG): { steps: StoryStepFile[] } {
	const story = parse(dataFile('story.yaml'));
	const text = translation(root, storyDir(root), lang) as { meta?: object; steps?: Record<string, object>; glossary?: Record<string, object> } | undefined;
	if (!text) return story;
	// The build's loader checks the translation against the English: fail here as the build would.
	resolvedStory(lang);
	return {
		...story,
		meta: overlay(story.meta, text.meta),
		steps: story.steps.map((step: StoryStepFile) => overlay(step, text.steps?.[step.id])),
		glossary: (story.glossary ?? []).map((entry: { term: string }) => overlay(entry, text.glossary?.[entry.term]))
	};
}

export function loadMeetings(lang: Locale = LANG): MeetingFile[] {
	const meetings: MeetingFile[] = parse(dataFile('meetings.yaml'));
	const text = translation(root, storyDir(root), lang) as { tables?: Record<string, Record<string, object>> } | undefined;
	return text ? meetings.map((row) => overlay(row, text.tables?.meetings?.[row.id])) : meetings;
}

/** Every named point a `fit` view can refer to, as [lon, lat] (the same tables the build reads). */
export function loadPoints(): Map<string, [number, number]> {
	const points = new Map<string, [number, number]>();
	for (const file of ['places.yaml', 'troop-sites.yaml', 'battlegroups.yaml', 'meetings.yaml']) {
		for (const row of parse(dataFile(file)) as { id: string; lon: number; lat: number }[]) points.set(row.id, [row.lon, row.lat]);
	}
	return points;
}

/** The centre of a `fit` view: the middle of its bounding box in Web Mercator. */
export function fitCenter(ids: string[], points = loadPoints()): [number, number] {
	const coords = ids.map((id) => {
		const point = points.get(id);
		if (!point) throw new Error(`fit: unknown point ${id}`);
		return point;
	});
	const lons = coords.map((c) => c[0]);
	const lats = coords.map((c) => c[1]);
	const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
	const midY = (mercY(Math.min(...lats)) + mercY(Math.max(...lats))) / 2;
	return [(Math.min(...lons) + Math.max(...lons)) / 2, (2 * Math.atan(Math.exp(midY)) - Math.PI / 2) * (180 / Math.PI)];
}

// ---------------------------------------------------------------------------------------------
// Page helpers.

export interface CameraValue {
	lon: number;
	lat: number;
	zoom: number;
}

export function parseCamera(value: string | null): CameraValue | null {
	if (!value) return null;
	const parts = value.split(',').map(Number);
	if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
	return { lon: parts[0], lat: parts[1], zoom: parts[2] };
}

export async function readCamera(page: Page): Promise<CameraValue | null> {
	return parseCamera(await page.locator('[data-map]').getAttribute('data-camera'));
}

/** Whether `camera` is within 0.05° and 0.1 zoom of a step's centre/zoom view. */
export function nearView(camera: CameraValue | null, view: { center: [number, number]; zoom: number }, degrees = 0.05, zoom = 0.1): boolean {
	return (
		!!camera &&
		Math.abs(camera.lon - view.center[0]) <= degrees &&
		Math.abs(camera.lat - view.center[1]) <= degrees &&
		Math.abs(camera.zoom - view.zoom) <= zoom
	);
}

/**
 * Resolves after the page has drawn two frames and run the tasks queued by them: by then the
 * browser has delivered a scroll's IntersectionObserver and ResizeObserver callbacks, and what is
 * on screen is what a reader sees. Not a retry: whatever the page shows then is the answer.
 */
export async function settled(page: Page): Promise<void> {
	await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
}

/** The active step, read once. */
export async function activeStep(page: Page): Promise<string | null> {
	return page.locator('[data-active-step]').getAttribute('data-active-step');
}

/**
 * Scrolls the window once, instantly, so the step's section starts a little above the reading
 * line (the middle of the viewport), as an anchor link, find-in-page or a dragged scrollbar
 * would, and checks that the story made it the active step by the time the page has settled.
 * No second scroll and no waiting beyond that: a late or wrong step fails the test.
 */
export async function scrollToStep(page: Page, id: string): Promise<void> {
	await page.evaluate((stepId) => {
		const section = document.querySelector<HTMLElement>(`section[data-step="${stepId}"]`);
		if (!section) throw new Error(`no section[data-step="${stepId}"]`);
		const { top } = section.getBoundingClientRect();
		// Document offset, not offsetTop: the section's offsetParent is the positioned scrolly box.
		window.scrollTo({ top: Math.max(0, top + window.scrollY - window.innerHeight * 0.3), behavior: 'instant' });
	}, id);
	await settled(page);
	expect(await activeStep(page), `the active step once the page has settled after scrolling to ${id}`).toBe(id);
}

/**
 * Whether the page has hydrated: the prerendered HTML carries an empty data-camera, which the
 * client fills in as soon as the map panel has mounted.
 */
export async function waitForHydration(page: Page, timeout = 30_000): Promise<void> {
	await expect
		.poll(async () => parseCamera(await page.locator('[data-map]').getAttribute('data-camera')) !== null, {
			timeout,
			message: 'the page should hydrate (data-camera filled in)'
		})
		.toBe(true);
}

/** Opens the story (optionally at a #step) and waits until the page is interactive. */
/**
 * Holds back the page's own code (SvelteKit's route nodes) until the returned function is called:
 * until then the page is its prerendered HTML, styled but not hydrated.
 */
export async function holdPageCode(page: Page): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/nodes/**', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

export async function gotoStory(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await waitForHydration(page);
}

/**
 * Shows intent (a small wheel turn where there is a mouse, and a harmless key press) so the page
 * starts the WebGL map, then waits until it has taken over.
 */
export async function waitForWebGL(page: Page, timeout = 45_000): Promise<void> {
	const map = page.locator('[data-map]');
	await expect(map).toBeVisible();
	// Input before hydration reaches no listener: wait until the page is live.
	await waitForHydration(page);
	if ((await map.getAttribute('data-map-ready')) !== 'true') {
		// Wheel events need the pointer over the page; keydown works everywhere (phones included).
		const viewport = page.viewportSize();
		if (viewport) await page.mouse.move(viewport.width / 2, viewport.height / 2);
		await page.mouse.wheel(0, 1).catch(() => undefined);
		await page.keyboard.press('Shift');
	}
	await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout });
	await expect(map).toHaveAttribute('data-renderer', 'webgl');
}

/** The app's `data-camera` text for a centre and zoom ("lon,lat,zoom", 3 and 2 decimals). */
export function cameraText(view: { center: [number, number]; zoom: number }): string {
	return `${view.center[0].toFixed(3)},${view.center[1].toFixed(3)},${view.zoom.toFixed(2)}`;
}

/** Waits until data-camera holds a valid value different from `before`, and returns it. */
export async function cameraChangedFrom(page: Page, before: string | null, timeout = 20_000): Promise<CameraValue> {
	const map = page.locator('[data-map]');
	let now: string | null = null;
	await expect
		.poll(
			async () => {
				now = await map.getAttribute('data-camera');
				return !!parseCamera(now) && now !== before;
			},
			{ timeout, message: `data-camera should move away from ${before}` }
		)
		.toBe(true);
	return parseCamera(now)!;
}

/** Fails if the document is wider than the viewport (sideways scrolling on phones). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
	const { scrollWidth, innerWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		innerWidth: window.innerWidth
	}));
	expect(scrollWidth, 'document.documentElement.scrollWidth <= innerWidth').toBeLessThanOrEqual(innerWidth);
}

/** Waits until data-camera is within 0.05° and 0.1 zoom of a centre/zoom view. */
export async function expectCameraNear(page: Page, view: { center: [number, number]; zoom: number }, timeout = 20_000): Promise<void> {
	const map = page.locator('[data-map]');
	const target = cameraText(view);
	await expect
		.poll(
			async () => {
				const raw = await map.getAttribute('data-camera');
				return nearView(parseCamera(raw), view) ? target : raw;
			},
			{ timeout, message: `data-camera should end near ${target}` }
		)
		.toBe(target);
}

/**
 * Fails (quickly, with what is in the way) unless a click or tap at the centre of `target` would
 * land on it: on phones the step text scrolls over the map, and must not swallow taps meant for it.
 */
export async function expectTappable(page: Page, target: Locator): Promise<void> {
	await expect(target).toBeInViewport();
	const hit = await target.evaluate((el) => {
		const r = el.getBoundingClientRect();
		const x = r.left + r.width / 2;
		const y = r.top + r.height / 2;
		const top = document.elementFromPoint(x, y);
		const describe = (e: Element | null) =>
			e ? `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.getAttribute('class') ? `.${e.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}>` : 'nothing';
		return { onTarget: !!top && (el === top || el.contains(top)), at: `${Math.round(x)},${Math.round(y)}`, top: describe(top), parent: describe(top?.parentElement ?? null) };
	});
	expect(hit.onTarget, `a tap at ${hit.at} lands on ${hit.top} (in ${hit.parent}), not on the target`).toBe(true);
}

/** WCAG 2.0–2.2, levels A and AA: the bar every route must clear. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now and fails with a readable summary of any violation. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	const summary = results.violations.map((v) => ({
		id: v.id,
		impact: v.impact,
		help: v.help,
		nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join(' ').trim()}`)
	}));
	expect(summary, `axe violations (${label})`).toEqual([]);
}

/**
 * The share of an element's pixels, as the reader sees them now, that have its most common
 * colour: near 1 is a blank area. The screenshot is decoded in a blank tab (the story's content
 * security policy refuses data: images), so no image library is needed.
 */
export async function dominantColourShare(page: Page, target: Locator): Promise<number> {
	const png = (await target.screenshot({ animations: 'allow' })).toString('base64');
	const blank = await page.context().newPage();
	try {
		return await blank.evaluate(async (data) => {
		const image = new Image();
		image.src = `data:image/png;base64,${data}`;
		await image.decode();
		const canvas = new OffscreenCanvas(image.width, image.height);
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const pixels = context.getImageData(0, 0, image.width, image.height).data;
		const counts = new Map<number, number>();
		for (let i = 0; i < pixels.length; i += 4) {
			// Colours a few levels apart count as one: anti-aliasing is not content.
			const key = ((pixels[i] >> 3) << 10) | ((pixels[i + 1] >> 3) << 5) | (pixels[i + 2] >> 3);
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		return Math.max(...counts.values()) / (pixels.length / 4);
		}, png);
	} finally {
		await blank.close();
	}
}
