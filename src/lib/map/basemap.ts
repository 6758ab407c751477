// What the page knows about the static map's shapes. The shapes themselves are hidden SVG defs
// at the end of each page, written at build time by src/lib/server/basemap.ts.

/** The file's units are this many times MapLibre's 512-unit world: integer coordinates are then sharp to zoom ~6. */
export const BASEMAP_SCALE = 8;

export interface BasemapCountry {
	id: string;
	name: string;
	/** Label point in 512-unit world coordinates. */
	label: [number, number];
}

export interface Basemap {
	countries: BasemapCountry[];
	disputed: { id: string; name: string }[];
}

/** Element id of a country's (or disputed area's) shape in the page's hidden defs. */
export const shapeId = (id: string): string => `shape-${id}`;
