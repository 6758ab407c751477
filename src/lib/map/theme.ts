// What the map shows for a step, as plain data: country categories, visible layers, points.
// Both the WebGL map and the static SVG map read these, so they always agree.
import { CATEGORY_LABELS, type Category } from './palette';
import type { NatoMember, StepView } from '$lib/story/types';

export function natoEra(joined: number): Category {
	if (joined === 1949) return 'nato-founding';
	return joined < 1997 ? 'nato-cold-war' : 'nato-post-1997';
}

/** Country code → category for one step; countries not listed are plain land. */
export function countryCategories(step: Pick<StepView, 'layers' | 'highlight'>, members: NatoMember[]): Record<string, Category> {
	const out: Record<string, Category> = { RUS: 'russia', BLR: 'belarus', UKR: 'ukraine' };
	if (step.layers.includes('nato-accession')) for (const m of members) out[m.code] = natoEra(m.joined);
	if (step.layers.includes('eastern-flank')) for (const m of members) out[m.code] = m.borders.length ? 'nato-flank' : 'nato';
	for (const code of step.highlight) out[code] ??= 'focus';
	return out;
}

/**
 * Countries named on the map: those the step colours for a reason. Countries only in focus (a
 * meeting's host, say) stay unnamed: their pin or place label already says where we are.
 */
export function labelledCountries(categories: Record<string, Category>): string[] {
	return Object.entries(categories)
		.filter(([, category]) => category !== 'focus')
		.map(([code]) => code);
}

export type LegendItem =
	| { kind: 'fill'; category: Category; label: string }
	| { kind: 'hatch'; id: 'crimea' | 'separatist'; label: string }
	| { kind: 'symbol'; id: 'site' | 'battlegroup' | 'pin' | 'place'; label: string };

const FILL_ORDER: Category[] = ['russia', 'belarus', 'ukraine', 'nato-founding', 'nato-cold-war', 'nato-post-1997', 'nato-flank', 'nato', 'focus'];

/** Legend entries for what this step encodes, in a fixed reading order. */
export function legendFor(step: Pick<StepView, 'layers' | 'pins' | 'places'>, categories: Record<string, Category>): LegendItem[] {
	const present = new Set(Object.values(categories));
	const items: LegendItem[] = FILL_ORDER.filter((c) => present.has(c)).map((category) => ({
		kind: 'fill',
		category,
		label: CATEGORY_LABELS[category]
	}));
	if (step.layers.includes('disputed')) {
		items.push({ kind: 'hatch', id: 'crimea', label: 'Crimea: annexed by Russia in 2014' });
		items.push({ kind: 'hatch', id: 'separatist', label: 'Held by Russian-backed separatists since 2014 (line approximate)' });
	}
	if (step.layers.includes('troop-sites')) items.push({ kind: 'symbol', id: 'site', label: 'Reported Russian troop concentration' });
	if (step.layers.includes('battlegroups')) items.push({ kind: 'symbol', id: 'battlegroup', label: 'NATO battlegroup or brigade' });
	if (step.pins.length) items.push({ kind: 'symbol', id: 'pin', label: 'January 2022 talks' });
	return items;
}
