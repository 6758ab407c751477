// Presenting in class (/present and the speaker view /present/notes): every key, a presentation
// remote's sequence, the overview, blackout, help, full screen, deep links, swipes, the speaker
// view kept in step both ways (and after a reload), accessibility and projector-size type.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { test, expect, loadStory, expectNoAxeViolations, dominantColourShare } from './fixtures';

const { steps } = loadStory();
const ids = steps.map((s) => s.id);
// Speaker notes and questions, read from the same file the build uses.
const extras = (parse(readFileSync(fileURLToPath(new URL('../../data/story.yaml', import.meta.url)), 'utf8')) as { steps: { id: string; notes: string; question: string }[] }).steps;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

// Keys start the WebGL map (drawn in software on two cores): give every test room.
test.describe.configure({ timeout: 180_000 });

async function openPresent(page: Page, hash = '') {
	await page.goto(`/present${hash}`);
	await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-ready', 'true', { timeout: 30_000 });
}

async function openNotes(page: Page, hash = '') {
	await page.goto(`/present/notes${hash}`);
	await expect(page.locator('[data-speaker-step]')).toHaveAttribute('data-speaker-ready', 'true', { timeout: 30_000 });
}

async function expectStep(page: Page, id: string) {
	const root = page.locator('[data-present-step]');
	await expect(root).toHaveAttribute('data-present-step', id);
	await expect(root).toHaveAttribute('data-active-step', id);
	await expect(page.locator('[data-present-counter]')).toHaveText(`${ids.indexOf(id) + 1} / ${ids.length}`);
	await expect(page).toHaveURL(new RegExp(`#${id}$`));
}

async function expectSpeakerStep(page: Page, id: string) {
	await expect(page.locator('[data-speaker-step]')).toHaveAttribute('data-speaker-step', id);
}


test('the map shows from the first paint: 500 ms after load the map area is a map, not a blank, at 1920×1080', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	// A projector laptop is slow: the room sees whatever the first seconds show.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto('/present#geneva');
	await page.waitForTimeout(500);
	const map = page.locator('[data-map]');
	const share = await dominantColourShare(page, map);
	expect(share, 'share of the map area in one colour 500 ms after load').toBeLessThan(0.9);
	await expect(map.locator('[data-pin="geneva"]').first()).toBeVisible();
});

test('the present page opens on the first step with its caption, counter and map', async ({ page }) => {
	await openPresent(page);
	const root = page.locator('[data-present-step]');
	await expect(root).toHaveAttribute('data-present-step', ids[0]);
	await expect(root).toHaveAttribute('data-active-step', ids[0]);
	await expect(page.locator('[data-present-counter]')).toHaveText(`1 / ${ids.length}`);
	await expect(page.locator('#present-title')).toHaveText(steps[0].title);
	await expect(page.locator('[data-map]')).toBeVisible();
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', ids[0]);
	await expect(page.locator('[data-blackout]')).toHaveCount(0);
	await expect(page.locator('[data-overview]')).toBeHidden();
	await expect(page.locator('[data-help]')).toBeHidden();
});

test('forward keys: Right, Down, PageDown, Space and Enter; back keys: Left, Up, PageUp, Backspace; Home and End', async ({ page }) => {
	await openPresent(page);
	const forward = ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'Enter'];
	for (const [i, key] of forward.entries()) {
		await page.keyboard.press(key);
		await expectStep(page, ids[i + 1]);
	}
	const back = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];
	for (const [i, key] of back.entries()) {
		await page.keyboard.press(key);
		await expectStep(page, ids[forward.length - 1 - i]);
	}
	await page.keyboard.press('Shift+Space');
	await expectStep(page, ids[0]);
	await page.keyboard.press('ArrowLeft');
	await expectStep(page, ids[0]);
	await page.keyboard.press('End');
	await expectStep(page, ids.at(-1)!);
	await page.keyboard.press('PageDown');
	await expectStep(page, ids.at(-1)!);
	await page.keyboard.press('Home');
	await expectStep(page, ids[0]);
	// The map follows the step.
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', ids[1]);
});

