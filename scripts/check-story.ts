// `npm run check:story`: validates the story's content (data/, or data/stories/<slug>/ with
// STORY=<slug>) before the site is built, in English and in every language it is translated into
// (i18n/<locale>.yaml in its folder).
// Prints one `file:line:col field: message` line per problem and exits 1, never a stack trace.
// A translated text whose English changed since it was translated is a warning
// (`warning: file:line:col field: …`): it is printed, and the build goes on.
import { formatIssue, StoryError, type StoryIssue } from '../src/lib/server/story/errors';
import { loadStory } from '../src/lib/server/story/load';
import { storyDir } from '../src/lib/server/story/folder';
import type { Story } from '../src/lib/story/types';

let dir: string;
try {
	dir = storyDir();
} catch (error) {
	// STORY names no story folder: the message lists the stories there are.
	console.error((error as Error).message);
	process.exit(1);
}

const errors: StoryIssue[] = [];
const warnings: StoryIssue[] = [];
/** The story in `locale`, or undefined with its problems added to `errors`. */
function load(locale: string): Story | undefined {
	try {
		return loadStory(process.cwd(), dir, locale, warnings);
	} catch (error) {
		if (!(error instanceof StoryError)) throw error;
		errors.push(...error.issues);
	}
}

const story = load('en');
const translated = (story?.meta.locales ?? []).filter((l) => l !== 'en').filter((l) => load(l));
for (const issue of warnings) console.warn(`warning: ${formatIssue(issue)}`);
if (errors.length || !story) {
	console.error(`The story data has ${errors.length} problem(s); the site was not built:`);
	for (const issue of errors) console.error(`  ${formatIssue(issue)}`);
	process.exit(1);
}
const languages = translated.length ? `; translated into ${translated.join(', ')}` : '';
console.log(`story ok: ${story.steps.length} steps (${story.steps.map((s) => s.id).join(', ')})${languages}${warnings.length ? `; ${warnings.length} warning(s)` : ''}`);
