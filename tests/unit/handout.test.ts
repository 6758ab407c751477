// The handout's black-and-white fills: every pair of country categories a printed map can show
// together reads apart in grey, by lightness or by its marks, and the CSS that applies them
// matches each fill by a colour no other category uses.
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/server/story/load';
import { countryCategories } from '../../src/lib/map/theme';
import { CATEGORY_COLORS, COLORS, type Category } from '../../src/lib/map/palette';
import { PATTERNED, PRINT_FILLS, fillRules, luma, patternId } from '../../src/lib/components/print/greyscale';

/** Lightness steps a greyscale copy keeps apart (of 255). */
const MIN_CONTRAST = 35;

const story = loadStory();

function apart(a: Category, b: Category): boolean {
	const fa = PRINT_FILLS[a];
	const fb = PRINT_FILLS[b];
	if (fa.mark !== fb.mark || !!fa.outline !== !!fb.outline) return true;
	return Math.abs(luma(CATEGORY_COLORS[a]) - luma(CATEGORY_COLORS[b])) >= MIN_CONTRAST;
}

function pairs<T>(items: T[]): [T, T][] {
	return items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as [T, T]));
}

describe('handout fills in black and white', () => {
	const combos = [
		...story.steps.map((s) => ({ name: `step ${s.id}`, step: s })),
		...(['nato-accession', 'eastern-flank'] as const).map((layer) => ({ name: `layer ${layer}`, step: { layers: [layer], highlight: ['CHE'] } }))
	];

	for (const { name, step } of combos) {
		it(`keeps every category of ${name} apart`, () => {
			const present = [...new Set<Category>(['land', ...Object.values(countryCategories(step, story.data.natoMembers))])];
			const clashes = pairs(present).filter(([a, b]) => !apart(a, b));
			expect(clashes).toEqual([]);
		});
	}

	it('marks every NATO fill and leaves Russia and Ukraine solid', () => {
		for (const c of ['nato-founding', 'nato-cold-war', 'nato-post-1997', 'nato', 'nato-flank'] as Category[]) expect(PRINT_FILLS[c].mark, c).toBe('lines');
		expect(PRINT_FILLS.russia.mark).toBe('solid');
		expect(PRINT_FILLS.ukraine.mark).toBe('solid');
	});

	it('matches fills by colours no other category or legend symbol uses', () => {
		const colours = Object.values(CATEGORY_COLORS);
		expect(new Set(colours).size).toBe(colours.length);
		const symbols = [COLORS.pin, COLORS.site, COLORS.battlegroup, COLORS.hatch, COLORS.ink];
		for (const c of PATTERNED) expect(symbols).not.toContain(CATEGORY_COLORS[c]);
	});

	it('writes one rule per patterned fill, scoped to its container', () => {
		const css = fillRules('[data-print-step="geneva"] [data-print-map]', 'geneva', 'use');
		for (const c of PATTERNED) {
			expect(css).toContain(`[data-print-step="geneva"] [data-print-map] use[fill="${CATEGORY_COLORS[c]}"] { fill: url(#${patternId('geneva', c)}); }`);
		}
		expect(css.split('\n')).toHaveLength(PATTERNED.length);
		const key = fillRules('[data-print-legend]', 'key', 'rect');
		expect(key).toContain(`[data-print-legend] rect[fill="${CATEGORY_COLORS.focus}"] { stroke:`);
	});
});
