// `npm run bench:scroll`: scrolls `/` through every step at a steady reading pace in Chromium
// and reports, as medians of three runs: total long-task time, frames slower than 50 ms, the
// longest task, and the delay from a step reaching the reading line to the camera starting to
// move. Two modes, both printed:
// - warm: the WebGL map is already running, then the reader scrolls at 900 px/s;
// - cold: the reader scrolls at once after the page loads, 1.5 s a step, as a reader who came
//   for the story does; whatever the page starts on the way (the WebGL map, its data) counts,
//   and so do the 3 s after the scroll stops, shown apart.
// A benchmark, not a test: it prints figures and never fails on them. These machines are shared
// and noisy; compare figures from one sitting only.
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROME_ARGS, findChrome } from '../tests/browser';

const PORT = 4183;
const URL = `http://127.0.0.1:${PORT}/`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PX_PER_SECOND = 900;

if (!process.argv.includes('--no-build') && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const stop = () => { try { process.kill(-server.pid!); } catch { /* gone */ } };
process.on('exit', stop);
for (let i = 0; i < 50; i++) {
	try { if ((await fetch(URL)).ok) break; } catch { /* starting */ }
	await new Promise((r) => setTimeout(r, 200));
}

interface Run { longTaskTotal: number; longest: number; slowFrames: number; frames: number; delays: number[]; afterTotal: number; afterLongest: number }
type Mode = 'warm' | 'cold';
const SECONDS_PER_STEP = 1.5;
const TAIL_MS = 3000;

/**
 * Records long tasks, frame times, reading-line crossings and camera starts, inside the page.
 * Plain JavaScript in a string: tsx would otherwise add helpers the page does not have.
 */
const INSTRUMENT = `(() => {
	const log = { tasks: [], after: [], frames: [], crossings: new Map(), starts: [], recording: false, tail: false };
	window.__bench = log;
	new PerformanceObserver((list) => { for (const e of list.getEntries()) if (log.recording) log.tasks.push(e.duration); else if (log.tail) log.after.push(e.duration); }).observe({ type: 'longtask' });
	let last = performance.now();
	function frame(t) {
		if (log.recording) {
			log.frames.push(t - last);
			// When each step's top passes the reading line (the middle of the viewport).
			for (const el of document.querySelectorAll('[data-step]')) {
				if (!log.crossings.has(el.id) && el.getBoundingClientRect().top <= innerHeight / 2) log.crossings.set(el.id, t);
			}
		}
		last = t;
		requestAnimationFrame(frame);
	}
	requestAnimationFrame(frame);
	new MutationObserver(() => {
		const map = document.querySelector('[data-map]');
		if (log.recording && map && map.getAttribute('data-map-moving') === 'true') log.starts.push(performance.now());
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-moving'] });
})();`;

async function run(mode: Mode): Promise<Run> {
	const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.addInitScript({ content: INSTRUMENT });
		await page.goto(URL);
		await page.mouse.move(640, 400);
		if (mode === 'warm') {
			// Input before hydration reaches no listener: wait until the map panel is live.
			await page.waitForFunction(() => !!document.querySelector('[data-map]')?.getAttribute('data-camera'));
			await page.mouse.wheel(0, 1);
			await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
			await page.waitForTimeout(1000);
		}
		// Steps already above the line count as crossed before the run.
		await page.evaluate(`(() => { const log = window.__bench; for (const el of document.querySelectorAll('[data-step]')) if (el.getBoundingClientRect().top <= innerHeight / 2) log.crossings.set(el.id, -1); log.recording = true; })()`);
		const { height, steps } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight - innerHeight, steps: document.querySelectorAll('[data-step]').length }));
		const pxPerSecond = mode === 'warm' ? PX_PER_SECOND : height / (steps * SECONDS_PER_STEP);
		const stepPx = pxPerSecond / 20;
		for (let y = 0; y < height; y += stepPx) {
			await page.mouse.wheel(0, stepPx);
			await page.waitForTimeout(50);
		}
		await page.waitForTimeout(500);
		await page.evaluate(`(() => { const log = window.__bench; log.recording = false; log.tail = true; })()`);
		await page.waitForTimeout(TAIL_MS);
		return (await page.evaluate(`(() => {
			const log = window.__bench;
			log.tail = false;
			// Each crossing's delay is the time to the first camera start after it.
			const delays = [...log.crossings.values()].filter((t) => t >= 0).map((t) => (log.starts.find((s) => s >= t) ?? NaN) - t).filter(Number.isFinite);
			return {
				longTaskTotal: log.tasks.reduce((a, b) => a + b, 0),
				longest: Math.max(0, ...log.tasks),
				slowFrames: log.frames.filter((f) => f > 50).length,
				frames: log.frames.length,
				delays,
				afterTotal: log.after.reduce((a, b) => a + b, 0),
				afterLongest: Math.max(0, ...log.after)
			};
		})()`)) as Run;
	} finally {
		await browser.close();
	}
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const modes: Mode[] = process.argv.includes('--cold') ? ['cold'] : process.argv.includes('--warm') ? ['warm'] : ['cold', 'warm'];
for (const mode of modes) {
	const runs: Run[] = [];
	for (let i = 0; i < RUNS; i++) runs.push(await run(mode));
	const ms = (pick: (r: Run) => number) => `${Math.round(median(runs.map(pick)))} ms (runs: ${runs.map((r) => Math.round(pick(r))).join(', ')})`;
	const pace = mode === 'warm' ? `${PX_PER_SECOND} px/s, WebGL map running` : `at once after load, ${SECONDS_PER_STEP} s a step`;
	console.log(`\nScroll benchmark, ${mode}: / ${pace}, 1280×800, SwiftShader, median of ${RUNS} runs`);
	console.log(`  total long-task time        ${ms((r) => r.longTaskTotal)}`);
	console.log(`  longest task                ${ms((r) => r.longest)}`);
	console.log(`  frames slower than 50 ms    ${median(runs.map((r) => r.slowFrames))} of ${median(runs.map((r) => r.frames))}`);
	console.log(`  step → camera moving delay  ${Math.round(median(runs.map((r) => median(r.delays))))} ms (median per run; worst ${Math.round(Math.max(...runs.flatMap((r) => r.delays)))} ms)`);
	console.log(`  in the ${TAIL_MS / 1000} s after it stops  ${ms((r) => r.afterTotal)} of long tasks, longest ${ms((r) => r.afterLongest)}`);
}
stop();
process.exit(0);
