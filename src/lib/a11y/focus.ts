// The focus indicator's colours, as global.css (--focus-ring, --focus-halo) and present.css
// declare them; tests/unit/contrast.test.ts checks both files against these and each pair
// against every ground it is drawn on.
import { COLORS } from '$lib/map/palette';

export const FOCUS = {
	/** The page, cards, the map: a dark ring between white halos. */
	light: { ring: COLORS.ink, halo: '#ffffff' },
	/** /present and its speaker view: an amber ring between dark halos. */
	dark: { ring: '#f5a300', halo: '#101317' }
} as const;
