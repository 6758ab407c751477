// WebKitGTK (Safari's engine) through selenium-webdriver and Debian's WebKitWebDriver, which
// starts MiniBrowser under Xvfb. `--full-screen` hides MiniBrowser's toolbar, which otherwise
// keeps the window at least 447 px wide and takes 38 px of its height: with it, the window size
// set through WebDriver is the viewport, phone widths included.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, By, Key as SeleniumKey, type WebDriver } from 'selenium-webdriver';
import { callSource, isExternal, sleep, type Engine, type EnginePage, type Key, type Viewport } from './driver';

const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

/** MiniBrowser lives beside the WebKitGTK library, under an API-versioned folder (4.1 on Debian 12). */
function findMiniBrowser(): string | undefined {
	if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
	for (const lib of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/libexec', '/usr/lib']) {
		if (!existsSync(lib)) continue;
		for (const dir of readdirSync(lib).filter((d) => /^webkit2?gtk-\d/.test(d)).sort().reverse()) {
			const path = `${lib}/${dir}/MiniBrowser`;
			if (existsSync(path)) return path;
		}
	}
	return undefined;
}

/** A port the system says is free; WebKitWebDriver needs one named. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

const KEYS: Record<Key, string> = {
	ArrowRight: SeleniumKey.ARROW_RIGHT,
	ArrowLeft: SeleniumKey.ARROW_LEFT,
	Shift: SeleniumKey.SHIFT,
	Escape: SeleniumKey.ESCAPE
};

/**
 * WebDriver classic has no way to run a script before the page's own, so errors are caught from
 * the load event on (hydration and the WebGL map's start come after it), and requests to other
 * hosts are read from the page's resource timing.
 */
const WATCH = () => {
	const w = window as unknown as { __engineProblems?: string[] };
	if (w.__engineProblems) return;
	const problems: string[] = (w.__engineProblems = []);
	addEventListener('error', (e) => problems.push(`uncaught page error: ${e.message}`));
	addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${String(e.reason)}`));
	const error = console.error.bind(console);
	console.error = (...args: unknown[]) => {
		problems.push(`console error: ${args.map(String).join(' ')}`);
		error(...args);
	};
};

const READ = () => {
	const w = window as unknown as { __engineProblems?: string[] };
	const problems = w.__engineProblems ?? [];
	w.__engineProblems = [];
	const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
	return { problems, urls };
};

export function webkit(): Engine {
	const miniBrowser = findMiniBrowser();
	let driverProcess: ChildProcess | undefined;
	let server: string | undefined;
	let log = '';

	async function startDriver(display: string): Promise<string> {
		if (server) return server;
		const port = await freePort();
		// Its own process group, so that stopping it stops the MiniBrowsers it started too.
		driverProcess = spawn(DRIVER, [`--port=${port}`], { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, DISPLAY: display } });
		driverProcess.stdout?.on('data', (d) => (log += d));
		driverProcess.stderr?.on('data', (d) => (log += d));
		server = `http://127.0.0.1:${port}`;
		// Ready once it answers its status endpoint.
		for (let i = 0; i < 50; i++) {
			if (await fetch(`${server}/status`).then((r) => r.ok, () => false)) return server;
			await sleep(100);
		}
		throw new Error(`WebKitWebDriver did not start: ${log}`);
	}

	const build = (url: string) =>
		new Builder()
			.usingServer(url)
			.withCapabilities({
				browserName: 'MiniBrowser',
				'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation', '--full-screen', '--features=-ServiceWorkers'] }
			})
			.build();

	/**
	 * A session is a fresh MiniBrowser with its own (ephemeral) storage. Under load a session
	 * start has been seen to hang (about one in thirty): the driver is then restarted once and the
	 * session asked for again. This retries the browser's start, never a spec.
	 */
	async function newSession(display: string): Promise<WebDriver> {
		const attempt = async () => {
			const url = await startDriver(display);
			let timer: NodeJS.Timeout | undefined;
			const hung = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`WebKitWebDriver gave no session in 25 s: ${log.slice(-500)}`)), 25_000)));
			return Promise.race([build(url), hung]).finally(() => clearTimeout(timer));
		};
		try {
			return await attempt();
		} catch (error) {
			console.log(`      (webkit: ${error instanceof Error ? error.message : error}; restarting WebKitWebDriver)`);
			await stop();
			return attempt();
		}
	}

	async function stop() {
		if (driverProcess?.pid && driverProcess.exitCode === null) {
			try {
				process.kill(-driverProcess.pid, 'SIGTERM');
			} catch {
				// Already gone.
			}
		}
		driverProcess = undefined;
		server = undefined;
	}

	return {
		name: 'webkit',
		missing() {
			if (!existsSync(DRIVER)) return `no WebKitWebDriver at ${DRIVER} (apt-get install webkit2gtk-driver)`;
			if (!miniBrowser) return 'no MiniBrowser found (apt-get install webkit2gtk-driver, or set MINIBROWSER_PATH)';
			return undefined;
		},
		async newPage(viewport: Viewport, display: string): Promise<EnginePage> {
			const driver = await newSession(display);
			await driver.manage().window().setRect({ x: 0, y: 0, ...viewport });
			await driver.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
			const problems: string[] = [];
			const seen = new Set<string>();
			const collect = async () => {
				const { problems: found, urls } = (await driver.executeScript(`return ${callSource(READ, [])}`)) as ReturnType<typeof READ>;
				problems.push(...found);
				for (const u of urls) if (isExternal(u) && !seen.has(u)) (seen.add(u), problems.push(`request to an external host: ${u}`));
			};
			return {
				async open(target) {
					// Keep what the previous document caught before leaving it.
					await collect().catch(() => undefined);
					await driver.get(target);
					await driver.executeScript(`return ${callSource(WATCH, [])}`);
				},
				run: async (fn, ...args) => (await driver.executeScript(`return ${callSource(fn, args)}`)) as never,
				async click(selector) {
					await driver.findElement(By.css(selector)).click();
				},
				async press(key) {
					await driver.actions().keyDown(KEYS[key]).keyUp(KEYS[key]).perform();
				},
				async screenshot(path) {
					writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
				},
				async takeProblems() {
					await collect();
					return problems.splice(0);
				},
				async close() {
					await driver.quit();
				}
			};
		},
		stop
	};
}
