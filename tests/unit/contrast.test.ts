// Non-text contrast (WCAG 1.4.11, 2.4.7): the focus ring, legend swatches and progress segments,
// computed from the palette and the stylesheets rather than from screenshots.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, over } from '$lib/a11y/contrast';
import { FOCUS } from '$lib/a11y/focus';
import { COLORS } from '$lib/map/palette';
import { loadStory } from '../../src/lib/server/story/load';
import { STORY_DIRS } from './story-helpers';

const css = (path: string) => readFileSync(path, 'utf8');
const globalCss = css('src/lib/styles/global.css');
const presentCss = css('src/lib/components/present/present.css');
const legendSvelte = css('src/lib/components/Legend.svelte');
const cssVar = (text: string, name: string) => text.match(new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,6})`))?.[1]?.toLowerCase();

const PAPER = '#fbfaf7';
/** The map's legend strip: white at 92% over the sea. */
const LEGEND_STRIP = over('#ffffff', 0.92, COLORS.sea);
/** The sticky progress bar: the paper at 96% over whatever scrolls under it (the sea at worst). */
const PROGRESS_BAR = over(PAPER, 0.96, COLORS.sea);
/** Every fill a country can take on the map, once per colour: each class of each layer of both stories. */
const STORY_FILLS: Record<string, string> = {};
for (const dir of STORY_DIRS) {
	for (const layer of loadStory(process.cwd(), dir).layers) {
		if (layer.kind !== 'fills') continue;
		for (const fill of layer.classes) if (!Object.values(STORY_FILLS).includes(fill.color)) STORY_FILLS[`"${fill.label}" (${dir}, ${layer.id})`] = fill.color;
	}
}
const MAP_GROUNDS = { sea: COLORS.sea, land: COLORS.land, focus: COLORS.focus, ...STORY_FILLS, pinLabel: COLORS.pin };

/** A ring between two halos shows if the ring stands out from its halo and either stands out from the ground. */
function ringShowsOn(pair: { ring: string; halo: string }, ground: string) {
	return Math.max(contrast(pair.ring, ground), contrast(pair.halo, ground));
}

describe('focus indicator', () => {
	it('is declared in the stylesheets with the colours tested here', () => {
		expect(cssVar(globalCss, 'focus-ring')).toBe(FOCUS.light.ring);
		expect(cssVar(globalCss, 'focus-halo')).toBe(FOCUS.light.halo);
		expect(cssVar(globalCss, 'focus')).toBe(FOCUS.dark.ring);
		expect(presentCss).toMatch(/--focus-ring:\s*var\(--focus\)/);
		expect(cssVar(presentCss, 'focus-halo')).toBe(FOCUS.dark.halo);
	});

	for (const [name, pair] of Object.entries(FOCUS)) {
		it(`${name}: the ring stands at 3:1 or more from its halo`, () => {
			expect(contrast(pair.ring, pair.halo)).toBeGreaterThanOrEqual(3);
		});
	}

	const light = { page: PAPER, card: '#ffffff', progressBar: PROGRESS_BAR, legend: LEGEND_STRIP, ...MAP_GROUNDS };
	for (const [ground, colour] of Object.entries(light)) {
		it(`light pages: 3:1 or more on ${ground} (${colour})`, () => {
			expect(ringShowsOn(FOCUS.light, colour)).toBeGreaterThanOrEqual(3);
		});
	}
	// /present: the dark panel, its buttons, and the light map where pins take focus.
	const dark = { panel: '#101317', button: '#1b2027', buttonHover: '#2a313b', ...MAP_GROUNDS };
	for (const [ground, colour] of Object.entries(dark)) {
		it(`/present: 3:1 or more on ${ground} (${colour})`, () => {
			expect(ringShowsOn(FOCUS.dark, colour)).toBeGreaterThanOrEqual(3);
		});
	}

	it('the old single amber ring failed on light grounds (the figures in issue 16)', () => {
		expect(contrast('#f5a300', '#ffffff')).toBeCloseTo(2.07, 2);
		expect(contrast('#f5a300', PAPER)).toBeCloseTo(1.99, 2);
		expect(contrast('#f5a300', COLORS.sea)).toBeCloseTo(1.66, 2);
	});
});

describe('legend swatches', () => {
	it('are outlined in a colour at 3:1 or more against the legend strip and the paper', () => {
		expect(legendSvelte).toMatch(/SWATCH_EDGE = COLORS\.inkSoft/);
		expect(legendSvelte).toMatch(/stroke=\{SWATCH_EDGE\}/);
		expect(contrast(COLORS.inkSoft, LEGEND_STRIP)).toBeGreaterThanOrEqual(3);
		expect(contrast(COLORS.inkSoft, PAPER)).toBeGreaterThanOrEqual(3);
		expect(contrast(COLORS.inkSoft, '#101317')).toBeLessThan(3); // (the legend is never on the dark panel)
	});
});

describe('progress segments', () => {
	const segment = (selector: string) => {
		const block = globalCss.match(new RegExp(`${selector.replace(/[.[\]'=]/g, '\\$&')} \\{([^}]*)\\}`))?.[1] ?? '';
		return block.match(/border-top(?:-color)?:[^;#]*(#[0-9a-f]{6})/i)?.[1];
	};
	it('stand at 3:1 or more against the bar, each state', () => {
		const states = { todo: segment('.progress a'), done: segment('.progress a.done'), current: '#9b2c1c' };
		for (const [state, colour] of Object.entries(states)) {
			expect(colour, state).toBeDefined();
			expect(contrast(colour!, PROGRESS_BAR), state).toBeGreaterThanOrEqual(3);
			expect(contrast(colour!, PAPER), state).toBeGreaterThanOrEqual(3);
		}
	});
});
