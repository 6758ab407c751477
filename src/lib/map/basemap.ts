// What the page knows about the static map's shapes. The shapes themselves are in
// static/geo/basemap.svg, written at build time by src/lib/server/basemap.ts.

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
