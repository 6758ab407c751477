// Embedding in article pages. The host pages are served on another site (localhost) than the
// explainer (127.0.0.1, the real build over HTTP), as a newsroom's article embeds a graphics
// host; one case keeps them on the same site. See embed-fixtures.ts.
import type { Page } from '@playwright/test';
import { expect, loadStory, test, expectNoAxeViolations } from './fixtures';
import { APP, cardAtLine, countScrollEnds, embed, mapShareInView, openHost, scrollAndWait, scrollTargets, settled, slowCpu, type HostPageName } from './embed-fixtures';

const ids = loadStory().steps.map((s) => s.id);

async function host(page: Page, name: HostPageName) {
	await openHost(page, name, 'cross');
}

async function frameInfo(page: Page, index = 0) {
	const { frame, mode, step } = embed(page, index);
	return { frame, mode, step };
}

const mapVisibleFraction = mapShareInView;

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
			// At the ends the buttons say they do nothing but stay focusable (a disabled one drops focus).
			await expect(frame.getByRole('button', { name: 'Previous', exact: true })).toHaveAttribute('aria-disabled', 'true');
			await frame.getByRole('button', { name: 'Next', exact: true }).click();
			await expect.poll(step).toBe(ids[1]);
			await frame.locator('.stepper').press('ArrowRight');
			await expect.poll(step).toBe(ids[2]);
			await frame.locator('.stepper').press('ArrowLeft');
			await expect.poll(step).toBe(ids[1]);
			await frame.locator('.stepper').press('End');
			await expect.poll(step).toBe(ids.at(-1));
			await expect(frame.getByRole('button', { name: 'Next', exact: true })).toHaveAttribute('aria-disabled', 'true');
			await frame.getByRole('button', { name: 'Previous', exact: true }).click();
			await expect.poll(step).toBe(ids.at(-2));
			// The map follows the stepper.
			await expect(frame.locator('[data-map]')).toHaveAttribute('data-map-step', ids.at(-2)!);
			// Nothing is cut off and nothing scrolls inside the frame: the credit is in it.
			const fit = await frame.locator('.embed-footer').evaluate((el) => ({ bottom: Math.ceil(el.getBoundingClientRect().bottom), frame: window.innerHeight, scroll: document.documentElement.scrollHeight }));
			expect(fit.bottom).toBeLessThanOrEqual(fit.frame);
			expect(fit.scroll).toBeLessThanOrEqual(fit.frame);
			// In a sandbox it is the host, not the reader's browser, that keeps the WebGL map off: no notice says otherwise.
			if (sandboxed) await expect(frame.locator('[data-map] [role="status"]')).toBeHidden();
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
	// WordPress loads its resizing script only with its blockquote fallback; the iframe follows.
	expect(oembed.html).toMatch(/^<blockquote class="wp-embedded-content"><a href="[^"]*\/">[^<]+<\/a><\/blockquote>\n<iframe data-explainer-embed src="[^"]*\/embed" title="[^"]+"/);
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
	// The button is prerendered but opens the dialog only once the page is hydrated (the static
	// map writes its camera then): under heavy load a click before that is lost.
	await expect(page.locator('[data-map]')).toHaveAttribute('data-camera', /,/);
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this explainer' });
	await expect(dialog).toBeVisible();
	const code = dialog.getByRole('textbox', { name: 'Embed code' });
	// A block (a figure) around the iframe, so that an article's column centres it as its other blocks.
	await expect(code).toHaveValue(new RegExp(`^<figure style="display:block;margin:1.5em auto;padding:0">\\s*<iframe data-explainer-embed src="${APP}/embed" [^]*<script src="${APP}/embed.js" async></script>\\s*</figure>$`));
	await dialog.getByRole('combobox', { name: 'What to embed' }).selectOption('geneva');
	await dialog.getByRole('radio', { name: /Iframe only/ }).check();
	await expect(code).toHaveValue(new RegExp(`^<figure [^>]*>\\s*<iframe data-explainer-embed src="${APP}/embed/geneva" [^>]*></iframe>\\s*</figure>$`));
	await expect(dialog.frameLocator('iframe.preview').frameLocator('iframe').locator('[data-embed-step="geneva"]')).toBeVisible({ timeout: 20_000 });
	await dialog.getByRole('button', { name: 'Copy code' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

// ---------------------------------------------------------------------------------------------
// Where embeds are really used: an article on another site, scrolled every way, and WordPress.

const SIZES = [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 }
];

/** Opens the article and waits, with no input at all, for the embed to scroll and to be sized. */
async function openArticle(page: Page, site: 'cross' | 'same' = 'cross') {
	await openHost(page, 'article', site);
	const e = embed(page);
	await expect.poll(e.mode, { message: 'the embed switches to scrolling with no reader input', timeout: 20_000 }).toBe('scroll');
	await expect.poll(e.heightMatches, { message: 'the iframe takes its content height with no reader input', timeout: 10_000 }).toBe('equal');
	return e;
}

/**
 * Scrolls the article step by step with `scroll` until the end, waiting after each scroll for it
 * to end and for the embed to follow; records the steps met and, for each, the share of the map
 * in the host viewport once its card reaches the reading line.
 */
async function readThrough(page: Page, scroll: (page: Page) => Promise<unknown>, label: string) {
	await countScrollEnds(page);
	const e = await openArticle(page);
	const seen: string[] = [];
	const shares: Record<string, number> = {};
	for (let i = 0; i < 200 && Object.keys(shares).length < ids.length; i++) {
		const moved = await scrollAndWait(page, () => scroll(page));
		await settled(page);
		const current = (await e.step())!;
		if (seen.at(-1) !== current) seen.push(current);
		if (!(current in shares) && (await cardAtLine(page, current))) shares[current] = Math.round((await mapShareInView(page, e.frame)) * 1000) / 1000;
		if (!moved) break;
	}
	test.info().annotations.push({ type: `map share in view per step (${label})`, description: JSON.stringify(shares) });
	expect(seen, 'steps in the order the reader meets them').toEqual(ids);
	expect(Object.keys(shares), 'every step reached the reading line').toEqual(ids);
	for (const id of ids) expect(shares[id], `share of the map in view at ${id}`).toBeGreaterThanOrEqual(0.95);
}

test.describe('an article on another site', () => {
	for (const site of ['cross', 'same'] as const) {
		test(`the iframe takes its content height at load with no input, and after the article narrows from 1280 to 390 px (${site === 'cross' ? 'another site' : 'same site, another port'})`, async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			const e = await openArticle(page, site);
			const wide = await e.height();
			expect(wide).toBeGreaterThan(5000);
			test.info().annotations.push({ type: 'height at load, 1280 px', description: String(wide) });
			await page.setViewportSize({ width: 390, height: 844 });
			await expect.poll(e.heightMatches, { timeout: 10_000 }).toBe('equal');
			const narrow = await e.height();
			test.info().annotations.push({ type: 'height after 1280 → 390 px', description: String(narrow) });
			expect(narrow).toBeGreaterThan(wide);
		});
	}

	test('the iframe follows its content when the content changes', async ({ page }) => {
		const e = await openArticle(page);
		await e.iframe.scrollIntoViewIfNeeded();
		const before = await e.height();
		await e.frame.locator('[data-step] .card').first().evaluate((card) => card.append(Object.assign(document.createElement('div'), { style: 'height: 400px; margin: 0', textContent: 'More' })));
		await expect.poll(e.heightMatches, { timeout: 10_000 }).toBe('equal');
		expect(await e.height()).toBe(before + 400);
	});

	const ways: Record<string, (page: Page) => Promise<unknown>> = {
		wheel: async (page) => {
			const size = page.viewportSize()!;
			await page.mouse.move(size.width / 2, size.height / 2);
			await page.mouse.wheel(0, 300);
		},
		keyboard: (page) => page.keyboard.press('PageDown'),
		'window.scrollTo': (page) => page.evaluate(() => window.scrollTo({ top: window.scrollY + 350, behavior: 'instant' }))
	};
	for (const [way, scroll] of Object.entries(ways)) {
		for (const size of SIZES) {
			test(`scrolling the article by ${way} (no wheel first) drives every step in order, the map wholly in view at each (${size.name})`, async ({ page }) => {
				test.setTimeout(120_000);
				await page.setViewportSize(size);
				await readThrough(page, scroll, `${way}, ${size.name}`);
			});
		}
	}
	// A finger on a phone, over the embed: the frame cannot scroll, so the article does.
	test.describe('touch', () => {
		test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		test('scrolling the article by touch drives every step in order, the map wholly in view at each (phone)', async ({ page }) => {
			test.setTimeout(180_000);
			const cdp = await page.context().newCDPSession(page);
			// A swipe up of 450 px, as touch events; the finger rests before it lifts, so there is no
			// fling (a fling can carry the reader past a whole step between two looks).
			const swipe = async () => {
				await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 195, y: 700 }] });
				for (let y = 685; y >= 250; y -= 15) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 195, y }] });
				await page.waitForTimeout(200);
				await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
			};
			await readThrough(page, swipe, 'touch, phone');
		});
	});

	// Sibling issue 15: instant jumps on a slow phone or laptop. The host page jumps (as find-in-page,
	// an anchor link or a screen reader does), and 700 ms later the embed shows the right step.
	for (const size of SIZES) {
		test(`instant jumps of the host page, CPU slowed 4x: the right step 700 ms after every jump (${size.name})`, async ({ page }) => {
			test.setTimeout(180_000);
			await page.setViewportSize(size);
			const e = await openArticle(page);
			const targets = await scrollTargets(page);
			await slowCpu(page, 4);
			const order = [...ids, ...[...ids].reverse(), ids[3], ids[0], ids[6], ids[1], ids[7], ids[2]];
			const results: string[] = [];
			for (const id of order) {
				const y = targets.get(id)!;
				await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
				await page.waitForTimeout(700);
				const shown = await e.step();
				results.push(shown === id ? `${id}: right` : `${id}: showed ${shown}`);
			}
			const wrong = results.filter((r) => !r.endsWith('right'));
			test.info().annotations.push({ type: `jumps right (${size.name})`, description: `${results.length - wrong.length} of ${results.length}` });
			expect(wrong, results.join('; ')).toEqual([]);
		});
	}
});

