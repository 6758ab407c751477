// Each kind of mistake a journalist can make in data/ gives one clear message with the file,
// line, column and field, and the build stops. The real data files are copied to a temporary
// folder and broken one way per test.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue, StoryError, type StoryIssue } from '../../src/lib/server/story/errors';
import { loadStory } from '../../src/lib/server/story/load';

let root = '';
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

/** A copy of data/ with `file` edited by `edit`; returns the issues loadStory reports. */
function issuesAfter(file: string, edit: (text: string) => string): StoryIssue[] {
	root = mkdtempSync(join(tmpdir(), 'story-'));
	cpSync('data', join(root, 'data'), { recursive: true });
	const path = join(root, 'data', file);
	const before = readFileSync(path, 'utf8');
	const after = edit(before);
	expect(after, 'the edit must change the file').not.toBe(before);
	writeFileSync(path, after);
	try {
		loadStory(root);
	} catch (error) {
		expect(error).toBeInstanceOf(StoryError);
		return (error as StoryError).issues;
	}
	throw new Error('expected the broken story to fail');
}

/** The 1-based line of the first occurrence of `needle` in the edited file. */
function lineOf(file: string, needle: string): number {
	const text = readFileSync(join(root, 'data', file), 'utf8');
	return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('story file errors', () => {
	it('names a value of the wrong type, with its line and field', () => {
		const issues = issuesAfter('story.yaml', (t) => t.replace(/zoom: 3\.3/, 'zoom: far'));
		expect(issues).toHaveLength(1);
		const [issue] = issues;
		expect(issue.file).toBe('data/story.yaml');
		expect(issue.field).toMatch(/^steps\[\d+\]\.view\.zoom$/);
		expect(issue.line).toBe(lineOf('story.yaml', 'zoom: far'));
		expect(issue.message).toBe('expected a number, got "far"');
		expect(formatIssue(issue)).toMatch(/^data\/story\.yaml:\d+:\d+ steps\[\d+\]\.view\.zoom: expected a number, got "far"$/);
	});

	it('names a missing required field at its step', () => {
		const issues = issuesAfter('story.yaml', (t) => t.replace(/\n    title: A second call in one month/, ''));
		expect(issues.map((i) => i.field)).toEqual(['steps[0].title']);
		expect(issues[0].message).toContain('missing');
		expect(issues[0].line).toBe(lineOf('story.yaml', '  - id: intro'));
	});

	it('refuses coordinates out of range', () => {
		const issues = issuesAfter('places.yaml', (t) => t.replace(/lat: 55\.752/, 'lat: 95.752'));
		expect(issues).toHaveLength(1);
		expect(issues[0].file).toBe('data/places.yaml');
		expect(issues[0].field).toMatch(/^\[\d+\]\.lat$/);
		expect(issues[0].message).toBe('expected a number ≤ 90, got 95.752');
	});

	it('refuses a zoom out of range', () => {
		const issues = issuesAfter('story.yaml', (t) => t.replace(/zoom: 3\.3/, 'zoom: 30'));
		expect(issues[0].message).toBe('expected a number ≤ 12, got 30');
	});

	it('points at a misspelt field name', () => {
		const issues = issuesAfter('story.yaml', (t) => t.replace('    title: A second call in one month', '    title: A second call in one month\n    titel: typo'));
		expect(issues).toHaveLength(1);
		expect(issues[0].field).toBe('steps[0].titel');
		expect(issues[0].message).toBe('unknown field "titel" (check its spelling)');
		expect(issues[0].line).toBe(lineOf('story.yaml', 'titel: typo'));
		expect(issues[0].col).toBe(5);
	});

	it('names a duplicate step id and where it was first used', () => {
		const issues = issuesAfter('story.yaml', (t) => t.replace('  - id: brussels', '  - id: geneva'));
		expect(issues).toHaveLength(1);
		expect(issues[0].message).toBe('duplicate step id "geneva" (first used at steps[4].id)');
		expect(issues[0].line).toBe(lineOf('story.yaml', '  - id: geneva\n    kicker: 12'));
	});

	it('lists the known ids for an unknown pin', () => {
		const issues = issuesAfter('story.yaml', (t) => t.replace('pins: [geneva]', 'pins: [genva]'));
		expect(issues).toHaveLength(1);
		expect(issues[0].field).toMatch(/^steps\[\d+\]\.pins\[0\]$/);
		expect(issues[0].message).toBe('unknown pin "genva"; known pins: geneva, brussels, vienna');
		expect(issues[0].line).toBe(lineOf('story.yaml', 'pins: [genva]'));
	});

	it('lists the known places for an unknown place to fit', () => {
		const issues = issuesAfter('story.yaml', (t) => t.replace('fit: [moscow, washington]', 'fit: [moscow, washingtn]'));
		expect(issues[0].field).toBe('steps[0].view.fit[1]');
		expect(issues[0].message).toMatch(/^unknown place "washingtn"; known places: .*washington/);
	});

	it('catches a source id that data/sources.yaml does not have', () => {
		const issues = issuesAfter('meetings.yaml', (t) => t.replace(/sources: \[/, 'sources: [S999, '));
		expect(issues[0].file).toBe('data/meetings.yaml');
		expect(issues[0].message).toMatch(/^unknown source "S999"; known sources: S\d+/);
	});

	it('lists the declared layers for an unknown one', () => {
		const issues = issuesAfter('story.yaml', (t) => t.replace('layers: [nato-accession]', 'layers: [nato-members]'));
		expect(issues).toHaveLength(1);
		expect(issues[0].field).toMatch(/^steps\[\d+\]\.layers\[0\]$/);
		expect(issues[0].line).toBe(lineOf('story.yaml', 'layers: [nato-members]'));
		expect(issues[0].message).toBe('unknown layer "nato-members"; known layers: context, nato-accession, eastern-flank, crimea, separatist, places, troop-sites, battlegroups, talks');
	});

	it('lists the declared layers for an unknown default one', () => {
		const issues = issuesAfter('story.yaml', (t) => t.replace('layers: [context, places]', 'layers: [context, place]'));
		expect(issues).toHaveLength(1);
		expect(issues[0].field).toBe('defaults.layers[1]');
		expect(issues[0].line).toBe(lineOf('story.yaml', 'layers: [context, place]'));
		expect(issues[0].message).toMatch(/^unknown layer "place"; known layers: context, .*places/);
	});

	it('lists the declared figures for an unknown one', () => {
		const issues = issuesAfter('story.yaml', (t) => t.replace('figure: troop-estimates', 'figure: troop-estimate'));
		expect(issues).toHaveLength(1);
		expect(issues[0].field).toMatch(/^steps\[\d+\]\.figure$/);
		expect(issues[0].line).toBe(lineOf('story.yaml', 'figure: troop-estimate\n'));
		expect(issues[0].message).toBe('unknown figure "troop-estimate"; known figures: troop-estimates, meeting-timeline');
	});

	it('catches an unknown country code', () => {
		const issues = issuesAfter('nato-members.yaml', (t) => t.replace('code: POL', 'code: PLX'));
		expect(issues).toHaveLength(1);
		expect(issues[0].file).toBe('data/nato-members.yaml');
		expect(issues[0].field).toMatch(/^\[\d+\]\.code$/);
		expect(issues[0].line).toBe(lineOf('nato-members.yaml', 'code: PLX'));
		// (The message's examples are left open: src/ is not to name the story's countries.)
		expect(issues[0].message).toMatch(/^unknown country code "PLX" \(use ISO 3166 alpha-3\b/);
	});

	it('catches a badly written date', () => {
		const issues = issuesAfter('meetings.yaml', (t) => t.replace('date: 2022-01-12', 'date: 12/01/2022'));
		expect(issues[0].message).toBe('expected a date written YYYY-MM-DD, got "12/01/2022"');
	});

	it('reports broken YAML with its line', () => {
		const issues = issuesAfter('story.yaml', (t) => t.replace('pins: [geneva]', 'pins: [geneva'));
		expect(issues.length).toBeGreaterThan(0);
		expect(issues[0].message).toMatch(/^invalid YAML: /);
		expect(issues[0].line).toBeGreaterThanOrEqual(lineOf('story.yaml', 'pins: [geneva'));
	});

	it('reports an empty file', () => {
		const issues = issuesAfter('battlegroups.yaml', () => '');
		expect(issues[0].file).toBe('data/battlegroups.yaml');
		expect(issues[0].message).toBe('expected a list, got null');
	});

	it('reports a missing file', () => {
		root = mkdtempSync(join(tmpdir(), 'story-'));
		cpSync('data', join(root, 'data'), { recursive: true });
		rmSync(join(root, 'data', 'sources.yaml'));
		expect(() => loadStory(root)).toThrow(/data\/sources\.yaml:1:1 file not found or not readable/);
	});

	it('stops the build with file:line:col lines and no stack trace', () => {
		issuesAfter('story.yaml', (t) => t.replace(/zoom: 3\.3/, 'zoom: far'));
		let output = '';
		let status = 0;
		try {
			execFileSync(process.execPath, [join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'), join(process.cwd(), 'scripts/check-story.ts')], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
		} catch (error) {
			const e = error as { status: number; stderr: string; stdout: string };
			status = e.status;
			output = e.stderr + e.stdout;
		}
		expect(status).toBe(1);
		expect(output).toMatch(/data\/story\.yaml:\d+:\d+ steps\[\d+\]\.view\.zoom: expected a number, got "far"/);
		expect(output).not.toMatch(/\n\s+at /);
	});
});
