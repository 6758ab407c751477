// Full screen for the presenting windows (F, or the presentation's button). Browsers may refuse
// it (iframes without allow="fullscreen", no user gesture) or lack it: then nothing happens.

/** Full screen on or off. */
export function toggleFullscreen(): void {
	try {
		if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
		else void document.documentElement.requestFullscreen?.().catch(() => undefined);
	} catch {
		// Not supported here.
	}
}

/**
 * Tells `onChange` whether the page is full screen each time that changes: by F, by the button,
 * or by the browser itself (Escape leaves full screen without a key event reaching the page).
 * Returns the cleanup.
 */
export function watchFullscreen(onChange: (on: boolean) => void): () => void {
	const listener = () => onChange(!!document.fullscreenElement);
	document.addEventListener('fullscreenchange', listener);
	return () => document.removeEventListener('fullscreenchange', listener);
}
