// Translations of a story (src/lib/server/story/translate.ts): only text, keyed by the English
// ids; a translation with a step or field too few or too many fails with its file and line, and
// a text whose English changed since it was stamped is a warning at its own line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoryError, type StoryIssue } from '../../src/lib/server/story/errors';
import { loadStory } from '../../src/lib/server/story/load';

const root = mkdtempSync(join(tmpdir(), 'translate-'));
cpSync('data', join(root, 'data'), { recursive: true, filter: (src) => !src.includes('/stories') });
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = join(root, 'data/i18n/uk.yaml');
const original = readFileSync(file, 'utf8');
const englishFile = join(root, 'data/story.yaml');
const english = readFileSync(englishFile, 'utf8');
const show = (i: StoryIssue) => `${i.file}:${i.line} ${i.field}: ${i.message}`;

/** The warnings of the uk translation after an edit of the English story.yaml. */
function warningsAfterEnglish(edit: (yaml: string) => string): string[] {
	writeFileSync(englishFile, edit(english));
	try {
		const warnings: StoryIssue[] = [];
		loadStory(root, 'data', 'uk', warnings);
		return warnings.map(show);
	} finally {
		writeFileSync(englishFile, english);
	}
}

/** The issues of the uk translation after `edit`, as `line field: message`. */
function issuesAfter(edit: (yaml: string) => string): string[] {
	writeFileSync(file, edit(original));
	try {
		loadStory(root, 'data', 'uk');
		return [];
	} catch (error) {
		if (!(error instanceof StoryError)) throw error;
		return error.issues.map(show);
	} finally {
		writeFileSync(file, original);
	}
}

describe('translations', () => {
	it('the default story loads in Ukrainian and Russian, its text translated and its structure the same', () => {
		const en = loadStory();
		for (const locale of ['uk', 'ru']) {
			const story = loadStory(process.cwd(), 'data', locale);
			expect(story.meta.lang).toBe(locale);
			expect(story.steps.map((s) => s.id)).toEqual(en.steps.map((s) => s.id));
			expect(story.steps.map((s) => s.camera)).toEqual(en.steps.map((s) => s.camera));
			for (const [i, step] of story.steps.entries()) {
				expect(step.title, `${locale} ${step.id}`).not.toBe(en.steps[i].title);
				expect(step.title, `${locale} ${step.id} is in Cyrillic`).toMatch(/[\u0400-\u04FF]/);
				// The same sources, titles untranslated; only the interface's "via" of a copy's citation is the language's.
				expect(step.sources.map(({ cite: _, ...s }) => s)).toEqual(en.steps[i].sources.map(({ cite: _, ...s }) => s));
				for (const s of step.sources) if (s.kind === 'copy') expect(s.cite).toBe(`${s.original} через ${s.publisher}`);
			}
			// Place names in the tables reach the map's layers.
			const labels = story.layers.flatMap((l) => (l.kind === 'points' ? l.points.map((p) => p.label) : []));
			expect(labels).toContain(locale === 'uk' ? 'Київ' : 'Киев');
		}
	});

	it('a missing step fails at its parent, with the English it lacks', () => {
		const issues = issuesAfter((yaml) => yaml.replace(/\n  brussels:\n(    .*\n|      .*\n|\n)*?(?=  vienna:)/, '\n'));
		expect(issues.length).toBeGreaterThan(0);
		expect(issues.every((i) => i.startsWith(`data/i18n/uk.yaml:`) && i.includes('steps.brussels.') && i.includes('missing: the English has this text'))).toBe(true);
	});

	it('a field the English has not fails at its own line', () => {
		const issues = issuesAfter((yaml) => yaml.replace('\n  geneva:\n', '\n  geneva:\n    subtitle: "Зайве поле"\n'));
		const line = original.split('\n').findIndex((l) => l === '  geneva:') + 2;
		expect(issues).toEqual([`data/i18n/uk.yaml:${line} steps.geneva.subtitle: not in the English: the English story has no such text (check the id or the field name)`]);
	});

	it('an empty text fails', () => {
		const issues = issuesAfter((yaml) => yaml.replace(/\n  geneva:\n    kicker: .*\n/, '\n  geneva:\n    kicker: " "\n'));
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatch(/steps\.geneva\.kicker: empty/);
	});

	it('the committed translations load with no error and no warning, and carry their credit', () => {
		for (const locale of ['uk', 'ru']) {
			const warnings: StoryIssue[] = [];
			const story = loadStory(process.cwd(), 'data', locale, warnings);
			expect(warnings.map(show), locale).toEqual([]);
			expect(story.meta.translation).toBe(locale === 'uk' ? 'Переклад з англійської: графічна редакція' : 'Перевод с английского: графическая редакция');
		}
		expect(loadStory().meta.translation).toBeUndefined();
	});

	it('an edit of the English makes its translation stale: one warning at the translated field, and the story still loads', () => {
		const warnings = warningsAfterEnglish((yaml) => yaml.replace('title: "Geneva: the US and Russia face to face"', 'title: "Geneva: the US and Russia meet"'));
		const lines = original.split('\n');
		const line = lines.findIndex((l, i) => l.startsWith('    title:') && lines.slice(0, i).reverse().find((p) => /^  \S/.test(p)) === '  geneva:') + 1;
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(new RegExp(`^data/i18n/uk\\.yaml:${line} steps\\.geneva\\.title: the English changed since this was translated \\(was [0-9a-f]{8}, now [0-9a-f]{8}\\); update the text, then npm run i18n -- stamp uk steps\\.geneva\\.title$`));
	});

	it('rewrapping the English is not an edit', () => {
		expect(warningsAfterEnglish((yaml) => yaml.replace('Two days later the NATO-Russia Council met', 'Two days later   the NATO-Russia Council\n      met'))).toEqual([]);
	});

	it('a text without a stamp is a warning; a malformed stamp, a text not yet translated and a missing credit are errors', () => {
		expect(issuesAfter((yaml) => yaml.replace(/\n  geneva:\n    kicker: .*\n/, '\n  geneva:\n    kicker: "9–10 січня 2022"\n'))).toEqual([]);
		expect(issuesAfter((yaml) => yaml.replace(/(\n  geneva:\n    kicker: \{ en: )[0-9a-f]{8}/, '$1zz'))).toEqual([expect.stringMatching(/steps\.geneva\.kicker\.en: expected the stamp of the English/)]);
		expect(issuesAfter((yaml) => yaml.replace(/(\n  geneva:\n    kicker: \{ en: [0-9a-f]{8}, text: )[^}]*\}/, '$1null }'))).toEqual([expect.stringMatching(/steps\.geneva\.kicker\.text: not translated yet/)]);
		expect(issuesAfter((yaml) => yaml.replace(/^translation: .*\n/m, ''))).toEqual([expect.stringMatching(/translation\.note: expected the translation credit/)]);
	});
});
