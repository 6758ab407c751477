// What the presentation says to screen readers, in one polite status line: where they are and
// the step's title, once and briefly on each step change; blackout on and off; a speaker view
// that could not open. The caption itself is not live (its 130–190 words queued up on quick
// presses) and stays there to be read on.
import { untrack } from 'svelte';

/** "Step 3 of 8: <its title>", for the status line. */
export function position(index: number, count: number, title: string): string {
	return `Step ${index + 1} of ${count}: ${title}`;
}

export const BLACKED_OUT = 'Screen blacked out. Press B to show it again.';
export const shownAgain = (where: string) => `Screen shown again: ${where}`;
export const SPEAKER_BLOCKED = 'The speaker view could not open: allow pop-ups for this site, or open /present/notes in another window.';

export class StatusLine {
	/** What the status line says now. */
	text = $state('');
	#step: string | null = null;

	say(text: string): void {
		this.text = text;
	}

	/**
	 * A step is shown: says where (`where()`, read without tracking) when it is a new one. Not on
	 * load: the page's title and heading already say where the reader is.
	 */
	stepShown(id: string, where: () => string): void {
		if (this.#step !== null && id !== this.#step) this.text = untrack(where);
		this.#step = id;
	}
}
