// Helpers for tests/e2e/a11y.spec.ts: WCAG's text-spacing override, the page's width, the
// presentation's status line.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** WCAG 1.4.12's test values, applied to everything as a reader's stylesheet would. */
export const TEXT_SPACING_CSS = `*, *::before, *::after {
	line-height: 1.5 !important;
	letter-spacing: 0.12em !important;
	word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }`;

export async function openPresent(page: Page, hash = ''): Promise<void> {
	await page.goto(`/present${hash}`);
	await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-ready', 'true', { timeout: 30_000 });
}

/** How far the page is wider than its window (0 when nothing scrolls sideways), and what sticks out. */
export async function sidewaysOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; widest: string[] }> {
	return page.evaluate(() => {
		const innerWidth = window.innerWidth;
		const widest = [...document.querySelectorAll('body *')]
			.filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5 && !el.closest('.visually-hidden, [aria-hidden="true"], svg, canvas'))
			.slice(0, 5)
			.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(el.getBoundingClientRect().right)}`);
		return { scrollWidth: document.documentElement.scrollWidth, innerWidth, widest };
	});
}

/** The accessible names of the page's landmarks, by role. */
export async function landmarks(page: Page): Promise<string[]> {
	const snapshot = await page.locator('body').ariaSnapshot();
	return snapshot
		.split('\n')
		.map((line) => line.trim().match(/^- (main|region|complementary|navigation|banner|contentinfo|figure)(?: "([^"]*)")?/))
		.filter((m): m is RegExpMatchArray => !!m)
		.map((m) => (m[2] ? `${m[1]} "${m[2]}"` : m[1]));
}

export const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;
