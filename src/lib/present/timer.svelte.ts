// The speaker view's clock and talk timer. The timer starts when the speaker view first opens
// and survives a reload of it (same tab: sessionStorage), so a teacher who reloads mid-lesson
// keeps the lesson's elapsed time.
import { getLocale } from '$lib/paraglide/runtime';
import { formatElapsed } from './keys';
import { TIMER_KEY } from './protocol';
import { readStorage, writeStorage } from './sync.svelte';

export class TalkTimer {
	/** The time now, ticking each second once started; 0 before (on the server, before hydration). */
	now = $state(0);
	/** When the talk started. */
	started = $state(0);

	// The time of day as the page's language writes it (14:05 in uk and ru); English keeps the
	// browser's own form (2:05 PM or 14:05), as before there were other languages.
	#locale = getLocale();
	clock = $derived(this.now ? new Date(this.now).toLocaleTimeString(this.#locale === 'en' ? undefined : this.#locale, { hour: '2-digit', minute: '2-digit' }) : '--:--');
	elapsed = $derived(this.now && this.started ? formatElapsed(this.now - this.started) : '00:00');

	/** Picks up a stored start (or starts now) and ticks. Returns the cleanup. */
	start(): () => void {
		const stored = Number(readStorage(TIMER_KEY));
		this.started = Number.isFinite(stored) && stored > 0 && stored <= Date.now() ? stored : Date.now();
		writeStorage(TIMER_KEY, String(this.started));
		this.now = Date.now();
		const timer = setInterval(() => (this.now = Date.now()), 1000);
		return () => clearInterval(timer);
	}

	reset = (): void => {
		this.started = this.now = Date.now();
		writeStorage(TIMER_KEY, String(this.started));
	};
}