test('keys with Ctrl, Alt or Meta, and keys typed in a text field, are ignored', async ({ page }) => {
	await openPresent(page);
	await page.keyboard.press('Control+ArrowRight');
	await page.keyboard.press('Meta+ArrowRight');
	await page.keyboard.press('Control+b');
	await page.evaluate(() => {
		const input = document.createElement('input');
		input.id = 'typing-test';
		input.setAttribute('aria-label', 'test field');
		document.querySelector('[data-present-caption]')!.after(input);
	});
	await page.locator('#typing-test').focus();
	await page.keyboard.type('fbo. s?');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Backspace');
	await expect(page.locator('#typing-test')).toHaveValue('fbo. s');
	await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-step', ids[0]);
	await expect(page.locator('[data-blackout]')).toHaveCount(0);
	await expect(page.locator('[data-overview]')).toBeHidden();
	await expect(page.locator('[data-help]')).toBeHidden();
	expect(await page.evaluate(() => !!document.fullscreenElement)).toBe(false);
});

test('a presentation remote: PageDown ×3, PageUp, Right, blackout and back, and the WebGL map follows', async ({ page }) => {
	await openPresent(page);
	for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
	await expectStep(page, ids[3]);
	await page.keyboard.press('PageUp');
	await expectStep(page, ids[2]);
	await page.keyboard.press('ArrowRight');
	await expectStep(page, ids[3]);
	// "." on most remotes blacks the screen out; nothing moves until it comes back.
	await page.keyboard.press('.');
	await expect(page.locator('[data-blackout]')).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-step', ids[3]);
	await page.keyboard.press('.');
	await expect(page.locator('[data-blackout]')).toHaveCount(0);
	await page.keyboard.press('PageDown');
	await expectStep(page, ids[4]);

	// The keys started the WebGL map; it shows the current step and moves with the next one.
	const map = page.locator('[data-map]');
	await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 120_000 });
	await expect(map).toHaveAttribute('data-map-step', ids[4]);
	for (const canvas of await page.locator('[data-map] canvas').all()) await expect(canvas).toHaveAttribute('aria-hidden', 'true');
	await expect.poll(() => map.getAttribute('data-camera'), { timeout: 30_000 }).toMatch(/^-?\d/);
	const before = await map.getAttribute('data-camera');
	await page.keyboard.press('PageDown');
	await expectStep(page, ids[5]);
	await expect(map).toHaveAttribute('data-map-step', ids[5]);
	await expect.poll(() => map.getAttribute('data-camera'), { timeout: 30_000 }).not.toBe(before);
});

