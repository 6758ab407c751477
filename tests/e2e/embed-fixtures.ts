// Helpers for the tests that embed the explainer in stand-in article pages (tests/e2e/host/).
// The explainer is the real build on http://127.0.0.1:E2E_PORT; the article pages are served on
// HOST_PORT as http://localhost:… (another site: site isolation, another renderer process, as a
// newsroom embedding a graphics host) or as http://127.0.0.1:… (the same site, another origin).
import type { FrameLocator, Page } from '@playwright/test';
import { expect } from './fixtures';

const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST_PORT = Number(process.env.HOST_PORT ?? 4174);

export const APP = `http://127.0.0.1:${E2E_PORT}`;
export const CROSS_SITE_HOST = `http://localhost:${HOST_PORT}`;
export const SAME_SITE_HOST = `http://127.0.0.1:${HOST_PORT}`;

export type HostPageName = 'article' | 'scroll' | 'two' | 'plain' | 'sandboxed' | 'sandboxed-top' | 'sandboxed-popups' | 'pym' | 'fuzz' | 'wordpress' | 'custom-html' | 'uk';

/** Opens a stand-in article page, by default on another site than the explainer. */
export async function openHost(page: Page, name: HostPageName, site: 'cross' | 'same' = 'cross'): Promise<void> {
	await page.goto(`${site === 'cross' ? CROSS_SITE_HOST : SAME_SITE_HOST}/${name}.html`);
}

export function embed(page: Page, index = 0) {
	const frame = page.frameLocator('iframe').nth(index);
	const iframe = page.locator('iframe').nth(index);
	return {
		frame,
		iframe,
		mode: () => frame.locator('[data-embed-mode]').getAttribute('data-embed-mode'),
		step: () => frame.locator('[data-active-step]').first().getAttribute('data-active-step'),
		/** 'equal', or both heights, so that a failure says what the reader would see. */
		heightMatches: async () => {
			const outer = (await iframe.boundingBox())!.height;
			const inner = await frame.locator('.embed').evaluate((el) => el.getBoundingClientRect().height);
			return Math.abs(outer - Math.ceil(inner)) <= 1 ? 'equal' : `iframe ${outer} px, content ${inner} px`;
		},
		height: async () => (await iframe.boundingBox())!.height
	};
}

/**
 * Waits until the embed has laid itself out for where the host page is now: the geometry it
 * follows (data-host-top) is the iframe's real position in the host's viewport. A reader sees
 * the same moment: the frame after the last scroll.
 */
export async function settled(page: Page, index = 0): Promise<void> {
	const { frame, iframe } = embed(page, index);
	await expect
		.poll(async () => {
			const real = Math.round((await iframe.evaluate((el) => el.getBoundingClientRect().top)) as number);
			const followed = Number(await frame.locator('[data-host-top]').getAttribute('data-host-top'));
			return followed - real;
		}, { message: 'the embed follows the host page position', timeout: 5_000 })
		.toBe(0);
}

/** How much of the map panel is inside the host viewport, 0 to 1. */
export async function mapShareInView(page: Page, frame: FrameLocator, index = 0): Promise<number> {
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

/**
 * Host scroll positions that put each step's card at the reading line (the middle of the host
 * viewport), from the layout inside the frame, which does not depend on the host's scrolling.
 */
export async function scrollTargets(page: Page, index = 0): Promise<Map<string, number>> {
	const { frame, iframe } = embed(page, index);
	const frameTop = (await iframe.evaluate((el) => el.getBoundingClientRect().top + window.scrollY)) as number;
	const cards = await frame.locator('[data-step]').evaluateAll((steps) => steps.map((s) => ({ id: s.id, top: s.querySelector('.card')!.getBoundingClientRect().top })));
	const half = page.viewportSize()!.height / 2;
	return new Map(cards.map((c) => [c.id, Math.round(frameTop + c.top - half + 2)]));
}

/** Where the reading line is relative to a step's card: true once the card's top has reached it. */
export async function cardAtLine(page: Page, id: string, index = 0): Promise<boolean> {
	const { frame, iframe } = embed(page, index);
	const top = (await iframe.boundingBox())!.y + (await frame.locator(`[data-step="${id}"] .card`).evaluate((el) => el.getBoundingClientRect().top));
	return top <= page.viewportSize()!.height / 2;
}

/** Counts the host's scrollend events, so a test can wait for a scroll of any kind to end. */
export async function countScrollEnds(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __scrollEnds: number };
		w.__scrollEnds = 0;
		addEventListener('scrollend', () => w.__scrollEnds++);
	});
}

/** Runs a scrolling action and waits for the host's scroll to end (or for it not to move). */
export async function scrollAndWait(page: Page, action: () => Promise<unknown>): Promise<boolean> {
	const before = await page.evaluate(() => ({ ends: (window as unknown as { __scrollEnds: number }).__scrollEnds, y: window.scrollY }));
	await action();
	// A scroll that moves ends with scrollend; one that cannot move (at the end) leaves scrollY.
	const moved = await page
		.waitForFunction((b) => (window as unknown as { __scrollEnds: number }).__scrollEnds > b.ends, before, { timeout: 3_000 })
		.then(() => true, () => false);
	if (!moved) expect(await page.evaluate(() => window.scrollY), 'a scroll that moved ended with scrollend').toBe(before.y);
	return moved;
}

/** Slows the CPU of the host page and of the embed's own renderer process (another site). */
export async function slowCpu(page: Page, rate: number): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	for (const frame of page.frames()) {
		if (frame === page.mainFrame() || !frame.url().startsWith(APP)) continue;
		try {
			const frameCdp = await page.context().newCDPSession(frame);
			await frameCdp.send('Emulation.setCPUThrottlingRate', { rate });
		} catch {
			// A same-process frame: the page's setting covers it.
		}
	}
}
