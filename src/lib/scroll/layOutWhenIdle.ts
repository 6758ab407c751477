// Step cards start with `content-visibility: auto` (global.css): the browser lays out only the
// ones near the screen, which takes a third or more off the work before the first paint on a
// phone. Left like that, each card would be laid out as the reader scrolls to it, in the middle
// of the scroll (bench:scroll's long tasks went from 340 to 575 ms). So once the reader shows
// intent, the cards are laid out one per idle moment, ahead of the reader.
import { onReaderIntent } from './intent';

type Idle = (callback: () => void) => number;

export function layOutWhenIdle(cards: HTMLElement[]): () => void {
	const idle: Idle = window.requestIdleCallback ?? ((callback) => window.setTimeout(callback, 50));
	const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
	let next = 0;
	let handle: number | undefined;
	const layOutOne = () => {
		const card = cards[next++];
		if (!card) return;
		card.style.contentVisibility = 'visible';
		// Lay it out now, in this idle moment, rather than in a frame of the reader's scroll.
		void card.offsetHeight;
		handle = idle(layOutOne);
	};
	const cancelWait = onReaderIntent(() => (handle = idle(layOutOne)));
	return () => {
		cancelWait();
		if (handle !== undefined) cancelIdle(handle);
	};
}
