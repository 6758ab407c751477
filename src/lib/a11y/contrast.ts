// WCAG 2.x contrast, for tests and for choosing colours: relative luminance of sRGB colours and
// the ratio between two of them (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).

/** '#rgb' or '#rrggbb', optionally composited over an opaque backdrop at `alpha`. */
export function rgb(hex: string): [number, number, number] {
	const h = hex.replace('#', '');
	const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
	return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** A translucent colour as it shows over an opaque one. */
export function over(top: string, alpha: number, backdrop: string): string {
	const [a, b] = [rgb(top), rgb(backdrop)];
	return '#' + a.map((c, i) => Math.round(c * alpha + b[i] * (1 - alpha)).toString(16).padStart(2, '0')).join('');
}

export function luminance(hex: string): number {
	const [r, g, b] = rgb(hex).map((c) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}
