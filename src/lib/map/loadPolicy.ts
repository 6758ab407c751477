// Whether the WebGL map can start. When it starts: once the reader has shown intent and then
// paused (see $lib/scroll/intent), since starting WebGL costs a second or more of main-thread
// time on slow devices (far more where WebGL is drawn in software) and 300 KB of script. Until
// then the page shows its text and the static SVG map, which already follows the steps.

export function supportsWebGL2(): boolean {
	// A sandboxed frame has an opaque origin: the map's worker could only start from a data: URL,
	// which the content security policy refuses. The static map serves there.
	if (self.origin === 'null') return false;
	try {
		return !!document.createElement('canvas').getContext('webgl2');
	} catch {
		return false;
	}
}
