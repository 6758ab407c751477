// Swipes, with pointer events: fingers, pens, and whiteboards that report a mouse. This remembers
// where a press started; swipeAction (keys.ts) decides what the move to its release means.
import { swipeAction } from './keys';

export class Swipe {
	#start: { id: number; x: number; y: number } | null = null;

	down = (event: PointerEvent): void => {
		if (!event.isPrimary || (event.pointerType === 'mouse' && event.button !== 0)) return;
		this.#start = { id: event.pointerId, x: event.clientX, y: event.clientY };
	};

	/** The step the press that ends here asks for, if it was a swipe. */
	up = (event: PointerEvent): 'next' | 'prev' | null => {
		const start = this.#start;
		if (!start || event.pointerId !== start.id) return null;
		this.#start = null;
		const action = swipeAction(event.clientX - start.x, event.clientY - start.y);
		// A mouse drag over the text selects it rather than turning the page.
		if (action && event.pointerType === 'mouse' && String(getSelection() ?? '').trim()) return null;
		return action;
	};

	cancel = (): void => {
		this.#start = null;
	};
}