test('b blacks the screen out and back; a click on the black screen also brings it back', async ({ page }) => {
	await openPresent(page);
	const blackout = page.locator('[data-blackout]');
	await page.keyboard.press('b');
	await expect(blackout).toBeVisible();
	const box = await blackout.boundingBox();
	const viewport = page.viewportSize()!;
	expect(box).toMatchObject({ x: 0, y: 0, width: viewport.width, height: viewport.height });
	expect(await blackout.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
	await page.keyboard.press('b');
	await expect(blackout).toHaveCount(0);
	await page.keyboard.press('B');
	await expect(blackout).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(blackout).toHaveCount(0);
	await page.keyboard.press('b');
	await expect(blackout).toBeVisible();
	await blackout.click();
	await expect(blackout).toHaveCount(0);
	await expect(page.locator('[data-overview]')).toBeHidden();
});

test('o and Escape open the overview: arrows move the selection, Enter or a click jumps, Escape closes', async ({ page }) => {
	await openPresent(page);
	const overview = page.locator('[data-overview]');
	const cards = overview.locator('[data-overview-card]');
	const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-overview-card') ?? null);

	await page.keyboard.press('o');
	await expect(overview).toBeVisible();
	await expect(overview).toHaveAttribute('open', '');
	await expect(cards).toHaveCount(ids.length);
	for (const [i, step] of steps.entries()) {
		await expect(cards.nth(i)).toContainText(String(i + 1));
		await expect(cards.nth(i)).toContainText(step.title);
	}
	await expect(cards.nth(0)).toHaveAttribute('aria-current', 'step');
	await expect.poll(focused).toBe(ids[0]);
	await page.keyboard.press('ArrowRight');
	await expect.poll(focused).toBe(ids[1]);
	await page.keyboard.press('ArrowRight');
	await expect.poll(focused).toBe(ids[2]);
	const columns = await cards.evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().top === els[0].getBoundingClientRect().top).length);
	await page.keyboard.press('ArrowDown');
	const below = Math.min(2 + columns, ids.length - 1);
	await expect.poll(focused).toBe(ids[below]);
	await page.keyboard.press('ArrowLeft');
	await expect.poll(focused).toBe(ids[below - 1]);
	await page.keyboard.press('Enter');
	await expect(overview).toBeHidden();
	await expectStep(page, ids[below - 1]);

	// Escape opens it too, and closes it without moving.
	await page.keyboard.press('Escape');
	await expect(overview).toBeVisible();
	await expect.poll(focused).toBe(ids[below - 1]);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Escape');
	await expect(overview).toBeHidden();
	await expectStep(page, ids[below - 1]);

	// A click jumps; "o" also closes.
	await page.keyboard.press('o');
	await expect(overview).toBeVisible();
	await overview.locator(`[data-overview-card="${ids[1]}"]`).click();
	await expect(overview).toBeHidden();
	await expectStep(page, ids[1]);
	await page.keyboard.press('O');
	await expect(overview).toBeVisible();
	await page.keyboard.press('o');
	await expect(overview).toBeHidden();
	await expectStep(page, ids[1]);
});

test('? shows the keys; ? or Escape closes them, and keys do not move the story meanwhile', async ({ page }) => {
	await openPresent(page);
	const help = page.locator('[data-help]');
	await page.keyboard.press('?');
	await expect(help).toBeVisible();
	for (const text of ['Page Down', 'Backspace', 'Home', 'Full screen', 'Black the screen out', 'Overview', 'Speaker view']) await expect(help).toContainText(text);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-step', ids[0]);
	await page.keyboard.press('?');
	await expect(help).toBeHidden();
	await page.keyboard.press('?');
	await expect(help).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(help).toBeHidden();
	// Escape closed the help, and did not open the overview.
	await expect(page.locator('[data-overview]')).toBeHidden();
	await page.keyboard.press('ArrowRight');
	await expectStep(page, ids[1]);
});

test('f toggles full screen', async ({ page }) => {
	await openPresent(page);
	const isFullscreen = () => page.evaluate(() => !!document.fullscreenElement);
	await page.keyboard.press('f');
	await expect.poll(isFullscreen, { timeout: 10_000 }).toBe(true);
	await page.keyboard.press('f');
	await expect.poll(isFullscreen, { timeout: 10_000 }).toBe(false);
	// The button does the same.
	await page.getByRole('button', { name: 'Full screen', exact: true }).click();
	await expect.poll(isFullscreen, { timeout: 10_000 }).toBe(true);
	await page.getByRole('button', { name: 'Leave full screen', exact: true }).click();
	await expect.poll(isFullscreen, { timeout: 10_000 }).toBe(false);
});

test('the buttons move the story too, and do nothing at either end (but stay focusable)', async ({ page }) => {
	await openPresent(page);
	const prev = page.locator('[data-present-prev]');
	const next = page.locator('[data-present-next]');
	await expect(prev).toHaveAttribute('aria-disabled', 'true');
	// Not the disabled attribute: that would take focus away from the button pressed last.
	await expect(prev).not.toHaveAttribute('disabled');
	await next.click();
	await expectStep(page, ids[1]);
	await expect(prev).toHaveAttribute('aria-disabled', 'false');
	await prev.click();
	await expectStep(page, ids[0]);
	// Playwright waits for aria-disabled buttons to be enabled before it clicks: force a real click.
	await prev.click({ force: true });
	await expectStep(page, ids[0]);
	await page.keyboard.press('End');
	await expect(next).toHaveAttribute('aria-disabled', 'true');
	await next.click({ force: true });
	await expectStep(page, ids.at(-1)!);
});

