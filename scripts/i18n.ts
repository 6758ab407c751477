// `npm run i18n -- <status|stamp|scaffold> <locale> [field…]`: keeps a story's translation
// (i18n/<locale>.yaml in its folder; STORY=<slug> for a story under data/stories/) in step with
// the English.
//   status <locale>            lists the texts that are missing, not translated yet, stale (their
//                              English changed since they were stamped) or not stamped.
//   stamp <locale> [field…]    records that the named texts (a field such as steps.geneva.title,
//                              or a parent such as steps.geneva) match the current English; with
//                              no field, stamps every text that has no stamp yet.
//   scaffold <locale>          writes each missing text as `{ en: <stamp>, text: null }`, so the
//                              build fails until someone translates it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatIssue } from '../src/lib/server/story/errors';
import { storyDir } from '../src/lib/server/story/folder';
import { readYaml } from '../src/lib/server/story/read-yaml';
import { checkTranslation, translationFile } from '../src/lib/server/story/translate';
import { englishFields, named, parseTranslation, printTranslation, scaffoldFields, stampFields } from '../src/lib/server/story/translation-file';

const USAGE = 'usage: npm run i18n -- <status|stamp|scaffold> <locale> [field…]   (STORY=<slug> for a story under data/stories/)';
const [command, locale, ...names] = process.argv.slice(2);
if (!['status', 'stamp', 'scaffold'].includes(command) || !/^[a-z]{2}$/.test(locale ?? '') || locale === 'en' || (command !== 'stamp' && names.length)) {
	console.error(USAGE);
	process.exit(2);
}

const root = process.cwd();
let dir: string;
try {
	dir = storyDir(root);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
const file = translationFile(dir, locale);
const { fields, issues } = englishFields(root, dir);
if (issues.length) {
	console.error('The English story has problems; fix them first (npm run check:story):');
	for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
	process.exit(1);
}
if (!existsSync(resolve(root, file)) && command !== 'scaffold') {
	console.error(`${file}: no such translation; npm run i18n -- scaffold ${locale} starts one`);
	process.exit(1);
}

if (command === 'status') {
	const read = readYaml(root, file);
	if (!read.yaml) {
		for (const issue of read.issues) console.error(formatIssue(issue));
		process.exit(1);
	}
	const { errors, warnings } = checkTranslation(fields, read.yaml, locale);
	for (const issue of errors) console.log(`error: ${formatIssue(issue)}`);
	for (const issue of warnings) console.log(`warning: ${formatIssue(issue)}`);
	console.log(`${file}: ${fields.length} texts; ${errors.length} error(s), ${warnings.length} stale or unstamped`);
	process.exit(errors.length ? 1 : 0);
}

const path = resolve(root, file);
const source = existsSync(path) ? readFileSync(path, 'utf8') : `# ${locale} translation of ${dir}/story.yaml: only text, keyed by the English ids.\ntranslation: { note: null }\n`;
const doc = parseTranslation(source);
if (doc.errors.length) {
	console.error(`${file}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
	process.exit(1);
}
if (command === 'stamp') {
	const { stamped, skipped } = stampFields(doc, fields, names);
	const unknown = names.filter((n) => !fields.some((f) => named(f, [n])));
	for (const n of unknown) console.error(`${n}: the English has no such field`);
	for (const s of skipped) console.error(`${s}: not stamped: not translated yet`);
	writeFileSync(path, printTranslation(doc));
	console.log(`${file}: stamped ${stamped.length} text(s)${stamped.length && stamped.length <= 10 ? `: ${stamped.join(', ')}` : ''}`);
	process.exit(unknown.length ? 1 : 0);
} else {
	const added = scaffoldFields(doc, fields);
	writeFileSync(path, printTranslation(doc));
	console.log(`${file}: added ${added.length} text(s) to translate (text: null); the build fails until each is written`);
}
