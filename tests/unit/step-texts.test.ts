// The story page's step texts are rendered once on the server and placed into the HTML without
// hydration (src/lib/server/stepTexts.ts, hooks.server.ts).
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/server/story/load';
import { loadBasemap } from '../../src/lib/server/basemap';
import { stepTexts } from '../../src/lib/server/stepTexts';
import { STEP_TEXT_SLOT, stepTextSlot } from '../../src/lib/story/slots';

const story = loadStory();
const texts = stepTexts(story, loadBasemap());

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
		for (const step of story.steps) {
			const html = texts.get(step.id)!;
			expect(html.includes('class="troop-chart"'), step.id).toBe(step.figure === 'troop-estimates');
			expect(html.includes('class="meeting-timeline"'), step.id).toBe(step.figure === 'meeting-timeline');
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
