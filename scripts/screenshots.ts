// `npm run screenshots`: remakes the story's social preview image (share.png in its folder,
// 1200×630, of the step its `meta.share.step` names) and, for the default story, the README
// screenshot (docs/screenshot.png), from the built site, with the WebGL map.
// Run after `npm run build` (with the same STORY); commit the images.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROME_ARGS, findChrome } from '../tests/browser';
import { loadStory } from '../src/lib/server/story/load';
import { storyDir } from '../src/lib/server/story/folder';

const PORT = 4181;
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 50; i++) {
	try { if ((await fetch(base)).ok) break; } catch { /* starting */ }
	await new Promise((r) => setTimeout(r, 200));
}
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
try {
	const shoot = async (width: number, height: number, step: string, path: string, clip?: string) => {
		const page = await browser.newPage({ viewport: { width, height } });
		await page.goto(`${base}#${step}`);
		await page.mouse.wheel(0, 1);
		await page.waitForSelector('[data-map-ready="true"]', { timeout: 30_000 });
		await page.waitForFunction((id) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id, step);
		await page.waitForTimeout(2500);
		if (clip) {
			// The social preview is exactly 1200×630: the map panel, cropped from the top left.
			const box = (await page.locator(clip).boundingBox())!;
			await page.screenshot({ path, clip: { x: box.x, y: box.y, width: 1200, height: 630 } });
		} else await page.screenshot({ path });
		await page.close();
		console.log(`wrote ${path}`);
	};
	const story = loadStory();
	if (storyDir() === 'data') await shoot(1440, 900, story.steps[1]?.id ?? story.steps[0].id, 'docs/screenshot.png');
	// The map column is 62% of the window: 1936 px wide gives a 1200 px map.
	await shoot(1936, 680, story.meta.share?.step ?? story.steps[0].id, `${storyDir()}/share.png`, '[data-map]');
} finally {
	await browser.close();
	process.kill(-server.pid!);
}
