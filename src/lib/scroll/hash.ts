// Deep links: `#<step-id>` opens the page at that step, and the address follows the reader
// with replaceState, so scrolling never floods the browser history.
import { replaceState } from '$app/navigation';

export function stepFromHash(hash: string, ids: string[]): number {
	const id = decodeURIComponent(hash.replace(/^#/, ''));
	return ids.indexOf(id);
}

export function followHash(id: string): void {
	// Deferred: a reader may scroll before hydration ends, when SvelteKit's router cannot take it yet.
	setTimeout(() => {
		if (location.hash === `#${id}`) return;
		try {
			replaceState(`#${id}`, {});
		} catch {
			history.replaceState(history.state, '', `#${id}`);
		}
	});
}

export function prefersReducedMotion(): boolean {
	return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
