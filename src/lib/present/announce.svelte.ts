// What the presentation says to screen readers, in one polite status line: where they are and
// the step's title, once and briefly on each step change; blackout on and off; a speaker view
// that could not open. The caption itself is not live (its 130–190 words queued up on quick
// presses) and stays there to be read on.
// Everything said is in the page's language (Paraglide's locale, from the address).
import { untrack } from 'svelte';
import { m } from '$lib/paraglide/messages';
import { localizeHref, type Locale } from '$lib/paraglide/runtime';

/** "Step 3 of 8: <its title>", for the status line. */
export function position(index: number, count: number, title: string, locale?: Locale): string {
	return m.present_position({ step: index + 1, count, title }, { locale });
}

export const blackedOut = (locale?: Locale): string => m.present_blacked_out({}, { locale });
export const shownAgain = (where: string, locale?: Locale): string => m.present_shown_again({ where }, { locale });
/** Names the speaker view's address in the page's language (/present/notes, /uk/present/notes). */
export const speakerBlocked = (locale?: Locale): string => m.present_speaker_blocked({ path: localizeHref('/present/notes', { locale }) }, { locale });

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
