// Which story a build tells: the default one in data/, or data/stories/<slug>/ when the STORY
// environment variable names one (`STORY=<slug> npm run build`). Both folders have the same layout.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const STORIES_DIR = 'data/stories';

/** The story folder, relative to the repository's root. */
export function storyDir(root = process.cwd(), slug = process.env.STORY): string {
	if (!slug) return 'data';
	const dir = `${STORIES_DIR}/${slug}`;
	if (!/^[a-z][a-z0-9-]*$/.test(slug) || !existsSync(resolve(root, dir, 'story.yaml'))) {
		const known = existsSync(resolve(root, STORIES_DIR)) ? readdirSync(resolve(root, STORIES_DIR)).filter((d) => existsSync(resolve(root, STORIES_DIR, d, 'story.yaml'))) : [];
		throw new Error(`STORY=${slug}: no ${dir}/story.yaml. Stories: ${known.join(', ') || 'none'} (leave STORY unset for the story in data/)`);
	}
	return dir;
}
