// The two presenting windows open each other: the presentation opens the speaker view (S), and
// the speaker view opens the presentation. Each has a window name, so opening it again brings
// the same window to the step rather than a new one.
// Both stay in the page's language (/uk/present opens /uk/present/notes).
import { base } from '$app/paths';
import { localizeHref } from '$lib/paraglide/runtime';

/** Opens the speaker view at this window's step (its #hash). False when the browser blocked the pop-up. */
export function openSpeakerView(): boolean {
	let opened: Window | null = null;
	try {
		opened = window.open(`${base}${localizeHref('/present/notes')}${location.hash}`, 'speaker-notes');
	} catch {
		opened = null;
	}
	return !!opened;
}

/** Opens the presentation at a step. */
export function openPresentation(id: string): void {
	try {
		window.open(`${base}${localizeHref('/present')}#${id}`, 'explainer-presentation');
	} catch {
		// Pop-ups blocked: the link's own href still works.
	}
}
