// When the WebGL map starts. Drawing WebGL in software blocks the main thread for a second or
// more, so the page first shows its text and static map, and the WebGL map starts once the
// reader interacts (scroll, touch, key) or the page has been idle for a moment after load.

export function supportsWebGL2(): boolean {
	try {
		return !!document.createElement('canvas').getContext('webgl2');
	} catch {
		return false;
	}
}

const IDLE_AFTER_LOAD_MS = 2500;
const EVENTS = ['scroll', 'wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

export function whenToLoadWebGL(start: () => void): () => void {
	let done = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const go = () => {
		if (done) return;
		done = true;
		cleanup();
		start();
	};
	const onLoad = () => (timer = setTimeout(go, IDLE_AFTER_LOAD_MS));
	const cleanup = () => {
		clearTimeout(timer);
		window.removeEventListener('load', onLoad);
		for (const type of EVENTS) window.removeEventListener(type, go);
	};
	for (const type of EVENTS) window.addEventListener(type, go, { passive: true, once: true });
	if (document.readyState === 'complete') onLoad();
	else window.addEventListener('load', onLoad, { once: true });
	return cleanup;
}