test('deep links open at their step, and an unknown one at the first', async ({ page, context }) => {
	await openPresent(page, '#vienna');
	await expectStep(page, 'vienna');
	await expect(page.locator('#present-title')).toHaveText(steps[ids.indexOf('vienna')].title);
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'vienna');
	await page.keyboard.press('ArrowRight');
	await expectStep(page, 'talks');
	// Editing the address moves the presentation.
	await page.evaluate(() => (location.hash = '#buildup'));
	await expectStep(page, 'buildup');

	await openNotes(page, '#geneva');
	await expectSpeakerStep(page, 'geneva');

	// A fresh tab (nothing remembered, no other window) with an unknown step starts at the first.
	const fresh = await context.newPage();
	await page.close();
	await fresh.goto('/present#no-such-step');
	await expect(fresh.locator('[data-present-step]')).toHaveAttribute('data-present-ready', 'true', { timeout: 30_000 });
	await expect(fresh.locator('[data-present-step]')).toHaveAttribute('data-present-step', ids[0]);
});

test('swipes: left goes forward, right goes back; short or vertical moves do nothing', async ({ page }) => {
	await openPresent(page);
	const swipe = (dx: number, dy: number, pointerType = 'touch') =>
		page.evaluate(
			([dx, dy, pointerType]) => {
				const target = document.querySelector('[data-map]')!;
				const box = target.getBoundingClientRect();
				const x = box.left + box.width / 2;
				const y = box.top + box.height / 2;
				const init = { bubbles: true, cancelable: true, composed: true, pointerId: 7, pointerType: pointerType as string, isPrimary: true };
				target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x, clientY: y }));
				target.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: x + (dx as number) / 2, clientY: y + (dy as number) / 2 }));
				target.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: x + (dx as number), clientY: y + (dy as number) }));
			},
			[dx, dy, pointerType] as const
		);
	await swipe(-160, 12);
	await expectStep(page, ids[1]);
	await swipe(-160, -8, 'pen');
	await expectStep(page, ids[2]);
	await swipe(170, 0);
	await expectStep(page, ids[1]);
	await swipe(-30, 0);
	await swipe(-60, 200);
	await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-step', ids[1]);
	// Interactive whiteboards often report a mouse: a real drag across the map turns the page too.
	const box = (await page.locator('[data-map]').boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2, { steps: 5 });
	await page.mouse.up();
	await expectStep(page, ids[2]);
});

