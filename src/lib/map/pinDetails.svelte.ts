// Which pin's details are open, for one map (MapPanel), and the page-wide listeners around them:
// - a pin's button in the text (PinButtons) opens its details: one click listener for the page,
//   since on the story page the buttons are prerendered HTML that nothing hydrates;
// - the button that opened them says so (aria-expanded) while they are open;
// - the map's pin shows its ring ("echo") while its button has focus or its details are open,
//   so a keyboard reader sees which pin the button is for;
// - a new step closes the last step's details, handing focus back to the pin's button without
//   scrolling to it (the reader has moved on; focus must not fall to the page).
import { untrack } from 'svelte';
import { PIN_TRIGGER, pinButton, pinFromClick, type OpenPin } from './pinTrigger';

export class PinDetails {
	/** The pin whose details are open: set by a pin on the map or by its button in the text. */
	open = $state<OpenPin | null>(null);
	/** The pin whose button in the text has focus. */
	#focused = $state<string | null>(null);
	/** The pin to ring on the map. */
	readonly echo = $derived(this.open?.id ?? this.#focused);

	/**
	 * Starts the listeners, for as long as the component that calls it (during its setup).
	 * `stepId` is read reactively: only a change of step closes the details, not the map taking
	 * over or the window resizing.
	 */
	constructor(stepId: () => string) {
		let detailsStep = untrack(stepId);
		$effect(() => {
			const id = stepId();
			if (id === detailsStep) return;
			detailsStep = id;
			untrack(() => this.close({ preventScroll: true }));
		});
		$effect(() => {
			const open = (event: MouseEvent) => (this.open = pinFromClick(event) ?? this.open);
			document.addEventListener('click', open);
			return () => document.removeEventListener('click', open);
		});
		$effect(() => {
			const from = this.open?.from;
			if (!from) return;
			from.setAttribute('aria-expanded', 'true');
			return () => from.setAttribute('aria-expanded', 'false');
		});
		$effect(() => {
			const track = (event: FocusEvent) => (this.#focused = (event.target as Element).getAttribute?.(PIN_TRIGGER) ?? null);
			document.addEventListener('focusin', track);
			return () => document.removeEventListener('focusin', track);
		});
	}

	/** A pin pressed on the map: the same details as its button in `text`, where focus returns on close (the map's pins are not in the Tab order). */
	openFromMap(id: string, text: Element | null) {
		this.open = { id, from: pinButton(text, id) };
	}

	close(focus?: FocusOptions) {
		if (!this.open) return;
		const { from } = this.open;
		// Focus was in the details (or fell from them to the page) only: elsewhere it stays.
		const here = document.activeElement;
		const inDetails = !here || here === document.body || !!document.querySelector('[data-popup]')?.contains(here);
		this.open = null;
		if (inDetails && from?.isConnected) from.focus(focus);
	}
}
