// Translations of a story (src/lib/server/story/translate.ts): only text, keyed by the English
// ids; a translation with a step or field too few or too many fails with its file and line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoryError } from '../../src/lib/server/story/errors';
import { loadStory } from '../../src/lib/server/story/load';

const root = mkdtempSync(join(tmpdir(), 'translate-'));
cpSync('data', join(root, 'data'), { recursive: true, filter: (src) => !src.includes('/stories') });
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = join(root, 'data/i18n/uk.yaml');
const original = readFileSync(file, 'utf8');

/** The issues of the uk translation after `edit`, as `line field: message`. */
function issuesAfter(edit: (yaml: string) => string): string[] {
	writeFileSync(file, edit(original));
	try {
		loadStory(root, 'data', 'uk');
		return [];
	} catch (error) {
		if (!(error instanceof StoryError)) throw error;
		return error.issues.map((i) => `${i.file}:${i.line} ${i.field}: ${i.message}`);
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
				expect(step.sources).toEqual(en.steps[i].sources);
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
});
