// A pin for the WebGL map, with the city and date always visible: for the pointer only.
// Keyboard and screen-reader readers open the same details from the pin's button in the step's
// text (PinButtons.svelte), in reading order; a pin here, before every step in the page, would
// be out of it. The static map draws the same markup in StaticMap.svelte.
import type { Pin } from '$lib/story/types';

/** The stem's centre, in pixels from the pin's left edge (`.pin-stem` in global.css): the point the pin marks. */
export const PIN_STEM_X = 7;

export function createPinElement(data: Pin, onOpen: () => void): HTMLElement {
	const pin = document.createElement('div');
	pin.className = 'pin';
	pin.dataset.pin = data.id;
	pin.setAttribute('aria-hidden', 'true');
	pin.innerHTML = `<span class="pin-label"><strong></strong> <span></span></span><span class="pin-stem" aria-hidden="true"></span>`;
	pin.querySelector('strong')!.textContent = data.label;
	pin.querySelector('.pin-label > span')!.textContent = data.dateLabel;
	pin.addEventListener('click', (event) => {
		event.stopPropagation();
		onOpen();
	});
	return pin;
}

