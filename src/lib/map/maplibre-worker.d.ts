// MapLibre's worker module, which ./worker.ts starts: its class takes the worker's global scope.
declare module 'maplibre-gl/dist/maplibre-gl-worker.mjs' {
	export default class MapLibreWorker {
		constructor(scope: typeof globalThis);
	}
}
