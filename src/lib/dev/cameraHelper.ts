// `npm run dev` only: the authors' camera helper on the scrolling page. MapPanel imports this
// module dynamically behind `import.meta.env.DEV`, so a build leaves it (and the component) out.
//
// Alt+C (or its button) opens a panel that writes the active step's camera as the YAML to paste
// into that step in story.yaml (./cameraYaml.ts). While it is open the author may pan and zoom the
// WebGL map, which is otherwise not interactive (src/lib/map/storyMap.ts, `interactive: false`);
// closing it turns those gestures off again. The helper only reads the map: the story still
// drives it one way (scroll → active step → map), and a new step moves it as always.
import { mount, unmount } from 'svelte';
import { page } from '$app/state';
import type { Map as MlMap } from 'maplibre-gl';
import type { MapLayer, StepView } from '$lib/story/types';
import CameraHelper from '$lib/components/dev/CameraHelper.svelte';

export interface CameraHelperInput {
	map: MlMap;
	/** The active step: a getter, so the panel follows the story. */
	readonly step: StepView;
	layers: MapLayer[];
}

/** Adds the helper to the page (the scrolling story's only); returns what removes it. */
export function attachCameraHelper(input: CameraHelperInput): () => void {
	// Presenter, speaker view and embeds have maps too; the helper is for the story page.
	if (page.route.id !== '/') return () => {};
	const helper = mount(CameraHelper, { target: document.body, props: input });
	return () => void unmount(helper);
}
