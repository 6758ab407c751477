// The scroll engine: which step is at the reading line (the middle of the viewport).
// Like scrollama, an IntersectionObserver watches a one-pixel band at the line, so nothing runs
// on scroll events. When the band changes, the active step is measured directly (the last step
// whose top is above the line), which stays right after fast jumps and at the page's ends.
// Steps that change size (a font arriving, a resize) move the others without crossing the band,
// so a ResizeObserver measures again then.

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
	const observer = new IntersectionObserver(measure, { rootMargin: '-50% 0px -50% 0px', threshold: 0 });
	const resized = new ResizeObserver(measure);
	for (const el of steps) {
		observer.observe(el);
		resized.observe(el);
	}
	// Rotations and resizes move the line without crossing anything.
	window.addEventListener('resize', measure);
	measure();
	return () => {
		observer.disconnect();
		resized.disconnect();
		window.removeEventListener('resize', measure);
	};
}
