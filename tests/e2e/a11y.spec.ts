// Accessibility: axe (WCAG 2.0–2.2 A and AA) in each state of the page, plus the checks axe
// cannot make: zoom allowed, the canvas hidden from assistive technology, a text alternative for
// the map in every step, and a visible focus indicator on the pins.
import type { Page } from '@playwright/test';
import { test, expect, loadStory, gotoStory, scrollToStep, waitForWebGL, cameraText, expectNoAxeViolations } from './fixtures';

const { steps } = loadStory();

test.describe.configure({ timeout: 120_000 });


async function openGenevaStep(page: Page) {
	await gotoStory(page, '/');
	await waitForWebGL(page);
	await scrollToStep(page, 'geneva');
	const view = steps.find((s) => s.id === 'geneva')!.view as { center: [number, number]; zoom: number };
	await expect(page.locator('[data-map]')).toHaveAttribute('data-camera', cameraText(view), { timeout: 20_000 });
	await expect(page.locator('[data-pin="geneva"]')).toBeVisible();
}

test('axe: no violations on the page as loaded', async ({ page }) => {
	await gotoStory(page, '/');
	await expect(page.locator('svg[data-static-map]')).toBeVisible();
	await expectNoAxeViolations(page, 'at load, static map');
});

test('axe: no violations once the WebGL map is ready', async ({ page }) => {
	await gotoStory(page, '/');
	await waitForWebGL(page);
	await expectNoAxeViolations(page, 'WebGL map');
});

test('axe: no violations with the Geneva popup open', async ({ page }) => {
	await openGenevaStep(page);
	await page.locator('[data-pin="geneva"]').click();
	await expect(page.locator('[data-popup="geneva"]')).toBeVisible();
	await expectNoAxeViolations(page, 'Geneva popup open');
});

test('@phone axe: no violations on a phone', async ({ page }) => {
	await gotoStory(page, '/');
	await expect(page.locator('svg[data-static-map]')).toBeVisible();
	await expectNoAxeViolations(page, 'phone, at load');
	await scrollToStep(page, 'geneva');
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'geneva');
	await expectNoAxeViolations(page, 'phone, Geneva step');
});

test('@phone the page declares its language and allows zooming', async ({ page }) => {
	await gotoStory(page, '/');
	await expect(page.locator('html')).toHaveAttribute('lang', /^[a-z]{2}(-[A-Za-z]+)?$/);
	const viewport = page.locator('meta[name="viewport"]');
	await expect(viewport).toHaveCount(1);
	const content = ((await viewport.getAttribute('content')) ?? '').toLowerCase().replace(/\s+/g, '');
	expect(content).toContain('width=device-width');
	expect(content).not.toMatch(/user-scalable=(no|0)/);
	expect(content).not.toContain('maximum-scale');
});

test('the WebGL canvas is hidden from assistive technology', async ({ page }) => {
	await gotoStory(page, '/');
	await waitForWebGL(page);
	const canvases = page.locator('[data-map] canvas');
	await expect(canvases).not.toHaveCount(0);
	for (const canvas of await canvases.all()) await expect(canvas).toHaveAttribute('aria-hidden', 'true');
});

test('@phone every step carries a visually hidden "Map: …" text alternative', async ({ page }) => {
	await gotoStory(page, '/');
	for (const step of steps) {
		const alt = page.locator(`section[data-step="${step.id}"] .visually-hidden`).filter({ hasText: /^\s*Map: / });
		await expect(alt, `text alternative in ${step.id}`).toHaveCount(1);
		const text = ((await alt.textContent()) ?? '').replace(/\s+/g, ' ').trim();
		expect(text).toBe(`Map: ${step.alt.replace(/\s+/g, ' ').trim()}`);
		// Read by screen readers, not drawn on screen.
		const box = await alt.evaluate((el) => {
			const r = el.getBoundingClientRect();
			const s = getComputedStyle(el);
			return { width: r.width, height: r.height, display: s.display, visibility: s.visibility, ariaHidden: el.closest('[aria-hidden="true"]') !== null };
		});
		expect(box.width, `${step.id} alt width`).toBeLessThanOrEqual(1);
		expect(box.height, `${step.id} alt height`).toBeLessThanOrEqual(1);
		expect(box.display).not.toBe('none');
		expect(box.visibility).not.toBe('hidden');
		expect(box.ariaHidden).toBe(false);
	}
});

test('tabbing to a WebGL map pin shows a visible focus outline', async ({ page }) => {
	await openGenevaStep(page);
	const pin = page.locator('[data-pin="geneva"]');
	// Tab on from the last link of the (sticky) progress bar, which comes just before the map in
	// the tab order; starting at the top of the page would scroll back to the first step.
	await page.getByRole('navigation', { name: 'Story steps' }).locator('a').last().focus();
	const path: string[] = [];
	for (let i = 0; i < 10 && path.at(-1) !== 'geneva'; i++) {
		await page.keyboard.press('Tab');
		path.push(await page.evaluate(() => document.activeElement?.getAttribute('data-pin') ?? document.activeElement?.outerHTML.slice(0, 80) ?? 'none'));
	}
	expect(path.at(-1), `Tab reaches the Geneva pin (focus went: ${path.join(' → ')})`).toBe('geneva');
	await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', 'geneva');
	const outlines = await pin.evaluate((el) => {
		const label = el.querySelector('.pin-label') ?? el;
		const style = (node: Element) => ({ style: getComputedStyle(node).outlineStyle, width: parseFloat(getComputedStyle(node).outlineWidth) });
		return { pin: style(el), label: style(label), focusVisible: el.matches(':focus-visible') };
	});
	expect(outlines.focusVisible, 'the pin matches :focus-visible').toBe(true);
	const visible = [outlines.pin, outlines.label].some((o) => o.style !== 'none' && o.width > 0);
	expect(visible, `outline on the pin or its label: ${JSON.stringify(outlines)}`).toBe(true);
});
