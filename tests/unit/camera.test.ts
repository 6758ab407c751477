// The static map and the WebGL map must agree on where a step points the camera.
import { describe, expect, it } from 'vitest';
import { mapPadding, PIN_ROOM, project, resolveCamera, unproject, viewTransform } from '../../src/lib/map/camera';
import { countryFills, FOCUS, labelledCountries, legendFor } from '../../src/lib/map/theme';
import { loadStory } from '../../src/lib/server/story/load';
import type { Fill } from '../../src/lib/story/types';

const noPadding = { top: 0, right: 0, bottom: 0, left: 0 };

describe('camera', () => {
	it('projects like MapLibre (512-unit Web Mercator world)', () => {
		expect(project([0, 0])).toEqual([256, 256]);
		expect(project([-180, 85.0511])[0]).toBe(0);
		expect(project([-180, 85.0511])[1]).toBeCloseTo(0, 2);
		const back = unproject(project([30.524, 50.455]));
		expect(back[0]).toBeCloseTo(30.524, 6);
		expect(back[1]).toBeCloseTo(50.455, 6);
	});

	it('fits bounds inside the padded viewport and respects maxZoom', () => {
		const camera = { bounds: [[4.425, 46.234], [16.365, 50.879]] as [[number, number], [number, number]], maxZoom: 6 };
		const size = { width: 800, height: 600 };
		const padding = { top: 50, right: 20, bottom: 30, left: 20 };
		const { zoom } = resolveCamera(camera, size, padding);
		const t = viewTransform(camera, size, padding);
		const [x0, y1] = project(camera.bounds[0]);
		const [x1, y0] = project(camera.bounds[1]);
		// Both corners land inside the padded box, and one dimension is filled.
		expect(x0 * t.k + t.x).toBeGreaterThanOrEqual(padding.left - 1e-6);
		expect(x1 * t.k + t.x).toBeLessThanOrEqual(size.width - padding.right + 1e-6);
		expect(y0 * t.k + t.y).toBeGreaterThanOrEqual(padding.top - 1e-6);
		expect(y1 * t.k + t.y).toBeLessThanOrEqual(size.height - padding.bottom + 1e-6);
		expect(t.k).toBeCloseTo(2 ** zoom);
		const tight = resolveCamera({ ...camera, maxZoom: 2 }, size, padding);
		expect(tight.zoom).toBe(2);
	});

	it('centres a centre-and-zoom camera in the padded area', () => {
		const size = { width: 400, height: 800 };
		const padding = mapPadding(size, true);
		const t = viewTransform({ center: [6.138, 46.234], zoom: 5 }, size, padding);
		const [px, py] = project([6.138, 46.234]);
		expect(px * t.k + t.x).toBeCloseTo(padding.left + (size.width - padding.left - padding.right) / 2);
		expect(py * t.k + t.y).toBeCloseTo(padding.top + (size.height - padding.top - padding.bottom) / 2);
		// On phones the subject sits above the text, in the upper part of the screen.
		expect(py * t.k + t.y).toBeLessThan(size.height / 2);
		expect(resolveCamera({ center: [1, 2], zoom: 3 }, size, noPadding)).toEqual({ center: [1, 2], zoom: 3 });
	});
});

describe('room for pins', () => {
	it('keeps room above and to the right of a fit for the pins\' labels, on phones and wide screens', () => {
		// The three meetings, fitted as the closing step fits them.
		const places: [number, number][] = [[6.138, 46.234], [4.415, 50.879], [16.369, 48.208]];
		const camera = { bounds: [[4.415, 46.234], [16.369, 50.879]] as [[number, number], [number, number]], maxZoom: 4.8 };
		for (const [size, overlay] of [[{ width: 320, height: 640 }, true], [{ width: 390, height: 844 }, true], [{ width: 900, height: 800 }, false]] as const) {
			const plain = mapPadding(size, overlay);
			const padding = mapPadding(size, overlay, true);
			expect(padding).toEqual({ ...plain, top: plain.top + PIN_ROOM.top, right: plain.right + PIN_ROOM.right });
			const t = viewTransform(camera, size, padding);
			for (const place of places) {
				const [px, py] = project(place);
				const [x, y] = [px * t.k + t.x, py * t.k + t.y];
				expect(x + PIN_ROOM.right).toBeLessThanOrEqual(size.width - plain.right + 1e-6);
				expect(y - PIN_ROOM.top).toBeGreaterThanOrEqual(plain.top - 1e-6);
				expect(x).toBeGreaterThanOrEqual(plain.left - 1e-6);
			}
		}
	});
});

