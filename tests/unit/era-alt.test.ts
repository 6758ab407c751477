// Colour alone must not carry meaning (WCAG 1.4.1): the three NATO eras on the demands map are
// three blues only about 2:1 apart, so the step's text alternative names every member under
// its era, and must agree with data/nato-members.yaml.
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/server/story/load';
import { natoEra } from '$lib/map/theme';
import { CATEGORY_COLORS } from '$lib/map/palette';
import { contrast } from '$lib/a11y/contrast';

const story = loadStory();
const members = story.data.natoMembers;
const ERA_PARTS = { 'nato-founding': /^(.*?)Middle,/s, 'nato-cold-war': /Middle,(.*?)Lightest,/s, 'nato-post-1997': /Lightest,(.*?)Outside/s } as const;
// "the Netherlands", "the United States": the alt reads as prose.
const spoken = (name: string) => name.replace(/^(Netherlands|United Kingdom|United States|Czech Republic)$/, 'the $1');

describe('the demands map names each era in words', () => {
	const step = story.steps.find((s) => s.layers.includes('nato-accession'))!;
	const alt = step.alt.replace(/\s+/g, ' ');

	it('lists every member under the era it is coloured by, and no member twice', () => {
		for (const [era, pattern] of Object.entries(ERA_PARTS)) {
			const part = alt.match(pattern)?.[1] ?? '';
			expect(part, era).not.toBe('');
			for (const m of members) {
				const named = new RegExp(`\\b${spoken(m.name)}\\b`).test(part);
				expect(named, `${m.name} (${m.joined}) in the ${era} part`).toBe(natoEra(m.joined) === era);
			}
		}
		expect(alt).toContain(`${members.length} members`);
	});

	it('gives the count of each era', () => {
		const count = (era: string) => members.filter((m) => natoEra(m.joined) === era).length;
		expect(alt).toContain(`the ${count('nato-founding')} founders of 1949`);
		expect(alt).toContain(`the ${count('nato-cold-war')} that joined from 1952 to 1982`);
		expect(alt).toContain(`the ${count('nato-post-1997')} that joined from 1999 to 2020`);
	});

	it('is needed: the eras are too close in lightness to be told apart by colour alone', () => {
		const [a, b, c] = [CATEGORY_COLORS['nato-founding'], CATEGORY_COLORS['nato-cold-war'], CATEGORY_COLORS['nato-post-1997']];
		expect(Math.min(contrast(a, b), contrast(b, c))).toBeLessThan(3);
	});
});
