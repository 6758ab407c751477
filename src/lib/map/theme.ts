// What the map shows for a step, as plain data, from the story's declared layers: each country's
// fill, the labelled countries, the visible points and the legend. Both the WebGL map and the
// static SVG map read these, so they always agree.
import { COLORS, FOCUS_LABEL } from './palette';
import type { Fill, MapLayer, Pin, StepView } from '$lib/story/types';

type Step = Pick<StepView, 'layers' | 'highlight' | 'pins' | 'places'>;

/** The fill of a country a step highlights that no layer colours. */
export const FOCUS: Fill = { color: COLORS.focus, label: FOCUS_LABEL };

/** The step's layers, in the order it lists them. */
export function stepLayers(step: Pick<StepView, 'layers'>, layers: MapLayer[]): MapLayer[] {
	return step.layers.map((id) => layers.find((l) => l.id === id)).filter((l): l is MapLayer => !!l);
}

/** Country code → its fill this step: a later layer wins; a highlighted country nothing colours is "in focus". */
export function countryFills(step: Step, layers: MapLayer[]): Record<string, Fill> {
	const out: Record<string, Fill> = {};
	for (const layer of stepLayers(step, layers)) {
		if (layer.kind !== 'fills') continue;
		for (const [code, index] of Object.entries(layer.countries)) out[code] = layer.classes[index];
	}
	for (const code of step.highlight) out[code] ??= FOCUS;
	return out;
}

/**
 * Countries named on the map: those the step colours for a reason. Countries only in focus (a
 * pin's host country, say) stay unnamed: their pin or place label already says where we are.
 */
export function labelledCountries(fills: Record<string, Fill>): string[] {
	return Object.entries(fills)
		.filter(([, fill]) => fill !== FOCUS)
		.map(([code]) => code);
}

export type LegendItem =
	/** A fills layer's `legend:`, before its classes: what they sort by. */
	| { kind: 'heading'; label: string }
	| { kind: 'fill'; fill: Fill; label: string }
	/** `ground`: the fill of the country the areas lie in, this step (land if none). */
	| { kind: 'area'; layer: string; fill: string; color: string; ground: string; label: string }
	| { kind: 'line'; color: string; width: number; dash?: number[]; label: string }
	| { kind: 'point'; color: string; label: string }
	| { kind: 'pin'; label: string };

/** Legend entries for what this step shows: its fills (in layer order), then the focus, then each layer's own entry. */
export function legendFor(step: Step, layers: MapLayer[], fills: Record<string, Fill>): LegendItem[] {
	const used = new Set(Object.values(fills));
	const items: LegendItem[] = [];
	const on = stepLayers(step, layers);
	// Fills that look the same and say the same are one entry (two territories of one member, say).
	const listed = new Set<string>();
	for (const layer of on)
		if (layer.kind === 'fills') {
			if (layer.legend && layer.classes.some((fill) => used.has(fill))) items.push({ kind: 'heading', label: layer.legend });
			for (const fill of layer.classes) {
				const key = `${fill.color} ${fill.label}`;
				if (used.has(fill) && !listed.has(key)) items.push({ kind: 'fill', fill, label: fill.label }), listed.add(key);
			}
		}
	if (used.has(FOCUS)) items.push({ kind: 'fill', fill: FOCUS, label: FOCUS_LABEL });
	// Then by kind, areas before lines before points, each kind in layer order.
	for (const layer of on) if (layer.kind === 'areas' && layer.legend) items.push({ kind: 'area', layer: layer.id, fill: layer.fill, color: layer.color, ground: (layer.over && fills[layer.over]?.color) || COLORS.land, label: layer.legend });
	for (const layer of on) if (layer.kind === 'lines' && layer.legend) items.push({ kind: 'line', color: layer.color, width: layer.width, dash: layer.dash, label: layer.legend });
	for (const layer of on) if (layer.kind === 'points' && layer.legend) items.push({ kind: 'point', color: layer.color, label: layer.legend });
	for (const layer of layers) if (layer.kind === 'pins' && layer.legend && layer.pins.some((p) => step.pins.includes(p.id))) items.push({ kind: 'pin', label: layer.legend });
	return items;
}

/** Every pin of the story, from whichever pins layers hold them. */
export const allPins = (layers: MapLayer[]): Pin[] => layers.flatMap((l) => (l.kind === 'pins' ? l.pins : []));

/** The pins a step shows, in its order. */
export function stepPins(step: Pick<StepView, 'pins'>, layers: MapLayer[]): Pin[] {
	const all = allPins(layers);
	return step.pins.map((id) => all.find((p) => p.id === id)).filter((p): p is Pin => !!p);
}
