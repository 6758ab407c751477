// `npm run test:engines`: the core end-to-end specs (tests/engines/specs.ts) in Firefox ESR and
// WebKitGTK, at 1440x900 and 390x844, against the production build served by `vite preview`.
// Both browsers run on a virtual X display (Xvfb) of their own, which this script starts and
// stops. Writes screenshots to reports/engines/ and counts to reports/engines.json, for
// scripts/test.ts. Without a browser the specs skip, unless CI=true, where they fail.
//
//   npm run test:engines                      build, then every engine and size
//   npm run test:engines -- --no-build        use the existing build/
//   npm run test:engines -- --engine=webkit --size=phone --grep=deep
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { sleep, type Engine, type EnginePage, type Viewport } from '../tests/engines/driver';
import { firefox } from '../tests/engines/firefox';
import { webkit } from '../tests/engines/webkit';
import { specs } from '../tests/engines/specs';

const PORT = Number(process.env.ENGINES_PORT ?? 4373);
const BASE = `http://127.0.0.1:${PORT}`;
const SPEC_TIMEOUT_MS = 120_000;
const OUT = 'reports/engines';
const SIZES: Record<string, Viewport> = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };
const CI = process.env.CI === 'true';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const engines = [firefox(), webkit()].filter((e) => !arg('engine') || e.name === arg('engine'));
const sizes = Object.entries(SIZES).filter(([name]) => !arg('size') || name === arg('size'));
const chosen = specs.filter((s) => !arg('grep') || s.name.includes(arg('grep')!));

const children: ChildProcess[] = [];
async function cleanUp() {
	for (const engine of engines) await engine.stop().catch(() => undefined);
	for (const child of children) if (child.exitCode === null) child.kill();
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void cleanUp().then(() => process.exit(130)));

/** Xvfb picks a free display itself (-displayfd) and writes its number to fd 3. */
async function startXvfb(): Promise<string> {
	const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1440x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
	children.push(xvfb);
	return new Promise((resolve, reject) => {
		let text = '';
		xvfb.stdio[3]!.on('data', (d: Buffer) => {
			text += d;
			if (text.includes('\n')) resolve(`:${text.trim()}`);
		});
		xvfb.once('error', reject);
		xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
	});
}

async function startPreview(): Promise<void> {
	// Another server on the port would be tested instead of this build: refuse.
	if (await fetch(`${BASE}/`).then(() => true, () => false)) throw new Error(`${BASE} already answers: stop that server or set ENGINES_PORT`);
	// vite's own entry, not npx: one process to stop.
	const preview = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: ['ignore', 'ignore', 'inherit'] });
	children.push(preview);
	for (let i = 0; i < 100; i++) {
		if (await fetch(`${BASE}/`).then((r) => r.ok, () => false)) return;
		if (preview.exitCode !== null) break;
		await sleep(200);
	}
	throw new Error(`vite preview did not answer on ${BASE}`);
}

interface Result {
	engine: string;
	size: string;
	spec: string;
	status: 'passed' | 'failed' | 'skipped';
	ms: number;
	error?: string;
	notes?: string[];
}
const results: Result[] = [];

