// Deep links: `#<step-id>` opens the page at that step, and the address follows the reader
// with replaceState, so scrolling never floods the browser history.

export function stepFromHash(hash: string, ids: string[]): number {
	const id = decodeURIComponent(hash.replace(/^#/, ''));
	return ids.indexOf(id);
}

export function followHash(id: string): void {
	// The browser's own replaceState, keeping SvelteKit's history state: only the fragment
	// changes, which the router does not track, and it works before hydration has finished.
	if (location.hash === `#${id}`) return;
	history.replaceState(history.state, '', `#${id}`);
}

export function prefersReducedMotion(): boolean {
	return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
