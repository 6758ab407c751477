// Each kind of figure a story can declare beside a step's text (a timeline of dated events, a
// range chart of dated values), resolved by src/lib/server/story/figures.ts from a small story
// written to a temporary folder; then the mistakes in a figure, each with its file, line and field.
import { afterAll, describe, expect, it } from 'vitest';
import type { StoryIssue } from '../../src/lib/server/story/errors';
import type { Figure } from '../../src/lib/story/types';
import { lineOf, storyYaml, writeStory, type TempStory } from './story-helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- story.yaml as plain data, broken on purpose below
type Yaml = Record<string, any>;

const TABLES = {
	events: { file: 'events.yaml', columns: { date: 'date', label: 'text', short: 'text?', detail: 'text?', sources: 'sources' } },
	estimates: { file: 'figures/estimates.yaml', columns: { date: 'date', low: 'integer', high: 'integer?', label: 'text', who: 'text', scope: 'text', projection: 'boolean?', sources: 'sources' } }
};

// Out of date order in the files: the figures sort their rows by date, ties kept in file order.
const EVENTS = [
	{ date: '2024-03-01', label: 'Third', sources: ['S1'] },
	{ date: '2024-01-01', label: 'First', short: 'New Year', detail: 'The first event.', sources: ['S1'] },
	{ date: '2024-02-01', label: 'Second', detail: 'The second event.', sources: ['S2'] }
];

const ESTIMATES = [
	{ date: '2024-02-01', low: 100, high: 120, label: '100–120', who: 'An agency', scope: 'Near the border', sources: ['S1'] },
	{ date: '2024-01-01', low: 90, label: '~90', who: 'A ministry', scope: 'In the region', sources: ['S1', 'S2'] },
	{ date: '2024-02-01', low: 175, label: 'up to 175', who: 'An agency', scope: 'Projected, early 2025', projection: true, sources: ['S2'] }
];

const FIGURES: Yaml = {
	timeline: { kind: 'timeline', table: 'events', date: 'date', label: 'label', dateLabel: 'short', detail: 'detail', title: 'Three events' },
	'timeline-plain': { kind: 'timeline', table: 'events', date: 'date', label: 'label', title: 'Dates only' },
	chart: {
		kind: 'range-chart',
		table: 'estimates',
		date: 'date',
		low: 'low',
		high: 'high',
		label: 'label',
		who: 'who',
		scope: 'scope',
		hollow: 'projection',
		key: { value: 'Reported estimate', hollow: 'Projection' },
		unit: 'troops',
		title: 'Estimates',
		details: 'Every estimate, with who made it'
	},
	'chart-plain': { kind: 'range-chart', table: 'estimates', date: 'date', low: 'low', label: 'label', who: 'who', scope: 'scope', key: { value: 'Estimate' }, unit: 'people', title: 'Lows', details: 'All of them' }
};

const FILES = { 'events.yaml': EVENTS, 'figures/estimates.yaml': ESTIMATES };

const written: TempStory[] = [];
afterAll(() => written.forEach((s) => s.remove()));

function story(edit: (story: Yaml) => void = () => {}, steps?: Yaml[]): TempStory {
	const data = storyYaml({
		tables: structuredClone(TABLES),
		figures: structuredClone(FIGURES),
		steps: steps ?? [{ figure: 'timeline' }, { id: 'two', figure: 'chart' }, { id: 'three', figure: 'timeline-plain' }, { id: 'four', figure: 'chart-plain' }, { id: 'five' }]
	});
	edit(data);
	const s = writeStory(data, FILES);
	written.push(s);
	return s;
}

const loaded = story().load();
const figure = <K extends Figure['kind']>(step: string, kind: K): Extract<Figure, { kind: K }> => {
	const found = loaded.steps.find((s) => s.id === step)!.figure;
	expect(found?.kind, step).toBe(kind);
	return found as Extract<Figure, { kind: K }>;
};

describe('figure kinds, resolved', () => {
	it('timeline: the events in date order, with their short dates and details where given', () => {
		const timeline = figure('one', 'timeline');
		expect({ ...timeline, events: timeline.events.map(({ sources: _, ...event }) => event) }).toEqual({
			kind: 'timeline',
			title: 'Three events',
			events: [
				{ date: '2024-01-01', dateLabel: 'New Year', label: 'First', detail: 'The first event.' },
				{ date: '2024-02-01', dateLabel: undefined, label: 'Second', detail: 'The second event.' },
				{ date: '2024-03-01', dateLabel: undefined, label: 'Third', detail: undefined }
			]
		});
		// Each event keeps its row's sources, resolved: the step's source line lists them.
		expect(timeline.events.map((e) => e.sources.map((source) => source.id))).toEqual([['S1'], ['S2'], ['S1']]);
		// Without dateLabel or detail declared, none is given.
		expect(figure('three', 'timeline').events.map((e) => [e.label, e.dateLabel, e.detail])).toEqual([
			['First', undefined, undefined],
			['Second', undefined, undefined],
			['Third', undefined, undefined]
		]);
	});

	it('range chart: the values in date order (ties as in the file), with ranges, hollow projections and sources', () => {
		const chart = figure('two', 'range-chart');
		expect({ ...chart, values: undefined }).toEqual({
			kind: 'range-chart',
			title: 'Estimates',
			unit: 'troops',
			details: 'Every estimate, with who made it',
			key: { value: 'Reported estimate', hollow: 'Projection' },
			values: undefined
		});
		expect(chart.values.map(({ sources, ...v }) => ({ ...v, sources: sources.map((s) => s.id) }))).toEqual([
			{ date: '2024-01-01', low: 90, high: undefined, label: '~90', who: 'A ministry', scope: 'In the region', hollow: false, sources: ['S1', 'S2'] },
			{ date: '2024-02-01', low: 100, high: 120, label: '100–120', who: 'An agency', scope: 'Near the border', hollow: false, sources: ['S1'] },
			{ date: '2024-02-01', low: 175, high: undefined, label: 'up to 175', who: 'An agency', scope: 'Projected, early 2025', hollow: true, sources: ['S2'] }
		]);
		// The sources are the loader's, cited as the page cites them.
		expect(chart.values[0].sources.map((s) => s.cite)).toEqual(['Example Agency', 'Example Paper via Example Wire']);
	});

	it('range chart without high or hollow: lows only, none hollow', () => {
		const chart = figure('four', 'range-chart');
		expect(chart.key).toEqual({ value: 'Estimate' });
		expect(chart.values.map((v) => [v.low, v.high, v.hollow])).toEqual([
			[90, undefined, false],
			[100, undefined, false],
			[175, undefined, false]
		]);
	});

	it('gives a figure only to the steps that name one; steps may share a figure', () => {
		expect(loaded.steps.find((s) => s.id === 'five')!.figure).toBeUndefined();
		const shared = story(() => {}, [{ figure: 'chart' }, { id: 'two', figure: 'chart' }]).load();
		expect(shared.steps[0].figure).toEqual(shared.steps[1].figure);
	});
});

