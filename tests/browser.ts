// Which Chromium the tests and benchmarks drive, and with which flags. Playwright cannot
// download its own browser on these machines, so it uses CHROME_PATH, Debian's chromium,
// or a browser Playwright already has, in that order.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChrome(): string | undefined {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
	for (const path of candidates) if (path && existsSync(path)) return path;
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch {
		// Playwright has no browser of its own here.
	}
	return undefined;
}

/**
 * WebGL2 through SwiftShader, and no background traffic to Google's hosts. Rasterising the page
 * itself through SwiftShader (Chromium's default once the GPU blocklist is ignored) takes about a
 * second per frame for the SVG map on these machines, so page raster stays on the CPU; the
 * WebGL map still runs on SwiftShader.
 */
export const CHROME_ARGS = [
	'--no-sandbox',
	'--disable-gpu-rasterization',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-dev-shm-usage'
];
