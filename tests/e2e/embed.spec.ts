// Embedding in article pages: the host page lives on another origin (localhost:4174, served by
// page.route) than the explainer (127.0.0.1:4173, the real build over HTTP).
import type { FrameLocator, Page } from '@playwright/test';
import { expect, loadStory, test, expectNoAxeViolations } from './fixtures';

const APP = 'http://127.0.0.1:4173';
const HOST = 'http://127.0.0.1:4174';
const ids = loadStory().steps.map((s) => s.id);

/** Opens one of the stand-in article pages in tests/e2e/host/ (served on another origin). */
async function host(page: Page, name: 'scroll' | 'two' | 'plain' | 'sandboxed' | 'pym' | 'fuzz') {
	await page.goto(`${HOST}/${name}.html`);
}

async function frameInfo(page: Page, index = 0) {
	const frame = page.frameLocator('iframe').nth(index);
	return {
		frame,
		mode: () => frame.locator('[data-embed-mode]').getAttribute('data-embed-mode'),
		step: () => frame.locator('[data-active-step]').first().getAttribute('data-active-step')
	};
}

/** How much of the map panel is inside the host viewport, 0 to 1. */
async function mapVisibleFraction(page: Page, frame: FrameLocator, index = 0): Promise<number> {
	const iframe = (await page.locator('iframe').nth(index).boundingBox())!;
	const inner = await frame.locator('[data-map]').evaluate((el) => {
		const r = el.getBoundingClientRect();
		return { top: r.top, height: r.height };
	});
	const viewport = page.viewportSize()!;
	const top = iframe.y + inner.top;
	const visible = Math.max(0, Math.min(top + inner.height, viewport.height) - Math.max(top, 0));
	return visible / Math.min(inner.height, viewport.height);
}

test.describe('embed with the loader script', () => {
	test('the host page scroll drives the steps in order and the map stays in view', async ({ page }) => {
		await host(page, 'scroll');
		const { frame, mode, step } = await frameInfo(page);
		await expect.poll(mode, { timeout: 20_000 }).toBe('scroll');
		const seen: string[] = [];
		const total = await page.evaluate(() => document.documentElement.scrollHeight);
		for (let y = 0; y < total; y += 250) {
			await page.evaluate((top) => window.scrollTo(0, top), y);
			await page.waitForTimeout(120);
			const current = await step();
			if (current && seen.at(-1) !== current) {
				seen.push(current);
				if (current !== 'intro') expect(await mapVisibleFraction(page, frame), `map visible at ${current}`).toBeGreaterThan(0.6);
			}
		}
		expect(seen, `steps seen: ${seen.join(", ")}`).toEqual(ids);
	});

	test('the iframe takes its content height, after load and after a resize to phone width', async ({ page }) => {
		await host(page, 'scroll');
		const { frame, mode } = await frameInfo(page);
		await expect.poll(mode, { timeout: 20_000 }).toBe('scroll');
		const matches = async () => {
			const outer = (await page.locator('iframe').boundingBox())!.height;
			const inner = await frame.locator('.embed').evaluate((el) => el.getBoundingClientRect().height);
			return Math.abs(outer - Math.ceil(inner)) <= 1 ? 'equal' : `${outer} vs ${inner}`;
		};
		await expect.poll(matches, { timeout: 10_000 }).toBe('equal');
		const desktop = (await page.locator('iframe').boundingBox())!.height;
		await page.setViewportSize({ width: 360, height: 740 });
		await expect.poll(matches, { timeout: 10_000 }).toBe('equal');
		expect((await page.locator('iframe').boundingBox())!.height).not.toBe(desktop);
	});

	test('two embeds on one page work independently', async ({ page }) => {
		await host(page, 'two');
		const first = await frameInfo(page, 0);
		const second = await frameInfo(page, 1);
		await expect.poll(first.mode, { timeout: 20_000 }).toBe('scroll');
		await expect.poll(second.mode, { timeout: 20_000 }).toBe('scroll');
		// Scroll to the middle of the first embed: it moves on, the second (further down) stays at the start.
		await expect.poll(async () => (await page.locator('iframe').first().boundingBox())!.height).toBeGreaterThan(3000);
		const box = (await page.locator('iframe').first().boundingBox())!;
		await page.evaluate((y) => window.scrollTo(0, y), box.y + box.height / 2);
		await expect.poll(first.step).not.toBe('intro');
		expect(await second.step()).toBe('intro');
	});
});

