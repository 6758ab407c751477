// A deep link (`/#<step>`) scrolls the page once, on arrival, to its step. Until the reader
// moves, the step is held where that put it while the page above settles (fonts arriving, a
// late layout): engines without CSS scroll anchoring (WebKit) would otherwise let the step
// slide down past the reading line. The reader's first scroll of any kind ends the hold;
// nothing else ever scrolls the page.

const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

export function holdDeepLink(target: HTMLElement, above: HTMLElement): () => void {
	let held = 0;
	const align = () => {
		target.scrollIntoView({ block: 'start', behavior: 'instant' });
		held = target.getBoundingClientRect().top;
	};
	// A scroll that moved the step (the scrollbar, find-in-page, a script) is the reader's; the
	// engine's own scroll anchoring keeps the step where it is and so does not count.
	const onScroll = () => {
		if (Math.abs(target.getBoundingClientRect().top - held) > 2) release();
	};
	const resized = new ResizeObserver(align);
	const release = () => {
		resized.disconnect();
		window.removeEventListener('scroll', onScroll);
		for (const type of READER_MOVES) window.removeEventListener(type, release, true);
	};
	for (const type of READER_MOVES) window.addEventListener(type, release, { capture: true, passive: true });
	window.addEventListener('scroll', onScroll, { passive: true });
	align();
	// Anything above the step that changes size moves it; `above` holds it and all before it.
	resized.observe(above);
	return release;
}
