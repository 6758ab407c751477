// `npm run bench`: build, serve, and run Lighthouse 12 (mobile and desktop presets) against `/`,
// three runs each; print medians. Also prints the bytes the first view needs, from the build
// itself: JS before the first render (before the map chunk), and the map data. A benchmark, not a
// test: it never fails on a figure. Compare figures only within one sitting; these machines are
// shared and noisy.
//
//   npm run bench -- --path / --path /uk/ --path /ru/    each language's story page, in turn
//   npm run bench -- --no-build --preset=mobile           the existing build/, mobile only
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROME_ARGS, findChrome } from '../tests/browser';

const PORT = Number(process.env.BENCH_PORT ?? 4180);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** The pages measured: every `--path`, or the English story page. */
const PATHS = process.argv.flatMap((a, i) => (a === '--path' ? [process.argv[i + 1]] : a.startsWith('--path=') ? [a.slice(7)] : []));
if (!PATHS.length) PATHS.push('/');
const PRESETS = (['mobile', 'desktop'] as const).filter((p) => !process.argv.some((a) => a.startsWith('--preset=')) || process.argv.includes(`--preset=${p}`));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(file)).length;

if (!process.argv.includes('--no-build')) {
	if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

/** The prerendered file of a page: build/index.html for /, build/uk/index.html for /uk/. */
const htmlFile = (path: string) => join('build', path.endsWith('/') ? `${path}index.html` : `${path}.html`);
/** Bytes from the build: what a page's HTML loads up front versus the lazily imported map chunk. */
function firstView(path: string) {
	const html = readFileSync(htmlFile(path), 'utf8');
	// Relative (./_app, ../_app) or absolute: the same files.
	const initialJs = new Set([...html.matchAll(/["'(](?:(?:\.\.?\/)+|\/)?(_app\/immutable\/[^"')]+\.js)/g)].map((m) => m[1]));
	const allJs = readdirSync('build/_app/immutable', { recursive: true }).map(String).filter((f) => /\.m?js$/.test(f)).map((f) => `_app/immutable/${f}`);
	// The static map's shapes are inline SVG defs at the end of the HTML (see src/hooks.server.ts).
	const defs = html.slice(html.indexOf('<svg aria-hidden="true" focusable="false" width="0"'));
	return {
		htmlGz: gzipSync(html).length,
		initialJsGz: [...initialJs].reduce((sum, f) => sum + gz(join('build', f)), 0),
		mapJsGz: allJs.filter((f) => !initialJs.has(f)).reduce((sum, f) => sum + gz(join('build', f)), 0),
		basemapGz: gzipSync(defs).length
	};
}
// The basemap and the story's own GeoJSON (its areas and lines layers, under geo/story/).
const storyGeo = existsSync('build/geo/story') ? readdirSync('build/geo/story', { recursive: true }).map(String).filter((f) => f.endsWith('.json')) : [];
const webglGeoGz = gz('build/geo/countries.json') + storyGeo.reduce((sum, f) => sum + gz(join('build/geo/story', f)), 0);

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const stopServer = () => { try { process.kill(-server.pid!); } catch { /* already gone */ } };
process.on('exit', stopServer);
for (let i = 0; i < 50; i++) {
	try { if ((await fetch(`${ORIGIN}/`)).ok) break; } catch { /* not up yet */ }
	await new Promise((r) => setTimeout(r, 200));
}

type Row = { perf: number; a11y: number; bp: number; lcp: number; tbt: number; cls: number; bytes: number };
async function run(preset: 'mobile' | 'desktop', url: string): Promise<Row | null> {
	const chrome = await chromeLauncher.launch({ chromePath: findChrome(), chromeFlags: ['--headless=new', ...CHROME_ARGS] });
	try {
		const config = preset === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] }, config);
		const lhr = result!.lhr;
		if (lhr.runtimeError || lhr.categories.performance.score === null) {
			console.warn(`  (a ${preset} run failed: ${lhr.runtimeError?.message ?? 'no score'}; left out)`);
			return null;
		}
		return {
			perf: lhr.categories.performance.score! * 100,
			a11y: lhr.categories.accessibility.score! * 100,
			bp: lhr.categories['best-practices'].score! * 100,
			lcp: lhr.audits['largest-contentful-paint'].numericValue!,
			tbt: lhr.audits['total-blocking-time'].numericValue!,
			cls: lhr.audits['cumulative-layout-shift'].numericValue!,
			bytes: lhr.audits['total-byte-weight'].numericValue!
		};
	} finally {
		await chrome.kill();
	}
}

const webglLine = `  WebGL map data                     ${kb(webglGeoGz)}`;
for (const path of PATHS) {
	const bytes = firstView(path);
	console.log(`\n${path}: bytes (gzip) from the build:`);
	console.log(`  HTML of ${path.padEnd(28)}${kb(bytes.htmlGz)}`);
	console.log(`    of which static map shapes       ${kb(bytes.basemapGz)}`);
	console.log(`  JS before the first render         ${kb(bytes.initialJsGz)}  (target ≤ 60 KB)`);
	console.log(`  JS of the lazily loaded map        ${kb(bytes.mapJsGz)}`);
	console.log(webglLine);
	console.log(`  geo data for the first view        ${kb(bytes.basemapGz)} static, ${kb(webglGeoGz)} once WebGL starts  (target ≤ 120 KB)`);
}

// The pages take turns within each run, so a busy moment of the machine falls on all of them alike.
for (const preset of PRESETS) {
	const rows = new Map<string, Row[]>(PATHS.map((p) => [p, []]));
	for (let i = 0; i < RUNS; i++) {
		for (const path of PATHS) {
			const row = await run(preset, `${ORIGIN}${path}`);
			if (row) rows.get(path)!.push(row);
		}
	}
	for (const [path, list] of rows) {
		if (!list.length) {
			console.log(`\nLighthouse 12.2.3, ${preset}, ${path}: every run failed`);
			continue;
		}
		const m = (key: keyof Row) => median(list.map((r) => r[key]));
		console.log(`\nLighthouse 12.2.3, ${preset}, ${path}, median of ${list.length}:`);
		console.log(`  performance ${m('perf')}  accessibility ${m('a11y')}  best practices ${m('bp')}`);
		console.log(`  LCP ${Math.round(m('lcp'))} ms  TBT ${Math.round(m('tbt'))} ms  CLS ${m('cls').toFixed(3)}  bytes ${kb(m('bytes'))}`);
		console.log(`  runs: ${list.map((r) => r.perf).join(', ')}`);
	}
}
stopServer();
process.exit(0);
