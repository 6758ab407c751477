// The core paths, for whichever story the build tells: nothing here names a story's steps,
// layers or places. `npm test` runs this file on the default story with the rest of the suite,
// then again on the second story (built with STORY=nato-enlargement; see scripts/test.ts). The
// expected legends, pins, figures and texts come from the same content the build read, through
// the loader and the engine's own legend rules: what the reader must see in each step. With
// E2E_LANG=uk (or ru) it reads /uk/… and expects the story's and the interface's Ukrainian.
import { countryFills, FOCUS, legendFor, stepPins } from '../../src/lib/map/theme';
import type { Story, StoryStep } from '../../src/lib/story/types';
import { activeStep, expect, localize, readCamera, resolvedStory, scrollToStep, settled, test, ui, waitForHydration } from './fixtures';

const story: Story = resolvedStory();
const steps = story.steps;
// The focus fill is the engine's, not the content's: its label is the interface's, in the run's language.
const legendOf = (step: StoryStep) =>
	legendFor(step, story.layers, countryFills(step, story.layers)).map((item) => (item.kind === 'heading' ? `${item.label}:` : item.kind === 'fill' && item.fill === FOCUS ? ui(item.label) : item.label));
const pinButtonText = (step: StoryStep) => stepPins(step, story.layers).map((pin) => `${pin.label}, ${pin.dateLabel}: ${pin.button}`);

test.describe(`the story in data: "${story.meta.title}"`, () => {
	test('@phone scrolling through every step: each becomes active, moves the map and shows its own legend and pin buttons', async ({ page }) => {
		await page.goto(localize('/'));
		await waitForHydration(page);
		await expect(page.locator('h1')).toHaveText(story.meta.title);
		let previous: string | null = null;
		for (const step of steps) {
			await scrollToStep(page, step.id);
			const camera = JSON.stringify(await readCamera(page));
			if (step.index > 0 && JSON.stringify(steps[step.index - 1].camera) !== JSON.stringify(step.camera)) expect(camera, `${step.id}: the map moves`).not.toBe(previous);
			previous = camera;
			await expect(page.locator('[data-map] .legend li'), `${step.id}: the legend is generated from its layers`).toHaveText(legendOf(step));
			const section = page.locator(`section[data-step="${step.id}"]`);
			await expect(section.locator('.step-title')).toHaveText(step.title);
			await expect(section.locator('[data-open-pin]')).toHaveText(pinButtonText(step));
			if (step.figure) await expect(section.locator('.range-chart, .timeline-figure').first(), `${step.id}: its figure`).toBeVisible();
		}
	});

	test('@phone each step\'s pins open their dated details from the button in the text (a story without pins shows none)', async ({ page }) => {
		const withPins = steps.filter((s) => s.pins.length);
		if (!withPins.length) {
			// A story without pins shows no pin buttons and no pins on its map, in any step.
			await page.goto(localize('/'));
			await expect(page.locator('[data-open-pin], [data-static-map] [data-pin]')).toHaveCount(0);
			return;
		}
		const step = withPins[0];
		await page.goto(localize(`/#${step.id}`));
		await waitForHydration(page);
		await settled(page);
		expect(await activeStep(page)).toBe(step.id);
		const pin = stepPins(step, story.layers)[0];
		await page.locator(`section[data-step="${step.id}"] [data-open-pin="${pin.id}"]`).click();
		const popup = page.getByRole('dialog');
		await expect(popup).toBeVisible();
		await expect(popup).toContainText(pin.title);
	});

	test('the embed stepper walks every step and announces each', async ({ page }) => {
		await page.goto(localize('/embed'));
		await waitForHydration(page);
		const next = page.getByRole('button', { name: ui('Next', { area: 'embed' }), exact: true });
		for (const step of steps) {
			await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', step.id);
			if (step.index > 0) await expect(page.locator('[data-embed-announce]')).toHaveText(ui(`Step ${step.index + 1} of ${steps.length}: ${step.title}`, { area: 'embed' }));
			if (step.index < steps.length - 1) await next.click();
		}
	});

	test('@phone every step has its own embed page, with its title, map and sources', async ({ page }) => {
		for (const step of steps) {
			await page.goto(localize(`/embed/${step.id}`));
			await expect(page.locator(`[data-embed-step="${step.id}"]`)).toBeVisible();
			await expect(page.locator('.caption-title')).toHaveText(step.title);
			await expect(page.locator('[data-static-map]').first()).toBeAttached();
			await expect(page.locator('[data-open-pin]')).toHaveText(pinButtonText(step));
		}
	});

	test('@phone the presentation and the speaker view follow every step', async ({ page }) => {
		await page.goto(localize(`/present#${steps[0].id}`));
		await expect(page.locator('[data-present-ready="true"]')).toBeAttached({ timeout: 30_000 });
		for (const step of steps) {
			await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-step', step.id);
			await expect(page.locator('#present-title')).toHaveText(step.title);
			await page.keyboard.press('ArrowRight');
		}
		// The speaker view opens where the presenter is, unless the address names a step.
		await page.goto(localize(`/present/notes#${steps[0].id}`));
		await expect(page.locator('[data-speaker-ready="true"]')).toBeAttached({ timeout: 30_000 });
		for (const step of steps) {
			await expect(page.locator('[data-speaker-step]')).toHaveAttribute('data-speaker-step', step.id);
			await expect(page.locator('[data-notes]')).toHaveText(step.notes);
			await page.keyboard.press('ArrowRight');
		}
	});

	test('the handout has every step with its map, legend, figure and question', async ({ page }) => {
		await page.goto(localize('/print'));
		for (const step of steps) {
			const printed = page.locator(`[data-print-step="${step.id}"]`);
			await expect(printed.getByRole('heading', { level: 2 })).toHaveText(step.title);
			await expect(printed.locator('[data-print-map]')).toBeVisible();
			const legend = legendOf(step);
			if (legend.length) await expect(printed.locator('[data-print-legend] li')).toHaveText(legend);
			await expect(printed.locator('.question p')).toHaveText(step.question);
			if (step.figure) await expect(printed.locator('.figure')).toBeVisible();
		}
	});

	test('oEmbed describes this story', async ({ request }) => {
		const response = await request.get(localize('/oembed.json'));
		expect(response.ok()).toBe(true);
		const body = await response.json();
		expect(body.title).toBe(story.meta.title);
		expect(body.html).toContain(localize('/embed'));
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('@phone every step shows its own map and legend under its text', async ({ page }) => {
		await page.goto(localize('/'));
		for (const step of steps) {
			const map = page.locator(`[data-nojs-map="${step.id}"]`);
			await expect(map, `${step.id}: its map`).toBeVisible();
			const legend = legendOf(step);
			if (legend.length) await expect(map.locator('.legend li')).toHaveText(legend);
		}
	});
});
