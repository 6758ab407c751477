// `npm run check:story`: validates the story's content (data/, or data/stories/<slug>/ with
// STORY=<slug>) before the site is built.
// Prints one `file:line:col field: message` line per problem and exits 1, never a stack trace.
import { formatIssue, StoryError } from '../src/lib/server/story/errors';
import { loadStory } from '../src/lib/server/story/load';
import { storyDir } from '../src/lib/server/story/folder';

try {
	storyDir();
} catch (error) {
	// STORY names no story folder: the message lists the stories there are.
	console.error((error as Error).message);
	process.exit(1);
}

try {
	const story = loadStory();
	console.log(`story ok: ${story.steps.length} steps (${story.steps.map((s) => s.id).join(', ')})`);
} catch (error) {
	if (!(error instanceof StoryError)) throw error;
	console.error(`The story data has ${error.issues.length} problem(s); the site was not built:`);
	for (const issue of error.issues) console.error(`  ${formatIssue(issue)}`);
	process.exit(1);
}
