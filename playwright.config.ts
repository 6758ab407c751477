import { defineConfig, devices } from '@playwright/test';
import { CHROME_ARGS, findChrome } from './tests/browser';

// Ports can be moved (E2E_PORT, HOST_PORT) so that two checkouts can run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST_PORT = Number(process.env.HOST_PORT ?? 4174);
const I18N_SPEC = '**/i18n.spec.ts';

export default defineConfig({
	testDir: 'tests/e2e',
	// Two cores: one worker keeps WebGL in software from starving itself.
	workers: 1,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	// No retries: a test that fails once has found a bug, late or wrong, that a reader would meet.
	retries: 0,
	reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'reports/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: { executablePath: findChrome(), args: CHROME_ARGS },
		trace: 'off',
		// The service worker would download the whole site in every test and answer requests that
		// tests route; tests/e2e/offline.spec.ts allows it for itself.
		serviceWorkers: 'block'
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }, testIgnore: I18N_SPEC },
		{ name: 'phone', use: { ...devices['Pixel 7'] }, grep: /@phone/, testIgnore: I18N_SPEC },
		// Every route in every language: its own project, so `npm test` runs it once, after the English suite.
		{ name: 'i18n', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }, testMatch: I18N_SPEC }
	],
	webServer: [
		// A real build served over HTTP, as readers get it.
		{
			command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		// Stand-in article pages on another origin, for the embed tests.
		{
			command: 'node tests/e2e/host/server.mjs',
			url: `http://127.0.0.1:${HOST_PORT}/plain.html`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		}
	]
});
