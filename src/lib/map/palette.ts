// The map's own colours, the same on both maps (WebGL and static SVG), in the legends and on
// paper. A story's layers bring their own colours (checked for contrast by the loader), or take
// one of the colour-blind-safe palettes below.

export const COLORS = {
	sea: '#dfe7ec',
	land: '#f4f2ed',
	border: '#ffffff',
	coast: '#b9c3c9',
	/** A country a step highlights that no layer colours. */
	focus: '#d6cfbf',
	pin: '#111827',
	ink: '#1f2328',
	inkSoft: '#4a5158',
	halo: '#ffffff'
} as const;

/** What an otherwise uncoloured country that a step highlights means, in the legend. */
export const FOCUS_LABEL = 'Country in focus';

/**
 * Sequential blues (ColorBrewer "Blues", 7 classes) and Okabe–Ito's categorical set: both keep
 * classes apart for the common colour-vision deficiencies.
 */
const PALETTES = {
	blues: ['#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'],
	categorical: ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7']
} as const;

/** `n` colours from a palette: spread over the sequential one (light to dark), in order from the categorical one. */
export function paletteColors(palette: keyof typeof PALETTES, n: number): string[] {
	const colors = PALETTES[palette];
	if (palette === 'categorical' || n >= colors.length) return Array.from({ length: n }, (_, i) => colors[i % colors.length]);
	if (n === 1) return [colors[colors.length - 2]];
	return Array.from({ length: n }, (_, i) => colors[Math.round(1 + (i * (colors.length - 2)) / (n - 1))]);
}
