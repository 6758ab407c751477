// The dev camera helper's YAML (src/lib/dev/cameraYaml.ts): what an author pastes into a step
// must parse as YAML and pass the step's own view schema, rounded and within its zoom range.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fitYaml, knownPlaces, placesToFit, round2, viewYaml } from '../../src/lib/dev/cameraYaml';
import { viewSchema } from '../../src/lib/story/schema';
import type { MapLayer } from '../../src/lib/story/types';

const pasted = (line: string) => viewSchema.parse(parse(line).view);

describe('camera helper YAML', () => {
	it('writes a centre and zoom the schema accepts, to two decimals', () => {
		expect(viewYaml([31.2667, 50.4501], 4.6049)).toBe('view: { center: [31.27, 50.45], zoom: 4.6 }');
		expect(pasted(viewYaml([-0.004, 51.5], 3))).toEqual({ center: [0, 51.5], zoom: 3 });
		expect(round2(-0.001)).toBe(0);
	});

	it('keeps the zoom inside the range a step allows', () => {
		expect(pasted(viewYaml([10, 10], 14.2))).toMatchObject({ zoom: 12 });
		expect(pasted(viewYaml([10, 10], -1))).toMatchObject({ zoom: 0 });
	});

	it('writes a fit of place ids the schema accepts', () => {
		expect(pasted(fitYaml(['harbour', 'summit'], 5.256))).toEqual({ fit: ['harbour', 'summit'], maxZoom: 5.26 });
	});

	it('offers the places of points and pins layers, once each', () => {
		const layers = [
			{ id: 'a', kind: 'points', color: '#000000', size: 3, labelSize: 12, show: 'all', points: [{ id: 'x', layer: 'a', label: 'X', lon: 1, lat: 2, approximate: false }] },
			{ id: 'b', kind: 'pins', pins: [{ id: 'x', label: 'X', title: '', date: '2020-01-01', dateLabel: '', lon: 1, lat: 2, approximate: false, fields: [], sources: [], button: 'details' }, { id: 'y', label: 'Y', title: '', date: '2020-01-01', dateLabel: '', lon: 3, lat: 4, approximate: false, fields: [], sources: [], button: 'details' }] },
			{ id: 'c', kind: 'fills', classes: [], countries: {} }
		] as MapLayer[];
		expect(knownPlaces(layers)).toEqual([{ id: 'x', lon: 1, lat: 2 }, { id: 'y', lon: 3, lat: 4 }]);
	});

	it('names every place in view, or only those that bound many', () => {
		const at = (id: string, x: number, y: number) => ({ id, lon: 0, lat: 0, x, y });
		expect(placesToFit([at('b', 2, 0), at('a', 1, 0)])).toEqual({ ids: ['a', 'b'], of: 2 });
		const many = Array.from({ length: 10 }, (_, i) => at(`p${i}`, i, i === 4 ? -5 : i === 5 ? 20 : 1));
		expect(placesToFit(many)).toEqual({ ids: ['p0', 'p4', 'p5', 'p9'], of: 10 });
	});
});
