// Camera maths shared by the static SVG map and the WebGL map. Both use Web Mercator with a
// 512-unit world at zoom 0 (MapLibre's tile size), so a step's camera means the same in both.
import type { Camera, LonLat } from '$lib/story/types';

export const WORLD = 512;

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface Size {
	width: number;
	height: number;
}

/** A map view as a 2D transform: screen = world * k + [x, y]. */
export interface ViewTransform {
	k: number;
	x: number;
	y: number;
}

export function project([lon, lat]: LonLat): [number, number] {
	const clamped = Math.max(-85.0511, Math.min(85.0511, lat));
	const sin = Math.sin((clamped * Math.PI) / 180);
	return [((lon + 180) / 360) * WORLD, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD];
}

export function unproject([x, y]: [number, number]): LonLat {
	const lon = (x / WORLD) * 360 - 180;
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / WORLD))) * 180) / Math.PI;
	return [lon, lat];
}

/** The centre and zoom a camera resolves to for a viewport of `size` with `padding`. */
export function resolveCamera(camera: Camera, size: Size, padding: Padding): { center: LonLat; zoom: number } {
	if ('center' in camera) return { center: camera.center, zoom: camera.zoom };
	const [x0, y1] = project(camera.bounds[0]);
	const [x1, y0] = project(camera.bounds[1]);
	const innerW = Math.max(1, size.width - padding.left - padding.right);
	const innerH = Math.max(1, size.height - padding.top - padding.bottom);
	const k = Math.min(innerW / Math.max(x1 - x0, 1e-6), innerH / Math.max(y1 - y0, 1e-6));
	const zoom = Math.min(Math.log2(k), camera.maxZoom);
	return { center: unproject([(x0 + x1) / 2, (y0 + y1) / 2]), zoom };
}

/** The transform that puts the camera's centre in the middle of the padded viewport. */
export function viewTransform(camera: Camera, size: Size, padding: Padding): ViewTransform {
	const { center, zoom } = resolveCamera(camera, size, padding);
	const k = 2 ** zoom;
	const [cx, cy] = project(center);
	const midX = padding.left + (size.width - padding.left - padding.right) / 2;
	const midY = padding.top + (size.height - padding.top - padding.bottom) / 2;
	return { k, x: midX - cx * k, y: midY - cy * k };
}

/** `data-camera` value: "lon,lat,zoom" with fixed precision, for tests and debugging. */
export function cameraAttribute(center: LonLat, zoom: number): string {
	return `${center[0].toFixed(3)},${center[1].toFixed(3)},${zoom.toFixed(2)}`;
}

/**
 * Room a pin takes above and to the right of its point: the label with city and date,
 * and the stem under it (`.pin` in global.css, `.svg-pin` in StaticMap.svelte).
 */
export const PIN_ROOM = { top: 52, right: 130 };

/**
 * Room the text takes over the map. On wide screens the text sits beside the map; on phones it
 * scrolls over the lower part, so the subject is framed in the upper part. A step with pins
 * also keeps room for their labels, so that a pin near the edge of the frame is not cut off.
 */
export function mapPadding(size: Size, overlay: boolean, pins = false): Padding {
	const edge = Math.round(Math.min(size.width, size.height) * 0.05) + 16;
	// The legend strip takes the top (two lines on narrow maps); the credit line the bottom.
	const legend = size.width < 700 ? 64 : 44;
	const top = edge + legend + (pins ? PIN_ROOM.top : 0);
	const right = edge + (pins ? PIN_ROOM.right : 0);
	const bottom = overlay ? Math.round(size.height * 0.45) : edge + 30;
	// On a tiny map (a phone zoomed to 400%: 320 × 176 px) the margins alone would fill it and a
	// view fitted to a box would fall back to the whole world; they shrink to leave the subject
	// at least a quarter of each side (no normal screen comes near: a phone's is 37%).
	const [t, b] = shrinkToFit(top, bottom, size.height);
	const [l, r] = shrinkToFit(edge, right, size.width);
	return { top: t, right: r, bottom: b, left: l };
}

/** Two margins, scaled down together if they take more than three quarters of `length`. */
function shrinkToFit(a: number, b: number, length: number): [number, number] {
	const room = length * 0.75;
	if (a + b <= room) return [a, b];
	const scale = room / (a + b);
	return [Math.round(a * scale), Math.round(b * scale)];
}
