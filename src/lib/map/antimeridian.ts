// MapLibre draws GeoJSON on a flat plane: a ring that crosses the 180° meridian (the far
// north-east of Asia, Fiji) would be drawn as a band right across the world. d3-geo, which draws the static
// map, clips on the sphere and needs no help. Shifting the ring's western points by +360° keeps
// it whole; MapLibre accepts longitudes past 180.
import type { FeatureCollection, Geometry, Position } from 'geojson';

function unwrapRing(ring: Position[]): Position[] {
	const lons = ring.map((p) => p[0]);
	if (Math.min(...lons) >= -170 || Math.max(...lons) <= 170) return ring;
	return ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
}

function unwrapGeometry(geometry: Geometry): Geometry {
	if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
	if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
	return geometry;
}

export function unwrapAntimeridian<T extends FeatureCollection>(collection: T): T {
	return { ...collection, features: collection.features.map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry) })) };
}
