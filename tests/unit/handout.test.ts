// The handout's black-and-white fills: every pair of country fills a printed map can show
// together reads apart in grey, by lightness or by its marks (a story's `print:` on a fill or
// class), and the CSS that applies them matches each fill by a colour nothing else on the map
// uses in another way. Also `npm run handout`'s arguments (its language and file).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handoutOptions, handoutPath } from '../../scripts/handout';
import { loadStory } from '../../src/lib/server/story/load';
import { countryFills, FOCUS } from '../../src/lib/map/theme';
import { COLORS } from '../../src/lib/map/palette';
import { fillRules, luma, patternedFills, patternId } from '../../src/lib/components/print/greyscale';
import type { Fill, MapLayer } from '../../src/lib/story/types';

/** Lightness steps a greyscale copy keeps apart (of 255). */
const MIN_CONTRAST = 35;

const story = loadStory();
const LAND: Fill = { color: COLORS.land, label: 'Other countries' };

/** How a fill prints: its marks (solid unless patterned) and whether it is outlined (the focus). */
function printed(fill: Fill, layers: MapLayer[]) {
	const mark = patternedFills(layers).find((p) => p.color === fill.color)?.mark ?? 'solid';
	return { mark, outline: fill === FOCUS };
}

function apart(a: Fill, b: Fill, layers: MapLayer[]): boolean {
	const [pa, pb] = [printed(a, layers), printed(b, layers)];
	if (pa.mark !== pb.mark || pa.outline !== pb.outline) return true;
	return Math.abs(luma(a.color) - luma(b.color)) >= MIN_CONTRAST;
}

function pairs<T>(items: T[]): [T, T][] {
	return items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as [T, T]));
}

const fillsOf = (layers: MapLayer[]) => layers.flatMap((l) => (l.kind === 'fills' ? l.classes : []));

describe('handout fills in black and white', () => {
	const combos = [
		...story.steps.map((s) => ({ name: `step ${s.id}`, step: s })),
		// Each choropleth on its own over the defaults, with a country in focus.
		...(['nato-accession', 'eastern-flank'] as const).map((layer) => ({ name: `layer ${layer}`, step: { layers: ['context', 'places', layer], highlight: ['CHE'], pins: [], places: [] } }))
	];

	for (const { name, step } of combos) {
		it(`keeps every fill of ${name} apart`, () => {
			const present = [...new Set<Fill>([LAND, ...Object.values(countryFills(step, story.layers))])];
			expect(present.length, 'the step colours something').toBeGreaterThan(1);
			const clashes = pairs(present)
				.filter(([a, b]) => !apart(a, b, story.layers))
				.map(([a, b]) => `${a.label} / ${b.label}`);
			expect(clashes).toEqual([]);
		});
	}

	it('marks every NATO fill and leaves Russia and Ukraine solid', () => {
		const layer = (id: string) => story.layers.find((l) => l.id === id)!;
		const nato = [layer('nato-accession'), layer('eastern-flank')].flatMap((l) => fillsOf([l]));
		expect(nato).toHaveLength(5);
		for (const fill of nato) expect(printed(fill, story.layers).mark, fill.label).toBe('lines');
		const context = Object.fromEntries(fillsOf([layer('context')]).map((f) => [f.label, printed(f, story.layers).mark]));
		expect(context).toEqual({ Russia: 'solid', Belarus: 'dots', Ukraine: 'solid' });
		expect(printed(FOCUS, story.layers)).toEqual({ mark: 'solid', outline: true });
	});

	it('marks with white on dark fills and ink on light ones, once per colour', () => {
		const patterned = patternedFills(story.layers);
		expect(new Set(patterned.map((p) => p.color)).size).toBe(patterned.length);
		for (const p of patterned) expect(p.ink, p.color).toBe(luma(p.color) < 140 ? '#ffffff' : COLORS.ink);
		expect(patterned.find((p) => p.color === '#e9b4a3')).toEqual({ color: '#e9b4a3', mark: 'dots', ink: COLORS.ink, opacity: 0.6 });
	});

	it('matches fills by colours no other fill or legend symbol uses in another way', () => {
		for (const dir of ['data', 'data/stories/nato-enlargement']) {
			const { layers } = dir === 'data' ? story : loadStory(process.cwd(), dir);
			const patterned = patternedFills(layers);
			// A colour shared by two fills must print the same way, or the rule would mark both.
			for (const fill of fillsOf(layers)) {
				const mark = patterned.find((p) => p.color === fill.color);
				const own = fill.print && fill.print.mark !== 'solid' ? fill.print : undefined;
				expect(mark?.mark, `${dir}: ${fill.label}`).toBe(own?.mark);
				if (own) expect(mark?.opacity, `${dir}: ${fill.label}`).toBe(own.opacity ?? 0.5);
			}
			const symbols = [COLORS.pin, COLORS.ink, FOCUS.color, ...layers.flatMap((l) => (l.kind === 'points' || l.kind === 'areas' || l.kind === 'lines' ? [l.color] : [])), ...layers.flatMap((l) => (l.kind === 'areas' ? [l.fill] : []))];
			for (const p of patterned) expect(symbols, `${dir}: ${p.color}`).not.toContain(p.color);
		}
	});

	it('writes one rule per patterned fill, scoped to its container', () => {
		const patterned = patternedFills(story.layers);
		expect(patterned.length).toBeGreaterThan(0);
		const css = fillRules('[data-print-step="geneva"] [data-print-map]', 'geneva', 'use', patterned);
		patterned.forEach((p, i) => {
			expect(css).toContain(`[data-print-step="geneva"] [data-print-map] use[fill="${p.color}"] { fill: url(#${patternId('geneva', i)}); }`);
		});
		expect(css.split('\n')).toHaveLength(patterned.length);
		const key = fillRules('[data-print-legend]', 'key', 'rect', patterned);
		expect(key).toContain(`[data-print-legend] rect[fill="${FOCUS.color}"] { stroke:`);
		expect(key.split('\n')).toHaveLength(patterned.length + 1);
	});
});

