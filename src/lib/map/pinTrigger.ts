// A pin's details open from two places: the pin drawn on the map (for the pointer) and the
// pin's button in its step's text (for everyone, in reading order: PinButtons.svelte). The
// buttons on the story page are prerendered HTML that nothing hydrates, so the map finds them
// by this attribute, from one click listener on the page (MapPanel).

/** The attribute a pin's button in the text carries, holding the pin's id. */
export const PIN_TRIGGER = 'data-open-pin';

export interface OpenPin {
	id: string;
	/** Where focus returns when the details close: the pin's button in the text, if there is one. */
	from: HTMLElement | null;
}

/** The pin a click in the step texts asks for, if it was on a pin's button. */
export function pinFromClick(event: Event): OpenPin | null {
	const button = (event.target as Element | null)?.closest?.<HTMLElement>(`[${PIN_TRIGGER}]`);
	return button ? { id: button.getAttribute(PIN_TRIGGER)!, from: button } : null;
}

/** The button for a pin inside `root` (the active step's text), where focus goes back to. */
export function pinButton(root: Element | null | undefined, id: string): HTMLElement | null {
	return root?.querySelector<HTMLElement>(`[${PIN_TRIGGER}="${CSS.escape(id)}"]`) ?? null;
}
