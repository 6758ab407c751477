// A meeting pin for the WebGL map: a real button (focusable, Enter opens it) with the city and
// date always visible. The static map draws the same markup in StaticMap.svelte.
import type { Meeting } from '$lib/story/types';

/** The stem's centre, in pixels from the pin's left edge (`.pin-stem` in global.css): the point the pin marks. */
export const PIN_STEM_X = 7;

export function createPinElement(meeting: Meeting, onOpen: () => void): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'pin';
	button.dataset.pin = meeting.id;
	button.setAttribute('aria-haspopup', 'dialog');
	button.setAttribute('aria-label', pinLabel(meeting));
	button.innerHTML = `<span class="pin-label"><strong></strong> <span></span></span><span class="pin-stem" aria-hidden="true"></span>`;
	button.querySelector('strong')!.textContent = meeting.city;
	button.querySelector('.pin-label > span')!.textContent = meeting.dateLabel;
	button.addEventListener('click', (event) => {
		event.stopPropagation();
		onOpen();
	});
	return button;
}

export function pinLabel(meeting: Meeting): string {
	return `${meeting.city} ${meeting.dateLabel}: ${meeting.title}, show details`;
}
