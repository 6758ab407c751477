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
	/** Layer id → the ids of the shapes the build projected for its areas or lines. */
	shapes: Record<string, string[]>;
}

/** Element id of a country's (or an areas or lines layer's feature) shape in the page's hidden defs. */
export const shapeId = (id: string): string => `shape-${id}`;
