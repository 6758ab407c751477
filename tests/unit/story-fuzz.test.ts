// Property-based: whatever way an editor breaks the story, the build reports clear problems
// (file, line, column, field, message) and never crashes with some other error.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { StoryError } from '../../src/lib/server/story/errors';
import { loadStory } from '../../src/lib/server/story/load';

const root = mkdtempSync(join(tmpdir(), 'story-fuzz-'));
cpSync('data', join(root, 'data'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const original = parse(readFileSync('data/story.yaml', 'utf8'));
const stepCount = original.steps.length;
const clone = <T>(x: T): T => structuredClone(x);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a story being broken on purpose has no type
type Story = Record<string, any>;
type Mutation = (story: Story) => void;

// Never valid for any step field: wrong types, or blank text.
const wrongValues = fc.oneof(fc.integer(), fc.constantFrom('', '   ', '\t'), fc.constant(null), fc.constant([]), fc.constant({ x: 1 }), fc.boolean());
const stepField = fc.constantFrom('id', 'title', 'body', 'view', 'layers', 'highlight', 'places', 'pins', 'alt', 'sources', 'notes', 'question', 'figure');
const step = fc.nat({ max: stepCount - 1 });

const mutations: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
	fc.tuple(step, stepField, wrongValues)
		// An empty list is a valid value for the list fields: not a mistake.
		.filter(([, field, value]) => !(Array.isArray(value) && ['layers', 'highlight', 'places', 'pins'].includes(field)))
		.map(([i, field, value]) => ({
		name: `steps[${i}].${field} = ${JSON.stringify(value)}`,
		apply: (s: Story) => void (s.steps[i][field] = value)
	})),
	fc.tuple(step, fc.constantFrom('id', 'title', 'body', 'view', 'alt', 'sources', 'notes', 'question')).map(([i, field]) => ({
		name: `delete steps[${i}].${field}`,
		apply: (s: Story) => void delete s.steps[i][field]
	})),
	fc.tuple(step, fc.oneof(fc.double({ min: 90.0001, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: -90.0001, noNaN: true })), fc.double({ min: 12.0001, max: 1e4, noNaN: true })).map(([i, lat, zoom]) => ({
		name: `steps[${i}].view = out of range`,
		apply: (s: Story) => void (s.steps[i].view = { center: [0, lat], zoom })
	})),
	fc.tuple(step, step).filter(([a, b]) => a !== b).map(([a, b]) => ({
		name: `steps[${b}].id duplicates steps[${a}]`,
		apply: (s: Story) => void (s.steps[b].id = s.steps[a].id)
	})),
	fc.tuple(step, fc.constantFrom('pins', 'places', 'sources'), fc.stringMatching(/^[a-z]{3,10}$/)).map(([i, field, id]) => ({
		name: `steps[${i}].${field} unknown ${id}`,
		apply: (s: Story) => void (s.steps[i][field] = [`zz-${id}`])
	})),
	fc.tuple(step, fc.stringMatching(/^[a-z]{3,8}$/)).map(([i, key]) => ({
		name: `steps[${i}] unknown field ${key}`,
		apply: (s: Story) => void (s.steps[i][`x${key}`] = 'typo')
	})),
	fc.constantFrom<{ name: string; apply: Mutation }>(
		{ name: 'meta removed', apply: (s: Story) => void delete s.meta },
		{ name: 'steps empty', apply: (s: Story) => void (s.steps = []) },
		{ name: 'steps not a list', apply: (s: Story) => void (s.steps = 'all of them') },
		{ name: 'bad date', apply: (s: Story) => void (s.meta.published = '31/12/2021') }
	)
);

/** Text-level breakage that is no longer valid YAML. */
const brokenYaml = fc.tuple(fc.nat(), fc.constantFrom('key: [unclosed', '\t- tab: indent', 'a: b: c', '"unterminated', '- : :', '{ x: 1')).map(([at, junk]) => (text: string) => {
	const lines = text.split('\n');
	const line = at % lines.length;
	lines.splice(line, 0, junk);
	return lines.join('\n');
});

function check(text: string): void {
	writeFileSync(join(root, 'data/story.yaml'), text);
	let error: unknown;
	try {
		loadStory(root);
	} catch (e) {
		error = e;
	}
	expect(error, 'a broken story must not load').toBeInstanceOf(StoryError);
	const { issues } = error as StoryError;
	expect(issues.length).toBeGreaterThan(0);
	const lineCount = text.split('\n').length;
	for (const issue of issues) {
		expect(issue.file).toMatch(/^data\/[\w-]+\.yaml$/);
		expect(issue.line).toBeGreaterThanOrEqual(1);
		expect(issue.line).toBeLessThanOrEqual(lineCount + 1);
		expect(issue.col).toBeGreaterThanOrEqual(1);
		expect(issue.message.length).toBeGreaterThan(5);
		expect(issue.message).not.toMatch(/\bat \S+:\d+:\d+|undefined is not|Cannot read properties/);
		if (!issue.message.startsWith('invalid YAML')) expect(issue.field).not.toBe('');
	}
}

describe('broken story files (property-based)', () => {
	it('every schema or reference mistake gives file, line, field and message', () => {
		fc.assert(
			fc.property(mutations, ({ apply }) => {
				const story = clone(original);
				apply(story);
				check(stringify(story));
			}),
			{ numRuns: 150 }
		);
	}, 120_000);

	it('every YAML syntax mistake gives file, line and message', () => {
		const text = readFileSync('data/story.yaml', 'utf8');
		fc.assert(
			fc.property(brokenYaml, (breakIt) => {
				const broken = breakIt(text);
				// Some insertions are still valid YAML; those then fail the schema instead, which is fine too.
				check(broken);
			}),
			{ numRuns: 60 }
		);
	}, 120_000);

	it('the real story still loads', () => {
		writeFileSync(join(root, 'data/story.yaml'), readFileSync('data/story.yaml', 'utf8'));
		expect(loadStory(root).steps.length).toBe(stepCount);
	});
});