test.describe('WordPress through oEmbed', () => {
	for (const size of SIZES) {
		test(`WordPress sizes the frame to the content, nothing is cut off or scrolls inside, no notice blames the browser (${size.name})`, async ({ page }) => {
			await page.setViewportSize(size);
			await host(page, 'wordpress');
			const e = embed(page);
			// WordPress shows the frame, and hides its fallback, once the embed speaks to it.
			await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden({ timeout: 20_000 });
			await expect(e.iframe).not.toHaveAttribute('style');
			expect(await e.mode()).toBe('stepper');
			const heights: number[] = [];
			for (const id of ids) {
				await expect.poll(e.step).toBe(id);
				const fits = async () => {
					const inner = await e.frame.locator('.embed').evaluate((el) => ({ content: Math.ceil(el.getBoundingClientRect().height), scroll: document.documentElement.scrollHeight, credit: Math.ceil(el.querySelector('.embed-footer')!.getBoundingClientRect().bottom) }));
					const outer = await e.height();
					if (inner.content > 1000) return `content ${inner.content} px above WordPress's 1,000 px cap`;
					if (Math.abs(outer - inner.content) > 1) return `frame ${outer} px, content ${inner.content} px`;
					if (inner.scroll > outer || inner.credit > outer) return `cut off: document ${inner.scroll} px, credit ends at ${inner.credit} px in a ${outer} px frame`;
					return 'fits';
				};
				await expect.poll(fits, { message: `step ${id}` }).toBe('fits');
				heights.push(await e.height());
				await expect(e.frame.locator('[data-map] [role="status"]')).toBeHidden();
				if (id !== ids.at(-1)) await e.frame.getByRole('button', { name: 'Next', exact: true }).click();
			}
			test.info().annotations.push({ type: `WordPress frame heights per step (${size.name})`, description: heights.join(', ') });
			// A wheel over the frame scrolls the article, not the frame's own page. The frame's top
			// goes near the top of the screen, with article left below to scroll to.
			await e.iframe.evaluate((frame) => window.scrollTo({ top: frame.getBoundingClientRect().top + window.scrollY - 100, behavior: 'instant' }));
			expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight - scrollY), 'article left to scroll').toBeGreaterThan(200);
			const box = (await e.iframe.boundingBox())!;
			const before = await page.evaluate(() => window.scrollY);
			await page.mouse.move(box.x + box.width / 2, Math.max(box.y, 0) + 100);
			await page.mouse.wheel(0, 200);
			await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
			expect(await e.frame.locator('body').evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
		});
	}

	test('"Open the full explainer" opens the explainer in the top window through WordPress', async ({ page }) => {
		await host(page, 'wordpress');
		const e = embed(page);
		await expect(e.iframe).not.toHaveAttribute('style', { timeout: 20_000 });
		await e.frame.getByRole('link', { name: /Open the full explainer/ }).click();
		await page.waitForURL(`${APP}/`);
		await expect(page.locator('h1')).toBeVisible();
	});

	test('"Open the full explainer" in a sandbox that allows popups opens it in a new tab', async ({ page, context }) => {
		await host(page, 'sandboxed-popups');
		const e = embed(page);
		await expect(e.frame.getByRole('button', { name: 'Next', exact: true })).toBeVisible({ timeout: 20_000 });
		const popup = context.waitForEvent('page');
		await e.frame.getByRole('link', { name: /Open the full explainer/ }).click();
		const opened = await popup;
		await opened.waitForURL(`${APP}/`);
		expect(page.url()).toMatch(/sandboxed-popups\.html$/);
	});

	test('an administrator\'s Custom HTML block: the snippet sits in the post column and scrolls with the article', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await host(page, 'custom-html');
		const e = embed(page);
		await expect.poll(e.mode, { timeout: 20_000 }).toBe('scroll');
		await expect.poll(e.heightMatches, { timeout: 10_000 }).toBe('equal');
		const text = (await page.locator('main p').first().boundingBox())!;
		const frame = (await e.iframe.boundingBox())!;
		expect({ x: Math.round(frame.x), width: Math.round(frame.width) }).toEqual({ x: Math.round(text.x), width: Math.round(text.width) });
	});
});

