// `npm run dev` only: the gestures the camera helper (./cameraHelper.ts) lends the story's map,
// which is otherwise not interactive (src/lib/map/storyMap.ts creates it with `interactive: false`:
// MapLibre still builds its handlers, only leaves them off, so they can be enabled later).
import type { Map as MlMap } from 'maplibre-gl';

/**
 * Turns on the gestures an author needs to frame a view (drag, wheel, pinch, double-click and
 * shift-drag zoom; never rotation or pitch, which a step's camera does not have), and returns what
 * puts them back as they were.
 */
export function enableGestures(map: MlMap): () => void {
	const handlers = [map.dragPan, map.scrollZoom, map.touchZoomRotate, map.doubleClickZoom, map.boxZoom];
	const were = handlers.map((handler) => handler.isEnabled());
	for (const handler of handlers) handler.enable();
	map.touchZoomRotate.disableRotation();
	// MapLibre's grab cursor, which `interactive: false` leaves out.
	const container = map.getCanvasContainer();
	const hadCursor = container.classList.contains('maplibregl-interactive');
	container.classList.add('maplibregl-interactive');
	return () => {
		handlers.forEach((handler, i) => {
			if (!were[i]) handler.disable();
		});
		map.touchZoomRotate.enableRotation();
		if (!hadCursor) container.classList.remove('maplibregl-interactive');
	};
}
