// The WebGL map's worker: MapLibre's own, plus a `topojson://` protocol that turns the countries
// file (TopoJSON, about half the bytes of the same shapes as GeoJSON) into GeoJSON here, in the
// worker. Done on the main thread, the conversion and the copy of every coordinate to the worker
// were a task of several hundred milliseconds on a slow phone, in the middle of the reader's
// scroll. URLs: `topojson://<host>/<path>` for the shapes (fetched over the page's own scheme),
// `…#labels` for a point per country.
import MapLibreWorker from 'maplibre-gl/dist/maplibre-gl-worker.mjs';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { LonLat } from '$lib/story/types';
import { unwrapAntimeridian } from './antimeridian';

type Countries = FeatureCollection<Geometry, { id: string; name: string; label: LonLat }>;
type Load = (params: { url: string }) => Promise<{ data: FeatureCollection }>;
const worker = self as unknown as { worker?: unknown; addProtocol(name: string, load: Load): void };

// MapLibre's worker module starts itself when evaluated, but its package declares no side
// effects, so a bundler keeps only what is used: start it here unless it already has.
worker.worker ??= new MapLibreWorker(self);

const loaded = new Map<string, Promise<Countries>>();

function countries(url: string): Promise<Countries> {
	let shapes = loaded.get(url);
	if (!shapes) {
		shapes = fetch(url)
			.then((response) => {
				if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
				return response.json() as Promise<Topology>;
			})
			.then((topology) => {
				const collection = unwrapAntimeridian(feature(topology, topology.objects.countries) as unknown as Countries);
				for (const f of collection.features) f.properties.id = String(f.id);
				return collection;
			});
		loaded.set(url, shapes);
	}
	return shapes;
}

worker.addProtocol('topojson', async ({ url }) => {
	const { host, pathname, hash } = new URL(url);
	const shapes = await countries(`${self.location.protocol}//${host}${pathname}`);
	if (hash !== '#labels') return { data: shapes };
	const labels = shapes.features.map((f): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: f.properties.label }, properties: { id: f.properties.id, name: f.properties.name } }));
	return { data: { type: 'FeatureCollection', features: labels } };
});
