// The story's preview image for social sites and oEmbed (1200×630) at /share/preview.png, from
// share.png in the story's folder (made by `npm run screenshots`). A story without one yet (a new
// story before its first screenshots) builds without a preview image.
import { error } from '@sveltejs/kit';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { storyDir } from '$lib/server/story/folder';

export const prerender = true;

const file = () => resolve(storyDir(), 'share.png');

export function entries() {
	return existsSync(file()) ? [{ file: 'preview.png' }] : [];
}

export function GET({ params }) {
	if (params.file !== 'preview.png' || !existsSync(file())) error(404, 'No preview image');
	return new Response(readFileSync(file()), { headers: { 'content-type': 'image/png' } });
}
