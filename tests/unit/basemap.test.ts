// The static map's shapes (src/lib/server/basemap.ts): the compact path data draws exactly the
// points d3-geo projects, every country and every shape of an areas or lines layer the page lists
// has a shape, and the block stays small enough to inline in every page.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon } from 'geojson';
import { CompactPath, basemapDefs, loadBasemap } from '../../src/lib/server/basemap';
import { shapeId } from '../../src/lib/map/basemap';
import { loadStory } from '../../src/lib/server/story/load';

/** Absolute integer points of SVG path data made of M, l (relative, implicit repeats) and z. */
function absolutePoints(d: string): [number, number][][] {
	const rings: [number, number][][] = [];
	const tokens = d.match(/[MlzZ]|-?\d+/g) ?? [];
	let command = '';
	let x = 0;
	let y = 0;
	for (let i = 0; i < tokens.length; ) {
		const token = tokens[i];
		if (/[MlzZ]/.test(token)) {
			command = token;
			i++;
			if (command === 'z') command = '';
			continue;
		}
		const [a, b] = [Number(tokens[i]), Number(tokens[i + 1])];
		i += 2;
		if (command === 'M') {
			[x, y] = [a, b];
			rings.push([[x, y]]);
		} else if (command === 'l') {
			[x, y] = [x + a, y + b];
			rings.at(-1)!.push([x, y]);
		} else throw new Error(`number outside a command at ${i}`);
	}
	return rings;
}

describe('CompactPath', () => {
	const projection = geoMercator().scale(1000).translate([500, 500]);
	const shape: Feature<MultiPolygon> = {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'MultiPolygon',
			coordinates: [
				[[[30, 50], [31.2, 50.1], [31.2001, 50.1001], [31, 52.5], [29, 51], [30, 50]]],
				[[[-10, -5], [-8, -5], [-9, -3], [-10, -5]]]
			]
		}
	};

	it('draws the same rounded points as d3-geo, without repeats, in half the characters', () => {
		const context = new CompactPath();
		geoPath(projection, context)(shape);
		const compact = context.take();
		const reference = geoPath(projection).digits(0)(shape)!;
		const dedupe = (ring: [number, number][]) => ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
		const referencePoints = reference
			.split('Z')
			.filter(Boolean)
			.map((ring) => dedupe((ring.match(/-?\d+,-?\d+/g) ?? []).map((p) => p.split(',').map(Number) as [number, number])));
		expect(absolutePoints(compact)).toEqual(referencePoints);
		expect(compact.length).toBeLessThan(reference.length);
		expect(context.take()).toBe('');
	});
});

describe('basemapDefs', () => {
	const { layers } = loadStory();
	const defs = basemapDefs(layers);
	const basemap = loadBasemap(layers);

	it('has a shape for every country and every area or line shape the page lists', () => {
		for (const { id } of basemap.countries) expect(defs, id).toContain(`id="${shapeId(id)}"`);
		// Every areas or lines layer, and nothing else, has its shapes, named `<layer>-<n>`.
		expect(Object.keys(basemap.shapes).sort()).toEqual(layers.filter((l) => l.kind === 'areas' || l.kind === 'lines').map((l) => l.id).sort());
		for (const [layer, ids] of Object.entries(basemap.shapes)) {
			expect(ids.length, layer).toBeGreaterThan(0);
			ids.forEach((id, i) => {
				expect(id).toBe(`${layer}-${i}`);
				expect(defs, id).toContain(`id="${shapeId(id)}"`);
			});
		}
		// The old `disputed` areas, now two layers: Crimea, and the two separatist-held areas.
		expect(basemap.shapes).toMatchObject({ crimea: ['crimea-0'], separatist: ['separatist-0', 'separatist-1'] });
	});

	it('writes only integer path data in the compact form, every ring a closed polygon', () => {
		for (const [, d] of defs.matchAll(/ d="([^"]*)"/g)) {
			// Empty for a few islets and San Marino: smaller than a unit, so nothing to draw.
			expect(d).toMatch(/^(M[Mlz\d -]+z)?$/);
			for (const ring of absolutePoints(d)) expect(ring.length).toBeGreaterThanOrEqual(3);
		}
	});

	it('stays small enough to inline in every page (≤ 30 KB gzip)', () => {
		expect(gzipSync(defs).length).toBeLessThanOrEqual(30 * 1024);
	});
});

describe('the second story\'s shapes', () => {
	it('come from its own folder: one shape per feature its lines layers keep', () => {
		const dir = 'data/stories/nato-enlargement';
		const { layers } = loadStory(process.cwd(), dir);
		// The basemap finds the story's folder as the build does, from STORY.
		const before = process.env.STORY;
		process.env.STORY = 'nato-enlargement';
		let defs = '';
		let shapes: Record<string, string[]> = {};
		try {
			defs = basemapDefs(layers);
			shapes = loadBasemap(layers).shapes;
		} finally {
			if (before === undefined) delete process.env.STORY;
			else process.env.STORY = before;
		}
		const geo = JSON.parse(readFileSync(`${dir}/geo/russia-border.json`, 'utf8')) as { features: { properties: { since: number } }[] };
		const since = (years: number[]) => geo.features.filter((f) => years.includes(f.properties.since)).length;
		expect(Object.keys(shapes).sort()).toEqual(['border-1949', 'border-1999', 'border-2004', 'border-finland']);
		expect(shapes['border-1949']).toHaveLength(since([1949]));
		expect(shapes['border-2004']).toHaveLength(since([1949, 1999, 2004]));
		expect(shapes['border-finland']).toHaveLength(since([2023]));
		for (const ids of Object.values(shapes)) for (const id of ids) expect(defs, id).toMatch(new RegExp(`id="${shapeId(id)}" d="M`));
		expect(gzipSync(defs).length).toBeLessThanOrEqual(30 * 1024);
	});
});
