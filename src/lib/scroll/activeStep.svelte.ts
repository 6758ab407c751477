// The scroll engine: which step is at the reading line (the middle of the viewport): the last
// step whose top has passed it, measured directly, which stays right after fast jumps and at
// the page's ends. It measures once per frame in which the page scrolled, and when the steps
// or the window change size (a font arriving, a rotation), which moves the steps without a scroll.
// An IntersectionObserver on a one-pixel band at the line (scrollama's trick) was the first
// design, but Chromium skipped its update on some instant jumps (a step whose edge lands exactly
// on the band's edge), leaving the old step active until the next scroll.

/** The last step whose top is at or above the reading line; the first step before any is. */
export function activeIndex(tops: number[], line: number): number {
	let active = 0;
	tops.forEach((top, i) => {
		if (top <= line) active = i;
	});
	return active;
}

export function watchActiveStep(steps: HTMLElement[], onChange: (index: number) => void): () => void {
	const measure = () => onChange(activeIndex(steps.map((el) => el.getBoundingClientRect().top), window.innerHeight / 2));
	// One measurement per frame however many scroll events arrive: eight boxes read from a
	// layout the scroll did not dirty.
	let frame = 0;
	const onScroll = () => {
		if (!frame) frame = requestAnimationFrame(() => {
			frame = 0;
			measure();
		});
	};
	const resized = new ResizeObserver(measure);
	for (const el of steps) resized.observe(el);
	window.addEventListener('scroll', onScroll, { passive: true });
	window.addEventListener('resize', measure);
	measure();
	return () => {
		cancelAnimationFrame(frame);
		resized.disconnect();
		window.removeEventListener('scroll', onScroll);
		window.removeEventListener('resize', measure);
	};
}
