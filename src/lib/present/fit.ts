// Long steps on a projector: the caption's type and spacing shrink a little until the text
// fits; beyond that it scrolls. The shrink is one CSS variable, --fit, that the caption's
// styles multiply by (body text by at most 2.5%, so it stays at 28 px or more on a 1920×1080
// projector; headings and spacing by more).

/** The smallest --fit: below it the caption scrolls rather than shrinks further. */
export const FIT_MIN = 0.85;
const FIT_STEP = 0.025;

// Layout sizes only (offsetHeight): the step's entrance transform must not count.
function tooTall(box: HTMLElement): boolean {
	const inner = box.firstElementChild as HTMLElement | null;
	if (!inner) return false;
	const style = getComputedStyle(box);
	return inner.offsetHeight + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) > box.clientHeight + 1;
}

/** Sets the box's --fit to the largest value, from 1 down to FIT_MIN, at which its content fits. Returns whether it still overflows. */
export function fitToBox(box: HTMLElement): boolean {
	let f = 1;
	box.style.setProperty('--fit', '1');
	while (tooTall(box) && f > FIT_MIN + 1e-6) {
		f = Math.round((f - FIT_STEP) * 1000) / 1000;
		box.style.setProperty('--fit', String(f));
	}
	return tooTall(box);
}

/** Fits again whenever the box changes size (window, rotation, zoom) or the web fonts arrive. Returns the cleanup. */
export function refitOnResize(box: HTMLElement, fit: () => void): () => void {
	const observer = new ResizeObserver(() => fit());
	observer.observe(box);
	void document.fonts?.ready.then(fit);
	return () => observer.disconnect();
}
