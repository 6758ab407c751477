// Firefox ESR through puppeteer-core over WebDriver BiDi (Debian ships no geckodriver). Not
// headless: headless Firefox refuses WebGL2 on these machines, under Xvfb it draws the map.
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { callSource, isExternal, type Engine, type EnginePage, type Viewport } from './driver';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * On top of Puppeteer's test profile (no updates, safe browsing, Normandy or health report):
 * whatever else a fresh profile would fetch from Mozilla's hosts. Last, a proxy on a local port
 * where nothing listens, so any background request we missed fails on this machine instead of
 * reaching the internet (Firefox never proxies localhost, so the preview server is unaffected).
 */
const PREFS: Record<string, string | number | boolean> = {
	// As the Playwright suite does: a service worker would download the whole site in every test.
	'dom.serviceWorkers.enabled': false,
	'network.captive-portal-service.enabled': false,
	'network.connectivity-service.enabled': false,
	'toolkit.telemetry.enabled': false,
	'toolkit.telemetry.unified': false,
	'toolkit.telemetry.archive.enabled': false,
	'toolkit.telemetry.server': '',
	'datareporting.usage.uploadEnabled': false,
	'app.update.enabled': false,
	'app.update.auto': false,
	'browser.region.network.url': '',
	'browser.region.update.enabled': false,
	'extensions.systemAddon.update.enabled': false,
	'extensions.blocklist.enabled': false,
	'browser.safebrowsing.provider.google4.updateURL': '',
	'browser.safebrowsing.provider.mozilla.updateURL': '',
	'browser.ping-centre.telemetry': false,
	'browser.newtabpage.activity-stream.feeds.telemetry': false,
	'browser.topsites.contile.enabled': false,
	'dom.push.connection.enabled': false,
	'media.gmp-manager.url': '',
	'geo.provider.network.url': '',
	'network.trr.mode': 5,
	'network.dns.disablePrefetch': true,
	'network.prefetch-next': false,
	'network.predictor.enabled': false,
	'network.proxy.type': 1,
	'network.proxy.http': '127.0.0.1',
	'network.proxy.http_port': 4374,
	'network.proxy.ssl': '127.0.0.1',
	'network.proxy.ssl_port': 4374,
	'network.proxy.allow_hijacking_localhost': false
};

export function firefox(): Engine {
	let browser: Browser | undefined;
	return {
		name: 'firefox',
		missing: () => (existsSync(FIREFOX) ? undefined : `no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH)`),
		async newPage(viewport: Viewport, display: string): Promise<EnginePage> {
			browser ??= await puppeteer.launch({
				browser: 'firefox',
				executablePath: FIREFOX,
				headless: false,
				env: { ...process.env, DISPLAY: display },
				extraPrefsFirefox: PREFS,
				defaultViewport: null,
				protocolTimeout: 60_000
			});
			// A browser context per page: its own storage, as a new reader has.
			const context = await browser.createBrowserContext();
			const page = await context.newPage();
			await page.setViewport(viewport);
			let problems: string[] = [];
			page.on('pageerror', (error) => problems.push(`uncaught page error: ${error instanceof Error ? error.message : String(error)}`));
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
			});
			page.on('request', (request) => {
				if (isExternal(request.url())) problems.push(`request to an external host: ${request.url()}`);
			});
			return {
				async open(url) {
					await page.goto(url, { waitUntil: 'load' });
				},
				run: (fn, ...args) => page.evaluate(callSource(fn, args)) as Promise<never>,
				async click(selector) {
					await page.click(selector);
				},
				async press(key) {
					await page.keyboard.press(key);
				},
				async screenshot(path) {
					await page.screenshot({ path: path as `${string}.png` });
				},
				async takeProblems() {
					const now = problems;
					problems = [];
					return now;
				},
				async close() {
					await context.close();
				}
			};
		},
		async stop() {
			const running = browser;
			browser = undefined;
			if (!running) return;
			// close() asks Firefox to quit; one that no longer answers is killed.
			const closed = await Promise.race([running.close().then(() => true, () => false), new Promise<boolean>((r) => setTimeout(() => r(false), 10_000))]);
			if (!closed) running.process()?.kill('SIGKILL');
		}
	};
}