describe('a tiny map (a phone zoomed to 400%)', () => {
	it('shrinks its margins so the three meetings still fit, not the whole world', () => {
		const camera = { bounds: [[4.415, 46.234], [16.369, 50.879]] as [[number, number], [number, number]], maxZoom: 4.8 };
		const roomy = resolveCamera(camera, { width: 390, height: 844 }, mapPadding({ width: 390, height: 844 }, true, true));
		for (const size of [{ width: 320, height: 176 }, { width: 320, height: 120 }]) {
			const padding = mapPadding(size, true, true);
			expect(padding.top + padding.bottom, `${size.height} px tall`).toBeLessThanOrEqual(size.height * 0.75 + 1);
			expect(padding.left + padding.right).toBeLessThanOrEqual(size.width * 0.75 + 1);
			const { zoom } = resolveCamera(camera, size, padding);
			// A view of the meetings' region (zoom 2 shows all of Europe at this size), not of the world.
			expect(zoom, `${size.height} px tall`).toBeGreaterThan(1.5);
			expect(zoom).toBeLessThan(roomy.zoom + 1e-6);
		}
	});

	it('leaves the margins of every normal screen as they were', () => {
		for (const [size, overlay] of [[{ width: 390, height: 844 }, true], [{ width: 1440, height: 900 }, false], [{ width: 360, height: 640 }, true]] as const) {
			for (const pins of [false, true]) {
				const p = mapPadding(size, overlay, pins);
				expect(p.top + p.bottom).toBeLessThan(size.height * 0.75);
				expect(p.left + p.right).toBeLessThan(size.width * 0.75);
			}
		}
	});
});

describe('map theme', () => {
	// The default story's declared layers: `context` colours Russia, Belarus and Ukraine; the two
	// choropleths colour the NATO members of data/nato-members.yaml by era and by border.
	const { layers } = loadStory();
	const labels = (fills: Record<string, Fill>) => Object.fromEntries(Object.entries(fills).map(([code, fill]) => [code, fill.label]));
	const step = (layers: string[], highlight: string[] = [], pins: string[] = []) => ({ layers, highlight, pins, places: [] });

	it('shades NATO members by accession era only when that layer is on', () => {
		expect(labels(countryFills(step(['context', 'places']), layers))).toEqual({ RUS: 'Russia', BLR: 'Belarus', UKR: 'Ukraine' });
		const fills = countryFills(step(['context', 'places', 'nato-accession'], ['CHE']), layers);
		expect(labels(fills)).toMatchObject({
			RUS: 'Russia',
			USA: 'NATO founders, 1949',
			TUR: 'Joined 1952–1982',
			POL: 'Joined 1999–2020, after the 1997 line',
			CHE: 'Country in focus'
		});
		expect(fills.CHE).toBe(FOCUS);
		// The era layer is off: no member takes an era's fill.
		expect(countryFills(step(['context', 'eastern-flank']), layers).USA.label).toBe('Other NATO members');
	});

	it('marks flank members and builds a matching legend', () => {
		const on = step(['context', 'places', 'eastern-flank', 'battlegroups', 'crimea', 'separatist'], [], ['geneva']);
		const fills = countryFills(on, layers);
		expect(labels(fills)).toMatchObject({ POL: 'NATO members bordering Russia, Belarus or Ukraine', USA: 'Other NATO members' });
		const legend = legendFor(on, layers, fills);
		expect(legend.map((i) => i.label)).toEqual([
			'Russia',
			'Belarus',
			'Ukraine',
			'NATO members bordering Russia, Belarus or Ukraine',
			'Other NATO members',
			'Crimea: annexed by Russia in 2014',
			'Held by Russian-backed separatists since 2014 (line approximate)',
			'NATO battlegroup or brigade',
			'January 2022 talks'
		]);
		expect(legend.map((i) => i.kind)).toEqual(['fill', 'fill', 'fill', 'fill', 'fill', 'area', 'area', 'point', 'pin']);
		// Each fill's swatch is the very fill the map gives the countries.
		for (const item of legend) if (item.kind === 'fill') expect(Object.values(fills)).toContain(item.fill);
		// No pins in the step, no pins in the legend; no focus country, no focus swatch.
		expect(legendFor(step(['context']), layers, countryFills(step(['context']), layers)).map((i) => i.label)).toEqual(['Russia', 'Belarus', 'Ukraine']);
	});
});

describe('antimeridian', () => {
	it('keeps a ring that crosses 180° in one piece for the flat WebGL map', async () => {
		const { unwrapAntimeridian } = await import('../../src/lib/map/antimeridian');
		const ring = [[178, 65], [-178, 65], [-178, 67], [178, 67], [178, 65]];
		const fc = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: [ring] } }] };
		const out = unwrapAntimeridian(fc);
		expect((out.features[0].geometry as { coordinates: number[][][] }).coordinates[0].map((p) => p[0])).toEqual([178, 182, 182, 178, 178]);
		const europe = { ...fc, features: [{ ...fc.features[0], geometry: { type: 'Polygon' as const, coordinates: [[[20, 50], [30, 50], [30, 55], [20, 50]]] } }] };
		expect(unwrapAntimeridian(europe)).toEqual(europe);
	});
});

describe('country labels', () => {
	it('names coloured countries but not those only in focus', () => {
		const fill = (label: string): Fill => ({ color: '#cf6a4c', label });
		expect(labelledCountries({ RUS: fill('Russia'), UKR: fill('Ukraine'), CHE: FOCUS, POL: fill('NATO members bordering Russia, Belarus or Ukraine') }).sort()).toEqual(['POL', 'RUS', 'UKR']);
		// From the story's layers: a highlighted country a layer colours keeps its name.
		const { layers } = loadStory();
		expect(labelledCountries(countryFills({ layers: ['context'], highlight: ['CHE', 'RUS'], pins: [], places: [] }, layers)).sort()).toEqual(['BLR', 'RUS', 'UKR']);
	});
});
