// Print only: country fills that stay apart on a black-and-white printer. On screen a story's
// fills are told apart by hue; in grey, two of them can come out at nearly the same lightness.
// A story says how such a fill prints (`print: { mark: lines | dots, opacity }` on a fill or
// class): on the handout it gets fine lines or dots over the same colour, white on dark fills
// and ink on light ones. A "country in focus" is told apart by its heavy outline. The map and
// the legend swatches get the same marks.
//
// The static map and the legend draw fills as `fill="<colour>"` attributes; the rules below
// replace a fill, matched by that colour, with a pattern, so neither shared component changes.
// Patterns are drawn in the units of the element they fill: the map's country shapes are scaled
// by k / BASEMAP_SCALE, so each map gets its own patterns scaled back by the inverse.
import { COLORS } from '$lib/map/palette';
import { FOCUS } from '$lib/map/theme';
import type { MapLayer } from '$lib/story/types';

export interface Patterned {
	color: string;
	mark: 'lines' | 'dots';
	/** Colour of the marks: white on dark fills, ink on light ones. */
	ink: string;
	opacity: number;
}

/** Period of the marks on paper, in CSS pixels (about 1.3 mm). */
export const PERIOD = 5;
/** Fills darker than this (in luma) get white marks. */
const DARK = 140;

/** Relative lightness (0–255) a greyscale printer or copier gives a colour (Rec. 601 luma). */
export function luma(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return 0.299 * r + 0.587 * g + 0.114 * b;
}

/** The story's fills that print with marks, once per colour. */
export function patternedFills(layers: MapLayer[]): Patterned[] {
	const out = new Map<string, Patterned>();
	for (const layer of layers) {
		if (layer.kind !== 'fills') continue;
		for (const { color, print } of layer.classes) {
			if (!print || print.mark === 'solid' || out.has(color)) continue;
			out.set(color, { color, mark: print.mark, ink: luma(color) < DARK ? '#ffffff' : COLORS.ink, opacity: print.opacity ?? 0.5 });
		}
	}
	return [...out.values()];
}

export const patternId = (scope: string, index: number): string => `print-fill-${scope}-${index}`;

/**
 * CSS that swaps each patterned fill for its pattern inside `container`, on `element`s
 * (`use` for the map's countries, `rect` for legend swatches).
 */
export function fillRules(container: string, scope: string, element: 'use' | 'rect', patterned: Patterned[]): string {
	const fills = patterned.map((p, i) => `${container} ${element}[fill="${p.color}"] { fill: url(#${patternId(scope, i)}); }`);
	// On the map the focus outline is the step's highlight, drawn by the map itself; swatches need their own.
	const outline = element === 'rect' ? [`${container} rect[fill="${FOCUS.color}"] { stroke: ${COLORS.ink}; stroke-width: 1.6px; }`] : [];
	return [...fills, ...outline].join('\n');
}
