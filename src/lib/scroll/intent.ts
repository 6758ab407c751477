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
