// The one interface the cross-engine specs are written against, so each spec is written once and
// runs in Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK (selenium-webdriver and
// WebKitWebDriver). Playwright cannot drive Debian's builds of either (docs/stack-notes.md).

export interface Viewport {
	width: number;
	height: number;
}

/** A key as WebDriver and Puppeteer both name it. */
export type Key = 'ArrowRight' | 'ArrowLeft' | 'Shift' | 'Escape';

export interface EnginePage {
	/** Navigates and resolves once the load event has fired. */
	open(url: string): Promise<void>;
	/**
	 * Runs `fn` in the page with JSON arguments and returns its JSON result. The function is sent
	 * as source text, so it must not close over anything in Node.
	 */
	run<T, A extends unknown[]>(fn: (...args: A) => T, ...args: A): Promise<Awaited<T>>;
	/** A real click at the centre of the first element matching `selector` (through the driver's input, not el.click()). */
	click(selector: string): Promise<void>;
	press(key: Key): Promise<void>;
	screenshot(path: string): Promise<void>;
	/** Errors the page threw or logged, and requests to hosts other than the preview server, since the last call. */
	takeProblems(): Promise<string[]>;
	close(): Promise<void>;
}

export interface Engine {
	name: 'firefox' | 'webkit';
	/** Why this engine cannot run here (a missing binary), or undefined when it can. */
	missing(): string | undefined;
	/** A fresh page (its own storage) at the given viewport, on the X display given. */
	newPage(viewport: Viewport, display: string): Promise<EnginePage>;
	/** Stops the browser and its driver. */
	stop(): Promise<void>;
}

/**
 * The source text that runs `fn(...args)` in a page. tsx (esbuild with keepNames) wraps named
 * functions in `__name(...)` calls that do not exist in the page: define it as a no-op.
 */
export function callSource(fn: (...args: never[]) => unknown, args: unknown[]): string {
	return `(() => { const __name = (f) => f; return (${fn.toString()})(...${JSON.stringify(args)}); })()`;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Whether a URL leaves this machine (data:, blob: and about: stay in the page). */
export function isExternal(url: string): boolean {
	if (!/^(https?|wss?):/i.test(url)) return false;
	return !LOCAL_HOSTS.has(new URL(url).hostname);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
