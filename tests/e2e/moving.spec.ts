// Every way a reader moves through the story, measured as a reader would see it: after each
// wheel turn, key press or touch swipe the page has moved by what the input asked and no more
// (nothing snaps it elsewhere), focus stays on screen, and after an instant jump (find-in-page,
// a screen reader, the scrollbar, an anchor link) on a CPU slowed 4x the step at the reading
// line is the active step, read once, 700 ms later.
import { devices, type Page } from '@playwright/test';
import { activeStep, expect, gotoStory, loadStory, settled, test } from './fixtures';

test.describe.configure({ timeout: 240_000 });

const ids = loadStory().steps.map((s) => s.id);
// A phone as the phone project has it, for a describe block (the browser type is the config's).
const { defaultBrowserType: _browser, ...phone } = devices['Pixel 7'];

/** Runs `input`, waits until the scroll it started has ended and the page has settled, and returns how far the page moved. */
async function movedBy(page: Page, input: () => Promise<void>): Promise<number> {
	const before = await page.evaluate(() => {
		// Ends when the browser says the scroll is over (smooth scrolls take a few frames), or at
		// once if nothing scrolled.
		(window as unknown as { __scrollEnd: Promise<void> }).__scrollEnd = new Promise<void>((resolve) => {
			addEventListener('scrollend', () => resolve(), { once: true });
			setTimeout(resolve, 1500);
		});
		return scrollY;
	});
	await input();
	await page.evaluate(() => (window as unknown as { __scrollEnd: Promise<void> }).__scrollEnd);
	// A page that snaps by itself does it after the step change the scroll caused: give it time.
	await page.waitForTimeout(250);
	await settled(page);
	return (await page.evaluate(() => scrollY)) - before;
}

const maxScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight - innerHeight);

/** The step whose top is the last at or above the reading line: what the reader is reading. */
const stepAtLine = (page: Page) =>
	page.evaluate(() => {
		const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
		// Before any step's top reaches the line, the reader is on the first step.
		return (steps.filter((el) => el.getBoundingClientRect().top <= innerHeight / 2).pop() ?? steps[0]).dataset.step;
	});

/**
 * Asserts each input moved the page by `expected` px (within 3 px, or within [min, max]), or to
 * the end of the page, and that the active step is then the one at the reading line.
 */
async function throughTheStory(page: Page, input: () => Promise<void>, expected: number | [number, number], label: string) {
	const [min, max] = typeof expected === 'number' ? [expected - 3, expected + 3] : expected;
	const end = await maxScroll(page);
	const seen = new Set<string>();
	for (let i = 0; i < 400; i++) {
		const from = await page.evaluate(() => scrollY);
		if (from >= end - 1) break;
		const moved = await movedBy(page, input);
		const what = `${label} #${i + 1} from y=${from} moved the page ${moved} px`;
		if (end - from < min) expect(Math.abs(moved - (end - from)), what).toBeLessThanOrEqual(3);
		else {
			expect(moved, what).toBeGreaterThanOrEqual(Math.min(min, end - from));
			expect(moved, what).toBeLessThanOrEqual(max);
		}
		const active = await activeStep(page);
		expect(active, `${label} #${i + 1}: the active step is the step at the reading line`).toBe(await stepAtLine(page));
		seen.add(active!);
	}
	expect([...seen], `${label}: every step became active on the way down`).toEqual(ids);
}

test('wheel, 60 px a notch: the page moves 60 px a notch through every step change, down and up', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await gotoStory(page);
	await page.mouse.move(900, 400);
	await throughTheStory(page, () => page.mouse.wheel(0, 60), 60, 'wheel down');
	// And back up, the way readers check what they have just read.
	for (let i = 0; i < 60; i++) {
		const moved = await movedBy(page, () => page.mouse.wheel(0, -60));
		expect(Math.abs(moved + 60), `wheel up #${i + 1} moved the page ${moved} px`).toBeLessThanOrEqual(3);
	}
});

