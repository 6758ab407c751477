// The scroll engine: which step is at the reading line (the middle of the viewport).
// Like scrollama, an IntersectionObserver watches a one-pixel band at the line, so nothing runs
// on scroll events. When the band changes, the active step is measured directly (the last step
// whose top is above the line), which stays right after fast jumps and at the page's ends.

export function watchActiveStep(steps: HTMLElement[], onChange: (index: number) => void): () => void {
	const measure = () => {
		const line = window.innerHeight / 2;
		let active = 0;
		steps.forEach((el, i) => {
			if (el.getBoundingClientRect().top <= line) active = i;
		});
		onChange(active);
	};
	const observer = new IntersectionObserver(measure, { rootMargin: '-50% 0px -50% 0px', threshold: 0 });
	for (const el of steps) observer.observe(el);
	// Rotations and resizes move the line without crossing anything.
	window.addEventListener('resize', measure);
	measure();
	return () => {
		observer.disconnect();
		window.removeEventListener('resize', measure);
	};
}
