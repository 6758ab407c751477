// When the WebGL map starts. Starting WebGL costs a second or more of main-thread time on slow
// devices (and far more where WebGL is drawn in software), and 300 KB of script. The page first
// shows its text and the static SVG map, which already follows the steps; the WebGL map starts
// when the reader shows intent: scrolls, touches, clicks or presses a key, or arrives on a deep
// link to a step (then the map is what they came for).

export function supportsWebGL2(): boolean {
	// A sandboxed frame has an opaque origin: the map's worker could only start from a data: URL,
	// which the content security policy refuses. The static map serves there.
	if (self.origin === 'null') return false;
	try {
		return !!document.createElement('canvas').getContext('webgl2');
	} catch {
		return false;
	}
}

const EVENTS = ['scroll', 'wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

export function whenToLoadWebGL(start: () => void, now = false): () => void {
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
	if (now) queueMicrotask(go);
	else for (const type of EVENTS) window.addEventListener(type, go, { passive: true, once: true });
	return cleanup;
}
