// The WebGL map (maplibre-gl), loaded lazily once the page is readable. It is driven one way:
// `show(view)` sets the camera and the step's global state; it reports nothing back but its
// camera after each move (for the `data-camera` attribute) and pin clicks.
import * as maplibregl from 'maplibre-gl';
import type { Map as MlMap, Marker } from 'maplibre-gl';
import workerUrl from './worker?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LonLat, MapLayer, Pin } from '$lib/story/types';
import type { Padding } from './camera';
import { hatchImage } from './hatch';
import { createPinElement, PIN_STEM_X } from './pinElement';
import { buildStyle, FONT, hatchName, type MapState } from './style';
import { pointsGeoJSON, type StyledPoint } from './features';
import { m } from '$lib/paraglide/messages';

export interface MapView {
	center: LonLat;
	zoom: number;
	padding: Padding;
	state: MapState;
	pins: string[];
	instant: boolean;
}

export interface StoryMapOptions {
	geoUrl: string;
	points: StyledPoint[];
	layers: MapLayer[];
	pins: Pin[];
	/** Country code → its label, where the page's language is not the map file's (English). */
	names: Record<string, string>;
	initial: MapView;
	onMove: (center: LonLat, zoom: number) => void;
	/** The camera started (true) or finished (false) a move. */
	onMoving: (moving: boolean) => void;
	/** A pin was clicked or tapped. */
	onPin: (id: string) => void;
	/** The GPU dropped the WebGL context (MapLibre restores it if the browser gives it back). */
	onContextLost: () => void;
	onContextRestored: () => void;
}

export interface StoryMap {
	show(view: MapView): void;
	destroy(): void;
	/** For `npm run dev`'s camera helper only (src/lib/dev/cameraHelper.ts), which reads the camera
	 * to write a step's `view:`; the page drives the map through `show` alone. */
	readonly map: MlMap;
}

export async function createStoryMap(container: HTMLElement, options: StoryMapOptions): Promise<StoryMap> {
	maplibregl.setWorkerUrl(new URL(workerUrl, location.href).href);
	// The worker fetches and converts the shapes itself (./worker.ts): none of it runs here.
	const geo = (file: string) => new URL(`${options.geoUrl}/${file}`, location.href);
	const topojson = (file: string, part = '') => `topojson://${geo(file).host}${geo(file).pathname}${part}`;
	// Labels are drawn from the page's own font: make sure it is loaded before the first frame,
	// in every face the labels need (Cyrillic on /uk/ and /ru/), or MapLibre caches fallback glyphs.
	const labels = [...options.points.map((p) => p.label), ...options.pins.map((p) => p.label), ...Object.values(options.names)].join('');
	await Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 12px "${FONT}"`, labels || 'A')));

	const { initial } = options;
	const map: MlMap = new maplibregl.Map({
		container,
		style: buildStyle({ countries: topojson('countries.json'), countryLabels: topojson('countries.json', '#labels'), names: options.names, points: pointsGeoJSON(options.points), layers: options.layers, geo: (url) => new URL(url, new URL(`${options.geoUrl}/../`, location.href)).href }),
		center: initial.center,
		zoom: initial.zoom,
		interactive: false,
		attributionControl: false,
		renderWorldCopies: false,
		fadeDuration: 150,
		// MapLibre names the canvas ("Map"); hidden from assistive technology here, but in the page's language all the same.
		locale: { 'Map.Title': m.map_region() }
	});
	map.getCanvas().setAttribute('aria-hidden', 'true');
	map.on('webglcontextlost', () => options.onContextLost());
	map.on('webglcontextrestored', () => options.onContextRestored());
	const markers = new Map<string, Marker>();
	for (const pin of options.pins) {
		const element = createPinElement(pin, () => options.onPin(pin.id));
		// The stem, at the label's left, marks the place; a centred anchor would put the
		// middle of the label there and the stem half a label to the west.
		markers.set(pin.id, new maplibregl.Marker({ element, anchor: 'bottom-left', offset: [-PIN_STEM_X, 0] }).setLngLat([pin.lon, pin.lat]));
	}

	// The hatch images must exist before the first tiles are laid out. The style loads again after
	// a lost GPU context is restored; the step's state is then applied again (see `show`).
	let current: MapView = options.initial;
	map.on('style.load', () => {
		for (const layer of options.layers) {
			if (layer.kind !== 'areas' || (layer.fill !== 'hatch' && layer.fill !== 'cross-hatch')) continue;
			if (!map.hasImage(hatchName(layer.id))) map.addImage(hatchName(layer.id), hatchImage(layer.fill, layer.color));
		}
		applyState(current);
	});
	map.on('movestart', () => options.onMoving(true));
	map.on('moveend', () => {
		const c = map.getCenter();
		options.onMove([c.lng, c.lat], map.getZoom());
		options.onMoving(false);
	});

	function applyState(view: MapView) {
		// While the style reloads (after a restored GPU context) it refuses changes; 'style.load' re-applies.
		if (!map.style?._loaded) return;
		for (const [name, value] of Object.entries(view.state)) map.setGlobalStateProperty(name, value);
		for (const [id, marker] of markers) {
			if (view.pins.includes(id)) marker.addTo(map);
			else marker.remove();
		}
	}

	const show = (view: MapView) => {
		current = view;
		applyState(view);
		const camera = { center: view.center, zoom: view.zoom, padding: view.padding };
		if (view.instant) map.jumpTo(camera);
		else map.flyTo({ ...camera, duration: 1800, curve: 1.3, essential: true });
	};

	// A source the worker cannot load (a missing file, a broken network) fails the start, and the
	// static map stays; MapLibre would otherwise draw the map without it.
	const failed = new Promise<never>((_, reject) => map.once('error', (event) => reject(event.error ?? new Error('the map could not load its data'))));
	try {
		await Promise.race([map.once('load'), failed]);
		show({ ...initial, instant: true });
		// Drawn before it is shown: the static map stays until the first frame is complete, so the
		// map area is never blank (a projector in class would show the blank to the room).
		await Promise.race([map.once('idle'), failed]);
	} catch (error) {
		map.remove();
		throw error;
	}
	return {
		show,
		destroy: () => map.remove(),
		map
	};
}