describe('the second story\'s handout', () => {
	const second = loadStory(process.cwd(), 'data/stories/nato-enlargement');
	for (const step of second.steps) {
		it(`keeps every fill of step ${step.id} apart`, () => {
			const present = [...new Set<Fill>([LAND, ...Object.values(countryFills(step, second.layers))])];
			const clashes = pairs(present)
				.filter(([a, b]) => !apart(a, b, second.layers) && a.color !== b.color)
				.map(([a, b]) => `${a.label} (${a.color}) / ${b.label} (${b.color})`);
			expect(clashes).toEqual([]);
		});
	}
});

describe('`npm run handout` arguments', () => {
	const languages = ['en', 'ru', 'uk'];

	it('prints the English handout to handout.pdf on A4 by default', () => {
		expect(handoutOptions([], languages)).toEqual({ format: 'A4', lang: 'en', out: resolve('handout.pdf') });
		expect(handoutOptions(['--letter', '--out', 'class-9b.pdf'], languages)).toEqual({ format: 'Letter', lang: 'en', out: resolve('class-9b.pdf') });
	});

	it('prints another language to its own file, at its own page', () => {
		expect(handoutOptions(['--lang', 'uk'], languages)).toEqual({ format: 'A4', lang: 'uk', out: resolve('handout-uk.pdf') });
		expect(handoutOptions(['--lang', 'ru', '--letter', '--out', 'ru.pdf'], languages)).toEqual({ format: 'Letter', lang: 'ru', out: resolve('ru.pdf') });
		expect(handoutPath('en')).toBe('/print');
		expect(handoutPath('uk')).toBe('/uk/print');
	});

	it('names the story\'s languages when asked for another, or for none', () => {
		expect(() => handoutOptions(['--lang', 'de'], languages)).toThrow('--lang de: the story has no handout in that language; its languages: en, ru, uk');
		expect(() => handoutOptions(['--lang', 'uk'], ['en'])).toThrow('its languages: en');
		expect(() => handoutOptions(['--lang'], languages)).toThrow('--lang needs a value: one of en, ru, uk');
		expect(() => handoutOptions(['--lang', '--letter'], languages)).toThrow('--lang needs a value');
	});
});
