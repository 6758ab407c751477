// Readers whose browser cannot draw WebGL keep the static SVG map, are told so, and the map still
// follows the story and opens the meeting pins. A separate file from fallbacks.spec.ts because the
// browser has to be launched with WebGL switched off, and Playwright only allows launch options at
// the top level of a file.
import { CHROME_ARGS, findChrome } from '../browser';
import { test, expect, loadStory, loadMeetings, gotoStory, scrollToStep, cameraChangedFrom, cameraText, expectTappable } from './fixtures';

const { steps } = loadStory();
const meetings = loadMeetings();

test.use({ launchOptions: { executablePath: findChrome(), args: [...CHROME_ARGS, '--disable-webgl', '--disable-3d-apis'] } });

test('WebGL is really off in this browser', async ({ page }) => {
	await gotoStory(page, '/');
	const contexts = await page.evaluate(() => {
		const canvas = () => document.createElement('canvas');
		return { webgl: !!canvas().getContext('webgl'), webgl2: !!canvas().getContext('webgl2') };
	});
	expect(contexts).toEqual({ webgl: false, webgl2: false });
});

test.describe('WebGL unavailable', () => {
	test.describe.configure({ timeout: 120_000 });

	test('@phone the static map stays, says so, and follows every step', async ({ page }) => {
		await gotoStory(page, '/');
		const map = page.locator('[data-map]');
		// Show intent, as a reader would: this is what would start the WebGL map.
		await page.keyboard.press('Shift');
		await expect(page.locator('[data-map] .notice, [data-map] [role="status"]').filter({ hasText: /static map/i })).toBeVisible();
		await expect(map).toHaveAttribute('data-renderer', 'static');
		await expect(page.locator('svg[data-static-map]')).toBeVisible();

		for (const step of steps.slice(1)) {
			const before = await map.getAttribute('data-camera');
			await scrollToStep(page, step.id);
			await expect(map).toHaveAttribute('data-map-step', step.id);
			await cameraChangedFrom(page, before);
			if ('center' in step.view) await expect(map).toHaveAttribute('data-camera', cameraText(step.view));
		}
		await expect(map).toHaveAttribute('data-renderer', 'static');
		await expect(map).toHaveAttribute('data-map-ready', 'false');
		await expect(page.locator('svg[data-static-map]')).toBeVisible();
	});

	test('@phone on the Geneva step the static pin shows, and it and its button in the text open its details', async ({ page }) => {
		const geneva = meetings.find((m) => m.id === 'geneva')!;
		await gotoStory(page, '/');
		await scrollToStep(page, 'geneva');
		const pin = page.locator('svg[data-static-map] [data-pin="geneva"]');
		await expect(pin).toBeVisible();
		await expect(pin).toContainText('Geneva');
		await expect(pin).toContainText(geneva.dateLabel);
		// The picture is hidden from assistive technology; the button in the step is the way in.
		await expect(page.locator('svg[data-static-map]')).toHaveAttribute('aria-hidden', 'true');

		const popup = page.locator('[data-popup="geneva"]');
		const button = page.locator('section[data-step="geneva"] [data-open-pin="geneva"]');
		// Pointer: nothing covers the pin, and a click (a tap on phones) opens it.
		await expectTappable(page, pin);
		await pin.click();
		await expect(popup).toBeVisible();
		await popup.getByRole('button', { name: /close/i }).click();
		await expect(popup).toHaveCount(0);
		await expect(button).toBeFocused();
		// Keyboard: Enter on the pin's button opens, Escape closes, focus returns. (The keyboard
		// goes second: focus on the button brings its card up over the pin on a phone.)
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(popup).toBeVisible();
		await expect(popup).toContainText(geneva.venue);
		await page.keyboard.press('Escape');
		await expect(popup).toHaveCount(0);
		await expect(button).toBeFocused();

		await expect(page.locator('[data-map]')).toHaveAttribute('data-renderer', 'static');
	});

	test('the static pin shows the focus ring while its button in the text has focus', async ({ page }) => {
		await gotoStory(page, '/');
		await scrollToStep(page, 'geneva');
		const pin = page.locator('svg[data-static-map] [data-pin="geneva"]');
		await expect(pin).toBeVisible();
		const ring = pin.locator('.pin-ring');
		await expect(ring).toBeHidden();
		await page.locator('section[data-step="geneva"] [data-open-pin="geneva"]').focus();
		// The page's two-tone ring, drawn in SVG around the label: a dark ring over a white halo.
		const indicator = await pin.evaluate((el) => {
			const paint = (sel: string) => {
				const s = getComputedStyle(el.querySelector(sel)!);
				return { display: s.display, stroke: s.stroke, width: s.strokeWidth };
			};
			return { ring: paint('.pin-ring'), halo: paint('.pin-halo') };
		});
		expect(indicator.ring).toEqual({ display: 'inline', stroke: 'rgb(31, 35, 40)', width: '3px' });
		expect(indicator.halo).toEqual({ display: 'inline', stroke: 'rgb(255, 255, 255)', width: '9px' });
	});
});

