// Colour alone must not carry meaning (WCAG 1.4.1): the three NATO eras on the demands map are
// three blues only about 2:1 apart, so the step's text alternative names every member under
// its era, and must agree with data/nato-members.yaml and the classes of the `nato-accession`
// layer that colours them.
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/server/story/load';
import { contrast } from '$lib/a11y/contrast';
import { tableRows } from './story-helpers';

const story = loadStory();
const members = tableRows('nato-members') as { code: string; name: string; joined: number }[];
const layer = story.layers.find((l) => l.id === 'nato-accession')!;
if (layer.kind !== 'fills') throw new Error('nato-accession is a choropleth: it resolves to fills');
/** The layer's classes, in order, and the part of the alt that names each one's members. */
const ERA_PARTS = [
	['NATO founders, 1949', /^(.*?)Middle,/s],
	['Joined 1952–1982', /Middle,(.*?)Lightest,/s],
	['Joined 1999–2020, after the 1997 line', /Lightest,(.*?)Outside/s]
] as const;
// "the Netherlands", "the United States": the alt reads as prose.
const spoken = (name: string) => name.replace(/^(Netherlands|United Kingdom|United States|Czech Republic)$/, 'the $1');
/** The class the layer colours a member by. */
const era = (code: string) => layer.classes[layer.countries[code]]?.label;

describe('the demands map names each era in words', () => {
	const step = story.steps.find((s) => s.layers.includes('nato-accession'))!;
	const alt = step.alt.replace(/\s+/g, ' ');

	it('colours every member by one of the three eras', () => {
		expect(layer.classes.map((c) => c.label)).toEqual(ERA_PARTS.map(([label]) => label));
		expect(Object.keys(layer.countries).sort()).toEqual(members.map((m) => m.code).sort());
		const joined = (label: string) => members.filter((m) => era(m.code) === label).map((m) => m.joined);
		expect(new Set(joined('NATO founders, 1949'))).toEqual(new Set([1949]));
		expect(joined('Joined 1952–1982').every((y) => y >= 1952 && y <= 1982)).toBe(true);
		expect(joined('Joined 1999–2020, after the 1997 line').every((y) => y >= 1999 && y <= 2020)).toBe(true);
	});

	it('lists every member under the era it is coloured by, and no member twice', () => {
		for (const [label, pattern] of ERA_PARTS) {
			const part = alt.match(pattern)?.[1] ?? '';
			expect(part, label).not.toBe('');
			for (const m of members) {
				const named = new RegExp(`\\b${spoken(m.name)}\\b`).test(part);
				expect(named, `${m.name} (${m.joined}) in the "${label}" part`).toBe(era(m.code) === label);
			}
		}
		expect(alt).toContain(`${members.length} members`);
	});

	it('gives the count of each era', () => {
		const count = (label: string) => members.filter((m) => era(m.code) === label).length;
		expect(alt).toContain(`the ${count('NATO founders, 1949')} founders of 1949`);
		expect(alt).toContain(`the ${count('Joined 1952–1982')} that joined from 1952 to 1982`);
		expect(alt).toContain(`the ${count('Joined 1999–2020, after the 1997 line')} that joined from 1999 to 2020`);
	});

	it('is needed: the eras are too close in lightness to be told apart by colour alone', () => {
		const [a, b, c] = layer.classes.map((fill) => fill.color);
		expect(Math.min(contrast(a, b), contrast(b, c))).toBeLessThan(3);
	});
});
