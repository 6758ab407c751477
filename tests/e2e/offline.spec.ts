// Offline: once the explainer has been opened with a connection, its service worker has cached
// the whole site, so the story, the presentation with its WebGL map, the speaker view and the
// handout load without one. With E2E_LANG=uk (or ru), the same for /uk/… (or /ru/…), with the
// offline notice in that language.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, LANG, loadStory, localize, resolvedStory, ui, type Locale } from './fixtures';

const { steps } = loadStory();

// Other specs may block service workers; these tests need them.
test.use({ serviceWorkers: 'allow' });
// Precaching the site and starting WebGL in software on two cores take a while.
test.describe.configure({ timeout: 240_000 });

/** Opens the story online and waits until the service worker has cached the site and controls the page. */
async function installOffline(page: Page) {
	await page.goto(localize('/'));
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// clients.claim() hands the open page to the new worker; a reload would do it too.
	await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 60_000 });
}

async function goOffline(context: BrowserContext) {
	await context.setOffline(true);
}

test('after one visit, the story, the presentation with its WebGL map and the speaker view load offline', async ({ page, context }) => {
	await installOffline(page);
	const cacheNames = await page.evaluate(() => caches.keys());
	expect(cacheNames.filter((name) => name.startsWith('explainer-'))).toHaveLength(1);

	await goOffline(context);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);

	// The story.
	await page.reload();
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.locator('section[data-step]')).toHaveCount(steps.length);
	await expect(page.locator(`section[data-step="${steps[0].id}"] h2`)).toHaveText(steps[0].title);
	await expect(page.locator('svg[data-static-map]')).toBeVisible();

	// The presentation: keys work and the WebGL map starts from cached scripts, worker and data.
	await page.goto(localize(`/present#${steps[1].id}`));
	await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-ready', 'true', { timeout: 30_000 });
	await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-step', steps[1].id);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-step', steps[2].id);
	const map = page.locator('[data-map]');
	await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 150_000 });
	await expect(map).toHaveAttribute('data-renderer', 'webgl');
	await expect(map).toHaveAttribute('data-map-step', steps[2].id);
	await expect(page.locator('[data-map] .notice')).toHaveCount(0);

	// The speaker view.
	await page.goto(localize(`/present/notes#${steps[4].id}`));
	await expect(page.locator('[data-speaker-step]')).toHaveAttribute('data-speaker-ready', 'true', { timeout: 30_000 });
	await expect(page.locator('[data-speaker-step]')).toHaveAttribute('data-speaker-step', steps[4].id);
	await expect(page.locator('[data-notes]')).not.toBeEmpty();
	await expect(page.locator('[data-next-step] svg[data-static-map]')).toBeVisible();

	// Client-side navigation between pages uses cached data too.
	await page.goto(localize('/present'));
	await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-ready', 'true', { timeout: 30_000 });

	await context.setOffline(false);
});

test('the handout at /print loads offline', async ({ page, context }) => {
	await installOffline(page);
	await goOffline(context);
	await page.goto(localize('/print'));
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.locator('body')).toContainText(steps[0].title);
	await context.setOffline(false);
});

test.describe('a page that was never cached', () => {
	// The notice is served with status 503, which Chromium logs.
	test.use({ allowedConsoleErrors: [/status of 503/] });

	test('gets a plain offline notice, not a browser error', async ({ page, context }) => {
		await installOffline(page);
		await goOffline(context);
		const response = await page.goto(localize('/no-such-page'));
		expect(response?.status()).toBe(503);
		await expect(page.locator('h1')).toHaveText(ui('You are offline'));
		await page.getByRole('link', { name: ui('Open the story') }).click();
		await expect(page).toHaveURL((url) => url.pathname === localize('/'));
		await expect(page.locator('section[data-step]')).toHaveCount(steps.length);
		await context.setOffline(false);
	});
});

test('a new build replaces the old cache; caches of other apps are left alone', async ({ page }) => {
	// Caches as an older build (and an unrelated app on the same host) would have left them.
	await page.addInitScript(() => {
		if (sessionStorage.getItem('seeded')) return;
		sessionStorage.setItem('seeded', '1');
		void caches.open('explainer-0').then((cache) => cache.put('/old', new Response('old')));
		void caches.open('someone-else').then((cache) => cache.put('/theirs', new Response('theirs')));
	});
	await installOffline(page);
	await expect
		.poll(async () => (await page.evaluate(() => caches.keys())).sort())
		.toEqual(expect.arrayContaining(['someone-else']));
	const names = await page.evaluate(() => caches.keys());
	expect(names).not.toContain('explainer-0');
	expect(names.filter((name) => name.startsWith('explainer-'))).toHaveLength(1);
	// The worker controls the page and answers from its cache.
	// Pages are precached in the reader's language only (the service worker caches another
	// language's once a page in it is opened).
	const otherHomes = resolvedStory().meta.locales.filter((l) => l !== LANG).map((l) => localize('/', l as Locale));
	const fromCache = await page.evaluate(async ({ present, otherHomes }) => {
		const [name] = (await caches.keys()).filter((n) => n.startsWith('explainer-'));
		const cache = await caches.open(name);
		const keys = (await cache.keys()).map((r) => new URL(r.url).pathname);
		return { countries: keys.includes('/geo/countries.json'), present: keys.includes(present), notes: keys.includes(`${present}/notes`), worker: keys.some((k) => k.startsWith('/_app/immutable/workers/')), others: keys.filter((k) => otherHomes.includes(k)), count: keys.length };
	}, { present: localize('/present'), otherHomes });
	expect(fromCache).toMatchObject({ countries: true, present: true, notes: true, worker: true, others: [] });
});