test('s opens the speaker view, which stays in step with the presentation both ways', async ({ page, context }) => {
	await openPresent(page, '#buildup');
	const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
	await notes.waitForLoadState();
	expect(new URL(notes.url()).pathname).toBe('/present/notes');
	expect(new URL(notes.url()).hash).toBe('#buildup');
	await expect(notes.locator('[data-speaker-step]')).toHaveAttribute('data-speaker-ready', 'true', { timeout: 30_000 });
	await expectSpeakerStep(notes, 'buildup');

	// What the speaker sees: the step, its notes and question, the next step, a clock and a timer.
	const extra = extras.find((s) => s.id === 'buildup')!;
	await expect(notes.locator('#speaker-title')).toHaveText(steps[1].title);
	await expect(notes.locator('[data-notes]')).toHaveText(squash(extra.notes));
	await expect(notes.locator('[data-question]')).toHaveText(squash(extra.question));
	await expect(notes.locator('[data-next-step]')).toHaveAttribute('data-next-step', ids[2]);
	await expect(notes.locator('[data-next-step]')).toContainText(steps[2].title);
	await expect(notes.locator('[data-next-step] svg[data-static-map]')).toBeVisible();
	await expect(notes.locator('[data-clock]')).toHaveText(/\d{1,2}[:.]\d{2}/);
	await expect(notes.locator('[data-elapsed]')).toHaveText(/^\d{2}:\d{2}$/);

	// Presentation → speaker view.
	await page.bringToFront();
	await page.keyboard.press('ArrowRight');
	await expectStep(page, ids[2]);
	await expectSpeakerStep(notes, ids[2]);
	await page.keyboard.press('End');
	await expectSpeakerStep(notes, ids.at(-1)!);
	await expect(notes.locator('[data-next-step]')).toHaveText(/end of the story/i);

	// Speaker view → presentation: the same keys, and the buttons.
	await notes.bringToFront();
	await notes.keyboard.press('Home');
	await expectSpeakerStep(notes, ids[0]);
	await expectStep(page, ids[0]);
	await notes.keyboard.press('PageDown');
	await expectStep(page, ids[1]);
	await notes.keyboard.press('ArrowDown');
	await expectStep(page, ids[2]);
	await notes.keyboard.press('Backspace');
	await expectStep(page, ids[1]);
	await notes.getByRole('button', { name: 'Next', exact: true }).click();
	await expectStep(page, ids[2]);
	await expect(notes).toHaveURL(new RegExp(`#${ids[2]}$`));
	// Presentation-only keys do nothing in the speaker view.
	await notes.keyboard.press('b');
	await notes.keyboard.press('o');
	await expect(page.locator('[data-blackout]')).toHaveCount(0);
	await expect(notes.locator('[data-overview]')).toHaveCount(0);

	// The timer resets.
	await expect(notes.locator('[data-elapsed]')).not.toHaveText('00:00', { timeout: 10_000 });
	await notes.locator('[data-timer-reset]').click();
	await expect(notes.locator('[data-elapsed]')).toHaveText(/^00:0[0-2]$/);
});

test('a speaker view opened on its own joins the presentation at its current step', async ({ page, context }) => {
	await openPresent(page, '#geneva');
	const notes = await context.newPage();
	await openNotes(notes);
	await expectSpeakerStep(notes, 'geneva');
	await expect(notes).toHaveURL(/#geneva$/);
	await notes.keyboard.press('ArrowRight');
	await expectStep(page, 'brussels');
});

test('reloading either window rejoins at the current step', async ({ page, context }) => {
	await openPresent(page);
	const notes = await context.newPage();
	await openNotes(notes);
	await page.bringToFront();
	for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
	await expectStep(page, ids[3]);
	await expectSpeakerStep(notes, ids[3]);

	await notes.reload();
	await expect(notes.locator('[data-speaker-step]')).toHaveAttribute('data-speaker-ready', 'true', { timeout: 30_000 });
	await expectSpeakerStep(notes, ids[3]);
	await page.reload();
	await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-ready', 'true', { timeout: 30_000 });
	await expectStep(page, ids[3]);

	// Without the address's #step: the peer answers (and this tab remembers it too).
	await notes.goto('/present/notes');
	await expectSpeakerStep(notes, ids[3]);
	await notes.keyboard.press('ArrowRight');
	await expectStep(page, ids[4]);
	await notes.close();
	await page.goto('/present');
	await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-ready', 'true', { timeout: 30_000 });
	await expectStep(page, ids[4]);
});

test('messages that are not a known step are ignored', async ({ page }) => {
	await openPresent(page, '#demands');
	await page.evaluate(() => {
		const channel = new BroadcastChannel('explainer-present');
		channel.postMessage({ type: 'step', id: 'nowhere' });
		channel.postMessage({ type: 'step', id: 5 });
		channel.postMessage('step');
		channel.postMessage({ type: 'step', id: 'vienna' });
		channel.close();
	});
	await expectStep(page, 'vienna');
	await page.evaluate(() => {
		const channel = new BroadcastChannel('explainer-present');
		channel.postMessage({ type: 'step', id: '__proto__' });
		channel.postMessage({ type: 'step', id: 'toString' });
		channel.close();
	});
	await page.waitForTimeout(300);
	await expectStep(page, 'vienna');
});

test('the presentation still works where storage and BroadcastChannel are blocked', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'sessionStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
		Object.defineProperty(window, 'BroadcastChannel', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
	});
	await openPresent(page, '#geneva');
	await expectStep(page, 'geneva');
	await page.keyboard.press('ArrowRight');
	await expectStep(page, 'brussels');
});