function report(r: Result) {
	results.push(r);
	const mark = { passed: '✓', failed: '✘', skipped: '-' }[r.status];
	console.log(`  ${mark} ${r.engine} ${r.size} › ${r.spec} (${(r.ms / 1000).toFixed(1)} s)`);
	if (r.error) console.log(`      ${r.error.split('\n').join('\n      ')}`);
	else for (const note of r.notes ?? []) console.log(`      note: ${note}`);
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

/** Rejects after `ms`: a stuck driver call must not hang the suite. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout;
	const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms)));
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The browser or its driver failed, not the page: WebKitGTK's web process crashing, or
 * WebKitWebDriver unable to read back a script's result, now and then under load here.
 */
const CRASHED = /page crash or hang|no such window|invalid session id|could not parse script result/i;

async function runEngine(engine: Engine, display: string) {
	for (const [, viewport] of sizes) {
		const label = `${viewport.width}x${viewport.height}`;
		for (const spec of chosen) {
			// A browser that crashes gets one fresh browser for the same spec, said so in the output;
			// an assertion that fails, or a page that is late, fails at once.
			const first = await runSpec(engine, display, viewport, spec);
			const result = first.status === 'failed' && CRASHED.test(first.error ?? '') ? await runSpec(engine, display, viewport, spec, `the browser crashed on the first run (${first.error?.split('\n')[0]}); run again in a fresh one`) : first;
			report(result);
		}
	}
	await engine.stop();
}

async function runSpec(engine: Engine, display: string, viewport: Viewport, spec: (typeof specs)[number], why?: string): Promise<Result> {
	const label = `${viewport.width}x${viewport.height}`;
	const start = Date.now();
	const prefix = `${OUT}/${engine.name}-${label}`;
	let page: EnginePage | undefined;
	let stuck = false;
	const notes: string[] = why ? [why] : [];
	try {
		page = await within(engine.newPage(viewport, display), 60_000, 'starting the browser');
		const p = page;
		const shot = (name: string) => p.screenshot(`${prefix}-${name}.png`);
		await within(spec.run({ page: p, base: BASE, viewport, shot, note: (text) => notes.push(text) }), SPEC_TIMEOUT_MS, 'the spec');
		// The guard every Playwright test has too: no page errors, nothing from other hosts.
		const problems = await within(p.takeProblems(), 15_000, 'reading page errors');
		if (problems.length) throw new Error(`the page must log no errors, throw nothing and load nothing from other hosts:\n${problems.join('\n')}`);
		return { engine: engine.name, size: label, spec: spec.name, status: 'passed', ms: Date.now() - start, notes };
	} catch (error) {
		let message = error instanceof Error ? error.message : String(error);
		stuck = /timed out after/.test(message) || CRASHED.test(message);
		if (page && !stuck) {
			await within(page.screenshot(`${prefix}-FAILED-${slug(spec.name)}.png`), 15_000, 'screenshot').catch(() => undefined);
			const problems = await within(page.takeProblems(), 15_000, 'reading page errors').catch(() => []);
			if (problems.length) message += `\n${problems.join('\n')}`;
		}
		return { engine: engine.name, size: label, spec: spec.name, status: 'failed', ms: Date.now() - start, error: message, notes };
	} finally {
		if (page && !stuck) stuck = !(await within(page.close(), 15_000, 'closing the page').then(() => true, () => false));
		// A browser or driver that stopped answering is stopped (killed if need be) and started afresh.
		if (stuck) await engine.stop().catch(() => undefined);
	}
}

async function main(): Promise<number> {
	const started = Date.now();
	if (!process.argv.includes('--no-build') && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) return 1;
	if (!existsSync('build/index.html')) throw new Error('no build/: run `npm run build` first');
	mkdirSync(OUT, { recursive: true });

	const noXvfb = spawnSync('Xvfb', ['-help']).error ? 'no Xvfb (apt-get install xvfb)' : undefined;
	const runnable = engines.filter((engine) => {
		const missing = noXvfb ?? engine.missing();
		if (!missing) return true;
		// Locally a missing browser skips its specs; on CI it fails them, so CI cannot pass without it.
		console.log(`\n${engine.name}: ${missing}: ${CI ? 'failing' : 'skipping'} its specs${CI ? ' (CI=true)' : ''}`);
		for (const [, v] of sizes) for (const spec of chosen) results.push({ engine: engine.name, size: `${v.width}x${v.height}`, spec: spec.name, status: CI ? 'failed' : 'skipped', ms: 0, error: missing });
		return false;
	});
	if (runnable.length) {
		const display = await startXvfb();
		await startPreview();
		for (const engine of runnable) {
			console.log(`\n${engine.name} (display ${display}, ${BASE})`);
			await runEngine(engine, display);
		}
	}
	const count = (status: Result['status']) => results.filter((r) => r.status === status).length;
	const summary = { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), seconds: Math.round((Date.now() - started) / 1000), results };
	writeFileSync('reports/engines.json', JSON.stringify(summary, null, '\t'));
	console.log(`\nengines: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped in ${summary.seconds} s; screenshots in ${OUT}/`);
	return summary.failed ? 1 : 0;
}

main()
	.catch((error) => {
		console.error(error);
		return 1;
	})
	.then(async (code) => {
		await cleanUp();
		process.exit(code);
	});
