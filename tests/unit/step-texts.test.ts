// The story page's step texts are rendered once on the server and placed into the HTML without
// hydration (src/lib/server/stepTexts.ts, hooks.server.ts).
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/server/story/load';
import { loadBasemap } from '../../src/lib/server/basemap';
import { stepTexts } from '../../src/lib/server/stepTexts';
import { STEP_TEXT_SLOT, stepTextSlot } from '../../src/lib/story/slots';
import { storyFile } from './story-helpers';

const story = loadStory();
const texts = stepTexts(story, loadBasemap(story.layers));
/** The figure id each step of data/story.yaml names, if any. */
const declared = new Map(storyFile().story.steps.map((s) => [s.id, s.figure]));

describe('step texts', () => {
	it('renders every step, with its title as the heading the section is labelled by', () => {
		expect([...texts.keys()]).toEqual(story.steps.map((s) => s.id));
		for (const step of story.steps) {
			const html = texts.get(step.id)!;
			expect(html).toContain(`<h2 id="title-${step.id}" class="step-title">`);
			expect(html).toContain('<p class="visually-hidden">Map: ');
			for (const source of step.sources) expect(html).toContain(`href="${source.url}"`);
		}
	});

	it('carries no comments: hydration of the slot ends at the first empty comment', () => {
		for (const html of texts.values()) expect(html).not.toContain('<!--');
	});

	it('puts the figures where the story asks for them', () => {
		// The story's two figures, each on its own step: the chart of estimates and the meetings' timeline.
		expect([...declared].filter(([, figure]) => figure)).toEqual([
			['buildup', 'troop-estimates'],
			['talks', 'meeting-timeline']
		]);
		for (const step of story.steps) {
			const html = texts.get(step.id)!;
			const figure = declared.get(step.id);
			expect(step.figure?.kind, step.id).toBe(figure === 'troop-estimates' ? 'range-chart' : figure === 'meeting-timeline' ? 'timeline' : undefined);
			expect(html.includes('class="range-chart"'), step.id).toBe(figure === 'troop-estimates');
			expect(html.includes('class="timeline-figure"'), step.id).toBe(figure === 'meeting-timeline');
			if (step.figure) expect(html, step.id).toContain(step.figure.title);
		}
	});

	it('follows each text with the step\'s own map for readers without JavaScript, pins included', () => {
		for (const step of story.steps) {
			const html = texts.get(step.id)!;
			const noscript = html.slice(html.indexOf('<noscript>'));
			expect(noscript, step.id).toMatch(new RegExp(`^<noscript><figure class="nojs-map[^"]*" data-nojs-map="${step.id}">[\\s\\S]*<svg data-static-map[\\s\\S]*</noscript>$`));
			for (const pin of step.pins) expect(noscript, step.id).toContain(`data-pin="${pin}"`);
			expect(noscript.match(/data-pin="/g)?.length ?? 0, step.id).toBe(step.pins.length);
		}
	});

	it('slots round-trip every valid step id', () => {
		for (const id of ['intro', 'eastern-flank', 'a1', 'x-', 'a--b']) {
			const matches = [...`<p>${stepTextSlot(id)}</p>`.matchAll(STEP_TEXT_SLOT)];
			expect(matches.map((m) => m[1])).toEqual([id]);
		}
	});
});