test.describe('a sandbox that allows top navigation but no popups', () => {
	// The embed tries a new tab first; Chromium reports the sandbox's refusal in the console
	// (the reader sees nothing), and the embed then opens the explainer in the top window.
	test.use({ allowedConsoleErrors: [/^Blocked opening '[^']+' in a new window because the request was made in a sandboxed frame whose 'allow-popups' permission is not set\./] });

	test('"Open the full explainer" in a sandbox that allows top navigation opens it in the top window', async ({ page }) => {
		await host(page, 'sandboxed-top');
		const e = embed(page);
		await expect(e.frame.getByRole('button', { name: 'Next', exact: true })).toBeVisible({ timeout: 20_000 });
		await e.frame.getByRole('link', { name: /Open the full explainer/ }).click();
		await page.waitForURL(`${APP}/`);
	});
});

// ---------------------------------------------------------------------------------------------
// Other languages: the same embeds under /uk/ and /ru/, with the same step ids.

test.describe('embeds in Ukrainian and Russian', () => {
	test('a Ukrainian embed on another site: Ukrainian controls, the same step ids to the host, and it follows the host loader', async ({ page }) => {
		await host(page, 'uk');
		const { frame, mode, step } = await frameInfo(page);
		const next = frame.getByRole('button', { name: 'Далі', exact: true });
		await expect(next).toBeVisible({ timeout: 20_000 });
		await expect(frame.locator('html')).toHaveAttribute('lang', 'uk');
		expect(await mode()).toBe('stepper');
		await expect(frame.getByRole('button', { name: 'Назад', exact: true })).toHaveAttribute('aria-disabled', 'true');
		await expect(frame.getByRole('button', { name: /Next|Previous/ })).toHaveCount(0);
		await expect(frame.getByRole('link', { name: /^Відкрити матеріал повністю/ })).toHaveAttribute('href', /(^|\/)uk\/$/);
		await next.click();
		await expect.poll(step).toBe(ids[1]);
		await expect(frame.locator('[data-embed-announce]')).toHaveText(new RegExp(`^Крок 2 з ${ids.length}: .+`));
		const received = () => page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
		await expect.poll(received).toContainEqual({ type: 'explainer:step', id: ids[1] });
		// The host's loader, added now: the embed takes the host's geometry, grows to its content
		// and scrolls with the article, telling the host each step it reaches.
		await page.evaluate((app) => document.body.append(Object.assign(document.createElement('script'), { src: `${app}/embed.js` })), APP);
		await expect.poll(mode, { timeout: 20_000 }).toBe('scroll');
		await expect.poll(embed(page).heightMatches, { timeout: 10_000 }).toBe('equal');
		const target = (await scrollTargets(page)).get(ids[2])!;
		await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), target);
		await expect.poll(step).toBe(ids[2]);
		await expect.poll(received).toContainEqual({ type: 'explainer:step', id: ids[2] });
	});

	test('each language\'s embeds may be framed by any site, its story page by none', async ({ request }) => {
		for (const locale of ['uk', 'ru']) {
			for (const path of [`/${locale}/embed`, `/${locale}/embed/geneva`]) {
				const response = await request.get(path);
				expect(response.status(), path).toBe(200);
				expect(response.headers()['content-security-policy'], path).toBe('frame-ancestors *');
			}
			for (const path of [`/${locale}/`, `/${locale}/present`, `/${locale}/print`]) expect((await request.get(path)).headers()['content-security-policy'], path).toBe("frame-ancestors 'none'");
		}
	});

	test('each language\'s story finds its own oEmbed, in its language, embedding its /embed', async ({ page, request }) => {
		for (const locale of ['uk', 'ru']) {
			await page.goto(`/${locale}/`);
			const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
			const url = new URL(href!, page.url()).href;
			expect(url).toBe(`${APP}/${locale}/oembed.json`);
			const oembed = await (await request.get(url)).json();
			expect(oembed.title).toBe((await page.locator('h1').textContent())!.trim());
			expect(oembed.html).toMatch(new RegExp(`^<blockquote class="wp-embedded-content"><a href="[^"]*/${locale}/">[^<]+</a></blockquote>\\n<iframe data-explainer-embed src="[^"]*/${locale}/embed" title="[^"]+"`));
			expect(oembed.html).toContain('/embed.js');
		}
	});

	test('the Embed dialog on /uk/ speaks Ukrainian and offers the /uk/ embeds', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
		await page.goto('/uk/');
		await expect(page.locator('[data-map]')).toHaveAttribute('data-camera', /,/);
		await page.getByRole('button', { name: 'Вбудувати', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Вбудувати цей матеріал' });
		await expect(dialog).toBeVisible();
		const code = dialog.getByRole('textbox', { name: 'Код для вставлення' });
		await expect(code).toHaveValue(new RegExp(`<iframe data-explainer-embed src="${APP}/uk/embed" [^]*<script src="${APP}/embed.js" async></script>`));
		await dialog.getByRole('combobox', { name: 'Що вбудувати' }).selectOption('geneva');
		await dialog.getByRole('radio', { name: /^Лише iframe/ }).check();
		await expect(code).toHaveValue(new RegExp(`<iframe data-explainer-embed src="${APP}/uk/embed/geneva" `));
		await expect(dialog.frameLocator('iframe.preview').frameLocator('iframe').locator('[data-embed-step="geneva"]')).toBeVisible({ timeout: 20_000 });
		await dialog.getByRole('button', { name: 'Скопіювати код' }).click();
		await expect(dialog.getByRole('status')).toHaveText('Скопійовано в буфер обміну.');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
	});

	test('the Russian embeds pass axe', async ({ page }) => {
		for (const path of ['/ru/embed', '/ru/embed/geneva']) {
			await page.goto(path);
			await expect(page.locator('[data-map]')).toBeVisible();
			await expectNoAxeViolations(page, path);
		}
	});
});
