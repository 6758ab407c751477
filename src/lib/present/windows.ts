// The two presenting windows open each other: the presentation opens the speaker view (S), and
// the speaker view opens the presentation. Each has a window name, so opening it again brings
// the same window to the step rather than a new one.
import { base } from '$app/paths';

/** Opens the speaker view at this window's step (its #hash). False when the browser blocked the pop-up. */
export function openSpeakerView(): boolean {
	let opened: Window | null = null;
	try {
		opened = window.open(`${base}/present/notes${location.hash}`, 'speaker-notes');
	} catch {
		opened = null;
	}
	return !!opened;
}

/** Opens the presentation at a step. */
export function openPresentation(id: string): void {
	try {
		window.open(`${base}/present#${id}`, 'explainer-presentation');
	} catch {
		// Pop-ups blocked: the link's own href still works.
	}
}