test('each step is announced by position and title, and its caption, map described in words, is there to read', async ({ page }) => {
	await openPresent(page);
	const caption = page.locator('[data-present-caption]');
	// Only the short status line is live: the caption is read on demand, not pushed.
	await expect(caption).not.toHaveAttribute('aria-live', /.*/);
	await expect(caption).toContainText(steps[0].title);
	await expect(caption.locator('.visually-hidden', { hasText: /^Map: / })).toHaveText(`Map: ${squash(steps[0].alt)}`);
	await page.keyboard.press('ArrowRight');
	await expect(caption.locator('.visually-hidden', { hasText: /^Map: / })).toHaveText(`Map: ${squash(steps[1].alt)}`);
	await expect(caption).toContainText(`Step 2 of ${ids.length}`);
	await expect(page.locator('[data-present-announce]')).toHaveText(`Step 2 of ${ids.length}: ${steps[1].title}`);
});

test('focus is visible on the controls', async ({ page }) => {
	await openPresent(page);
	await page.keyboard.press('Tab');
	const outline = await page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const style = getComputedStyle(el);
		return { tag: el.tagName, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
	});
	expect(outline.style).not.toBe('none');
	expect(outline.width).toBeGreaterThanOrEqual(2);
});

test.describe('at 1920×1080, as on a projector', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('body text is 28 px or more, fits on every step, and the map starts beside the text', async ({ page }) => {
		await openPresent(page);
		for (const [i, id] of ids.entries()) {
			if (i) await page.keyboard.press('ArrowRight');
			await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-step', id);
			await expect
				.poll(() => page.locator('[data-present-body]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)), { message: `body font size, ${id}` })
				.toBeGreaterThanOrEqual(28);
			// Polled: the caption's entrance animation moves it for a moment.
			await expect
				.poll(() => page.locator('[data-present-caption]').evaluate((el) => el.scrollHeight - el.clientHeight), { message: `caption of ${id} fits without scrolling` })
				.toBeLessThanOrEqual(1);
		}
		const panel = (await page.locator('[data-present-caption]').boundingBox())!;
		const map = (await page.locator('[data-map]').boundingBox())!;
		expect(map.x).toBeGreaterThanOrEqual(panel.x + panel.width - 1);
		expect(map.x + map.width).toBeCloseTo(1920, 0);
		expect(map.height).toBeCloseTo(1080, 0);
		expect(panel.width / 1920).toBeGreaterThan(0.3);
		expect(panel.width / 1920).toBeLessThan(0.46);
	});
});

test.describe('axe', () => {
	test('no violations on /present, with the overview and the keys open', async ({ page }) => {
		await openPresent(page);
		await expectNoAxeViolations(page, '/present');
		await page.keyboard.press('o');
		await expect(page.locator('[data-overview]')).toBeVisible();
		await expectNoAxeViolations(page, '/present, overview');
		await page.keyboard.press('Escape');
		await expect(page.locator('[data-overview]')).toBeHidden();
		await page.keyboard.press('?');
		await expect(page.locator('[data-help]')).toBeVisible();
		await expectNoAxeViolations(page, '/present, keys');
	});

	test('no violations on /present/notes', async ({ page }) => {
		await openNotes(page, '#eastern-flank');
		await expectNoAxeViolations(page, '/present/notes');
		await page.keyboard.press('End');
		await expectSpeakerStep(page, ids.at(-1)!);
		await expectNoAxeViolations(page, '/present/notes, last step');
	});
});
