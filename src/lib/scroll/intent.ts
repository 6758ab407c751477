// Work the first screen does not need waits until the reader shows intent: scrolls, touches,
// clicks or presses a key, or arrives on a deep link to a step. A reader who only looks at the
// first screen never pays for it, and the first screen is drawn without it.

const EVENTS = ['scroll', 'wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

/** Calls `start` once, on the first sign of intent (at once on a `#step` deep link). Returns a cancel function. */
export function onReaderIntent(start: () => void): () => void {
	let done = false;
	const go = () => {
		if (done) return;
		done = true;
		cleanup();
		start();
	};
	const cleanup = () => {
		for (const type of EVENTS) window.removeEventListener(type, go);
	};
	// A deep link: the reader came for a step further down, and for its map.
	if (location.hash.length > 1) queueMicrotask(go);
	else for (const type of EVENTS) window.addEventListener(type, go, { passive: true, once: true });
	return cleanup;
}

/**
 * Calls `start` once the reader has shown intent and then paused: no scroll, wheel, touch or
 * key for `quietMs`, then an idle moment. Heavy work (the WebGL map's start is most of a second
 * of main-thread time here, several on a slow phone) thus never lands in the middle of a
 * scroll, where it would stall the frames and the step changes; the static map follows the
 * steps until then. Returns a cancel function.
 */
export function onReaderPause(start: () => void, quietMs = 1200): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let idle: number | undefined;
	const whenIdle: (callback: () => void) => number = window.requestIdleCallback ? (callback) => window.requestIdleCallback(callback, { timeout: 1000 }) : (callback) => window.setTimeout(callback, 0);
	const fire = () => {
		stopListening();
		idle = whenIdle(start);
	};
	const restart = () => {
		clearTimeout(timer);
		timer = setTimeout(fire, quietMs);
	};
	const stopListening = () => {
		for (const type of EVENTS) window.removeEventListener(type, restart);
	};
	const cancelIntent = onReaderIntent(() => {
		for (const type of EVENTS) window.addEventListener(type, restart, { passive: true });
		restart();
	});
	return () => {
		cancelIntent();
		stopListening();
		clearTimeout(timer);
		if (idle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(idle);
	};
}