/** The one issue a story broken by `edit` reports. */
function only(edit: (story: Yaml) => void, steps?: Yaml[]): { issue: StoryIssue; s: TempStory } {
	const s = story(edit, steps);
	const issues = s.issues();
	expect(issues.map((i) => `${i.field}: ${i.message}`)).toHaveLength(1);
	return { issue: issues[0], s };
}

/** The line of `needle` in story.yaml, after the line that declares `figure`. */
const lineIn = (s: TempStory, figure: string, needle: string) => {
	const text = s.text('story.yaml');
	return lineOf(text, needle, text.indexOf(`\n  ${figure}:\n`));
};

describe('figure mistakes, with file, line and field', () => {
	it('a column the table does not have', () => {
		const { issue, s } = only((d) => (d.figures.timeline.label = 'lable'));
		expect(issue).toMatchObject({ file: 'story/story.yaml', field: 'figures.timeline.label', message: 'unknown column "lable" in table "events"; its columns: date, label, short, detail, sources' });
		expect(issue.line).toBe(lineIn(s, 'timeline', 'label: lable'));
		const high = only((d) => (d.figures.chart.high = 'top'));
		expect(high.issue).toMatchObject({ field: 'figures.chart.high', message: 'unknown column "top" in table "estimates"; its columns: date, low, high, label, who, scope, projection, sources' });
		expect(high.issue.line).toBe(lineIn(high.s, 'chart', 'high: top'));
	});

	it('a column of the wrong type', () => {
		const low = only((d) => (d.figures.chart.low = 'label'));
		expect(low.issue).toMatchObject({ field: 'figures.chart.low', message: 'column "label" is text; expected number or integer' });
		expect(low.issue.line).toBe(lineIn(low.s, 'chart', 'low: label'));
		const hollow = only((d) => (d.figures.chart.hollow = 'who'));
		expect(hollow.issue).toMatchObject({ field: 'figures.chart.hollow', message: 'column "who" is text; expected boolean' });
		expect(hollow.issue.line).toBe(lineIn(hollow.s, 'chart', 'hollow: who'));
		const date = only((d) => (d.figures['timeline-plain'].date = 'label'));
		expect(date.issue).toMatchObject({ field: 'figures.timeline-plain.date', message: 'column "label" is text; expected date' });
		expect(date.issue.line).toBe(lineIn(date.s, 'timeline-plain', 'date: label'));
	});

	it('every wrong column of a figure at once', () => {
		const issues = story((d) => Object.assign(d.figures.chart, { low: 'scope', who: 'nobody' })).issues();
		expect(issues.map((i) => i.field)).toEqual(['figures.chart.low', 'figures.chart.who']);
	});

	it('an unknown table', () => {
		const { issue, s } = only((d) => (d.figures.timeline.table = 'evnts'));
		expect(issue).toMatchObject({ field: 'figures.timeline.table', message: 'unknown table "evnts"; the story\'s tables: events, estimates' });
		expect(issue.line).toBe(lineIn(s, 'timeline', 'table: evnts'));
	});

	it('a field the kind does not have, or a missing one', () => {
		const extra = only((d) => (d.figures.timeline.hollow = 'label'));
		expect(extra.issue).toMatchObject({ field: 'figures.timeline.hollow', message: 'unknown field "hollow" (check its spelling)' });
		expect(extra.issue.line).toBe(lineIn(extra.s, 'timeline', 'hollow: label'));
		const missing = only((d) => delete d.figures.chart.unit);
		expect(missing.issue).toMatchObject({ field: 'figures.chart.unit', message: 'expected text, got nothing (the field is missing)' });
		expect(missing.issue.line).toBe(lineIn(missing.s, 'chart', 'kind: range-chart'));
	});

	it('an unknown figure in a step, listing the declared ones', () => {
		const { issue, s } = only(() => {}, [{ figure: 'timline' }]);
		expect(issue).toMatchObject({ field: 'steps[0].figure', message: 'unknown figure "timline"; known figures: timeline, timeline-plain, chart, chart-plain' });
		expect(issue.line).toBe(lineOf(s.text('story.yaml'), 'figure: timline'));
	});

	it('a blank figure in a step', () => {
		const { issue, s } = only(() => {}, [{ figure: '' }]);
		expect(issue.field).toBe('steps[0].figure');
		expect(issue.line).toBe(lineOf(s.text('story.yaml'), 'figure: ""'));
	});
});