test('keys: Space, Page Down and the arrow move the page by a screen or a line, never more', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await gotoStory(page);
	// Start with nothing focused, as a reader who clicked the page's text would.
	await page.locator('h1').click();
	const line = await movedBy(page, () => page.keyboard.press('ArrowDown'));
	expect(line, 'an arrow key scrolls a line').toBeGreaterThan(20);
	expect(line).toBeLessThan(120);
	const screen = await movedBy(page, () => page.keyboard.press('PageDown'));
	expect(screen, 'Page Down scrolls most of a screen').toBeGreaterThan(500);
	await movedBy(page, () => page.keyboard.press('Home'));
	await throughTheStory(page, () => page.keyboard.press('Space'), screen, 'Space');
	await movedBy(page, () => page.keyboard.press('Home'));
	await throughTheStory(page, () => page.keyboard.press('PageDown'), screen, 'Page Down');
});

// On a phone (touch, a dense screen), once: these set their own device, so they need not run in
// the phone project as well.
test.describe('on a phone', () => {
	test.use(phone);

	test('touch: each swipe moves the page by the swipe, through every step', async ({ page }) => {
		await gotoStory(page);
		const cdp = await page.context().newCDPSession(page);
		// A finger drags 300 px up over the map between two cards, holds, and lifts: no fling.
		const swipe = async () => {
			let y = 700;
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 195, y }] });
			for (let i = 0; i < 30; i++) {
				y -= 10;
				await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 195, y }] });
			}
			await page.waitForTimeout(200);
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		};
		// The browser keeps the first few pixels of a drag (its touch slop) before it scrolls.
		await throughTheStory(page, swipe, [270, 300], 'swipe');
	});

	test('a keyboard reader tabbing through the story: the focused element stays on screen', async ({ page }) => {
		await gotoStory(page);
		let inSteps = 0;
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			await page.waitForTimeout(300);
			await settled(page);
			const focus = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const box = el.getBoundingClientRect();
				return { text: (el.textContent ?? '').trim().slice(0, 40), inStep: !!el.closest('[data-step]'), top: box.top, bottom: box.bottom, vh: innerHeight };
			});
			if (!focus) continue;
			if (focus.inStep) inSteps++;
			expect(focus.bottom, `Tab #${i + 1} (${focus.text}) is on screen`).toBeGreaterThan(0);
			expect(focus.top, `Tab #${i + 1} (${focus.text}) is on screen`).toBeLessThan(focus.vh);
		}
		expect(inSteps, 'the walk reached links inside the steps').toBeGreaterThan(5);
	});
});

for (const size of [
	{ name: 'desktop', device: { viewport: { width: 1280, height: 800 } } },
	{ name: 'phone', device: phone }
]) {
	test.describe(size.name, () => {
		test.use(size.device);
		test(`instant jumps with the CPU slowed 4x, ${size.name}: each lands on its step, read once 700 ms later`, async ({ page }) => {
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			// Right after load, while the page is still starting: the hardest moment.
			await page.goto('/');
			const order = [...ids.slice(1), ...[...ids].reverse(), ...ids.filter((_, i) => i % 2), ...ids.filter((_, i) => i % 2 === 0)];
			const wrong: string[] = [];
			for (const id of order) {
				await page.evaluate((stepId) => document.getElementById(stepId)!.scrollIntoView({ block: 'center', behavior: 'instant' }), id);
				await page.waitForTimeout(700);
				const [active, atLine] = [await activeStep(page), await stepAtLine(page)];
				if (active !== id || atLine !== id) wrong.push(`${id}: active ${active}, at the reading line ${atLine}`);
			}
			expect(wrong, `jumps that landed wrong, of ${order.length}`).toEqual([]);
		});
	});
}

test('@phone a deep link lands on its step and stays there: nothing scrolls the page afterwards', async ({ page }) => {
	await page.goto('/#geneva');
	await settled(page);
	const arrived = await page.evaluate(() => scrollY);
	await page.waitForTimeout(3000);
	await settled(page);
	expect(await activeStep(page)).toBe('geneva');
	expect(await page.evaluate(() => location.hash)).toBe('#geneva');
	const top = await page.locator('section[data-step="geneva"]').evaluate((el) => el.getBoundingClientRect().top);
	expect(Math.abs(top), 'the Geneva step is still at the top of the screen').toBeLessThanOrEqual(2);
	// Once the reader scrolls, the page is theirs: a small wheel turn moves it by that much only.
	const moved = await movedBy(page, async () => {
		await page.mouse.move(200, 400);
		await page.mouse.wheel(0, 60);
	});
	expect(Math.abs(moved - 60), `a 60 px wheel turn after arriving at y=${arrived} moved the page ${moved} px`).toBeLessThanOrEqual(3);
});
