// Print only: country fills that stay apart on a black-and-white printer. The screen palette
// keeps Russia, Ukraine and NATO apart by hue; in grey, several of its fills come out at
// nearly the same lightness (NATO 1952–1982 next to Russia, the light NATO blues next to
// Belarus and Ukraine). On the handout every NATO fill gets fine horizontal lines and Belarus
// fine dots, over the same colour; Russia and Ukraine stay solid (Ukraine is where the
// disputed areas' diagonal hatches go), and a "country in focus", as light as Ukraine, is told
// apart by its heavy outline. The map and the legend swatches get the same marks.
//
// The static map and the legend draw fills as `fill="<palette colour>"` attributes; the rules
// below replace a fill, matched by that colour, with a pattern, so neither shared component
// changes. Patterns are drawn in the units of the element they fill: the map's country shapes
// are scaled by k / BASEMAP_SCALE, so each map gets its own patterns scaled back by the inverse.
import { CATEGORY_COLORS, COLORS, type Category } from '$lib/map/palette';

export type Mark = 'solid' | 'lines' | 'dots';

export interface PrintFill {
	mark: Mark;
	/** Drawn with a heavy outline, as the map outlines it (legend swatches get the same edge). */
	outline?: boolean;
	/** Colour of the marks (white on dark fills, ink on light ones). */
	ink?: string;
	opacity?: number;
}

/** Period of the marks on paper, in CSS pixels (about 1.3 mm). */
export const PERIOD = 5;

export const PRINT_FILLS: Record<Category, PrintFill> = {
	land: { mark: 'solid' },
	focus: { mark: 'solid', outline: true },
	russia: { mark: 'solid' },
	ukraine: { mark: 'solid' },
	belarus: { mark: 'dots', ink: COLORS.ink, opacity: 0.6 },
	'nato-founding': { mark: 'lines', ink: '#ffffff', opacity: 0.55 },
	'nato-cold-war': { mark: 'lines', ink: '#ffffff', opacity: 0.65 },
	'nato-post-1997': { mark: 'lines', ink: COLORS.ink, opacity: 0.4 },
	nato: { mark: 'lines', ink: COLORS.ink, opacity: 0.35 },
	'nato-flank': { mark: 'lines', ink: '#ffffff', opacity: 0.55 }
};

export const PATTERNED = (Object.keys(PRINT_FILLS) as Category[]).filter((c) => PRINT_FILLS[c].mark !== 'solid');

/** Relative lightness (0–255) a greyscale printer or copier gives a colour (Rec. 601 luma). */
export function luma(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return 0.299 * r + 0.587 * g + 0.114 * b;
}

export function patternId(scope: string, category: Category): string {
	return `print-fill-${scope}-${category}`;
}

/**
 * CSS that swaps each patterned fill for its pattern inside `container`, on `element`s
 * (`use` for the map's countries, `rect` for legend swatches).
 */
export function fillRules(container: string, scope: string, element: 'use' | 'rect'): string {
	const fills = PATTERNED.map((c) => `${container} ${element}[fill="${CATEGORY_COLORS[c]}"] { fill: url(#${patternId(scope, c)}); }`);
	// On the map the outline is the step's highlight, drawn by the map itself; swatches need their own.
	const outlines =
		element === 'rect'
			? (Object.keys(PRINT_FILLS) as Category[])
					.filter((c) => PRINT_FILLS[c].outline)
					.map((c) => `${container} rect[fill="${CATEGORY_COLORS[c]}"] { stroke: ${COLORS.ink}; stroke-width: 1.6px; }`)
			: [];
	return [...fills, ...outlines].join('\n');
}
