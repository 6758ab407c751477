// The story's GeoJSON files (its areas and lines layers), published at /geo/story/<file> from
// the story's folder, so the WebGL map can load them like the basemap in /geo. Prerendered:
// one file per file a layer declares, and the offline cache holds them with the pages.
import { error } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadStory } from '$lib/server/story/load';
import { storyDir } from '$lib/server/story/folder';
import { geoFile } from '$lib/server/story/layers';

export const prerender = true;

const declared = () => [...new Set(loadStory().layers.flatMap((l) => ((l.kind === 'areas' || l.kind === 'lines') && l.url ? [geoFile(l.url)] : [])))];

export function entries() {
	return declared().map((file) => ({ file }));
}

export function GET({ params }) {
	if (!declared().includes(params.file)) error(404, `No layer declares geo file "${params.file}"`);
	// Parsed and written again: one line, none of the file's own spacing.
	const data = JSON.parse(readFileSync(resolve(storyDir(), params.file), 'utf8'));
	return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
}