test.describe('embed without the script', () => {
	for (const sandboxed of [false, true]) {
		test(`falls back to a stepper with buttons and keys${sandboxed ? ' (sandbox="allow-scripts")' : ''}`, async ({ page }) => {
			await host(page, sandboxed ? 'sandboxed' : 'plain');
			const { frame, mode, step } = await frameInfo(page);
			await expect(frame.getByRole('button', { name: 'Next', exact: true })).toBeVisible({ timeout: 20_000 });
			expect(await mode()).toBe('stepper');
			expect(await step()).toBe(ids[0]);
			await expect(frame.getByRole('button', { name: 'Previous', exact: true })).toBeDisabled();
			await frame.getByRole('button', { name: 'Next', exact: true }).click();
			await expect.poll(step).toBe(ids[1]);
			await frame.locator('.stepper').press('ArrowRight');
			await expect.poll(step).toBe(ids[2]);
			await frame.locator('.stepper').press('ArrowLeft');
			await expect.poll(step).toBe(ids[1]);
			await frame.locator('.stepper').press('End');
			await expect.poll(step).toBe(ids.at(-1));
			await expect(frame.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
			await frame.getByRole('button', { name: 'Previous', exact: true }).click();
			await expect.poll(step).toBe(ids.at(-2));
			// The map follows the stepper.
			await expect(frame.locator('[data-map]')).toHaveAttribute('data-map-step', ids.at(-2)!);
		});
	}
});

test('a pym.js 1.3.2 parent sizes the iframe to its content', async ({ page }) => {
	await host(page, 'pym');
	const frame = page.frameLocator('#graphic iframe');
	await expect(frame.getByRole('button', { name: 'Next', exact: true })).toBeVisible({ timeout: 20_000 });
	const sizes = async () => {
		const outer = (await page.locator('#graphic iframe').boundingBox())!.height;
		const inner = await frame.locator('.embed').evaluate((el) => el.getBoundingClientRect().height);
		return Math.abs(outer - Math.ceil(inner)) <= 1 ? 'equal' : `${outer} vs ${inner}`;
	};
	await expect.poll(sizes, { timeout: 10_000 }).toBe('equal');
	expect((await page.locator('#graphic iframe').boundingBox())!.height).toBeGreaterThan(450);
});

test('every step has its own prerendered embed', async ({ page, request }) => {
	for (const id of ids) {
		const response = await request.get(`${APP}/embed/${id}`);
		expect(response.status(), id).toBe(200);
		expect(await response.text()).toContain(`data-embed-step="${id}"`);
	}
	await page.goto('/embed/geneva');
	await expect(page.locator('[data-embed-step="geneva"]')).toBeVisible();
	await expect(page.locator('[data-pin="geneva"]')).toBeVisible();
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'geneva');
	await expect(page.getByRole('link', { name: /Open the full explainer/ })).toHaveAttribute('href', /#geneva$/);
});

test('oEmbed is valid and discoverable from the story', async ({ page, request }) => {
	await page.goto('/');
	const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
	const href = await link.getAttribute('href');
	expect(href).toBeTruthy();
	const response = await request.get(new URL(href!, `${APP}/`).href);
	expect(response.ok()).toBe(true);
	const oembed = await response.json();
	expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: expect.any(String), provider_name: expect.any(String) });
	expect(Number.isInteger(oembed.width) && Number.isInteger(oembed.height)).toBe(true);
	expect(oembed.html).toMatch(/^<iframe data-explainer-embed src="[^"]*\/embed" title="[^"]+"/);
	expect(oembed.html).toContain('/embed.js');
});

test('malformed and foreign messages are ignored on both sides', async ({ page }) => {
	await host(page, 'fuzz');
	const { frame, mode, step } = await frameInfo(page);
	await expect.poll(mode, { timeout: 20_000 }).toBe('scroll');
	const height = async () => (await page.locator('iframe[data-explainer-embed]').boundingBox())!.height;
	const before = await height();
	// A frame the loader does not manage tries to resize the embed, in both formats.
	await page.frameLocator('#foreign').locator('p').evaluate(() => {
		parent.postMessage({ type: 'explainer:height', height: 5 }, '*');
		parent.postMessage('pymxPYMxanyxPYMxheightxPYMx5', '*');
	});
	// The host page sends junk into the embed, including geometry that is not finite or out of range.
	const junk = [null, 1, 'x', [], { type: 'explainer:geometry' }, { type: 'explainer:geometry', top: 'NaN', viewportHeight: 800 }, { type: 'explainer:geometry', top: Infinity, viewportHeight: 800 }, { type: 'explainer:geometry', top: 0, viewportHeight: -5 }, { type: 'explainer:geometry', top: 1e12, viewportHeight: 800 }, { __proto__: { type: 'explainer:geometry' } }, '<img src=x onerror=alert(1)>'];
	await page.evaluate((messages) => {
		const win = document.querySelector<HTMLIFrameElement>('iframe[data-explainer-embed]')!.contentWindow!;
		for (let i = 0; i < 200; i++) win.postMessage(messages[i % messages.length], '*');
	}, junk);
	// The embed sends malformed sizes to the host.
	await frame.locator('body').evaluate(() => {
		for (const height of [-1, 'big', NaN, 1e9, null]) parent.postMessage({ type: 'explainer:height', height }, '*');
		parent.postMessage('pymxPYMxidxPYMxheightxPYMx-5', '*');
		parent.postMessage({ type: 'explainer:eval', code: 'document.title = "owned"' }, '*');
	});
	await page.waitForTimeout(500);
	expect(await height()).toBe(before);
	expect(await page.title()).toBe('Host article');
	expect(await mode()).toBe('scroll');
	expect(await step()).toBe('intro');
});

test('the embeds pass axe', async ({ page }) => {
	for (const path of ['/embed', '/embed/geneva']) {
		await page.goto(path);
		await expect(page.locator('[data-map]')).toBeVisible();
		await expectNoAxeViolations(page, path);
	}
});

test('the Embed dialog gives both snippets, a live preview and copies the code', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
	await page.goto('/');
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this explainer' });
	await expect(dialog).toBeVisible();
	const code = dialog.getByRole('textbox', { name: 'Embed code' });
	await expect(code).toHaveValue(new RegExp(`^<iframe data-explainer-embed src="${APP}/embed" [^]*<script src="${APP}/embed.js" async></script>$`));
	await dialog.getByRole('combobox', { name: 'What to embed' }).selectOption('geneva');
	await dialog.getByRole('radio', { name: /Iframe only/ }).check();
	await expect(code).toHaveValue(new RegExp(`^<iframe data-explainer-embed src="${APP}/embed/geneva" [^>]*></iframe>$`));
	await expect(dialog.frameLocator('iframe.preview').frameLocator('iframe').locator('[data-embed-step="geneva"]')).toBeVisible({ timeout: 20_000 });
	await dialog.getByRole('button', { name: 'Copy code' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});
