// Cross-file checks zod cannot do alone: unique ids and keys, and every id a file mentions
// exists (sources, countries, places, layers, figures, pins). Unknown ids are reported with
// the known ones, so a typo is fixed at a glance.
import type { StoryFile } from '../../story/schema';
import type { Source } from '../../story/types';
import { fieldPath, type StoryIssue } from './errors';
import type { YamlFile } from './read-yaml';
import { placeIndex } from './layers';
import type { Table } from './tables';

type Path = (string | number)[];

export interface Inputs {
	story: StoryFile;
	storyYaml: YamlFile;
	sources: Source[];
	sourcesYaml: YamlFile;
	tables: Map<string, Table>;
	countries: Set<string>;
}

export function checkReferences({ story, storyYaml, sources, sourcesYaml, tables, countries }: Inputs): StoryIssue[] {
	const issues: StoryIssue[] = [];
	const unique = (yaml: YamlFile, values: string[], path: (i: number) => Path, what: string) => {
		const seen = new Map<string, number>();
		values.forEach((value, i) => {
			const first = seen.get(value);
			if (first === undefined) seen.set(value, i);
			else issues.push(yaml.issueAt(path(i), `duplicate ${what} "${value}" (first used at ${fieldPath(path(first))})`));
		});
		return new Set(seen.keys());
	};
	const known = (yaml: YamlFile, path: Path, id: string, ids: Set<string>, what: string) => {
		if (!ids.has(id)) issues.push(yaml.issueAt(path, `unknown ${what} "${id}"; known ${what}s: ${[...ids].join(', ') || 'none'}`));
	};
	const country = (yaml: YamlFile, path: Path, code: string) => {
		if (!countries.has(code)) issues.push(yaml.issueAt(path, `unknown country code "${code}" (use ISO 3166 alpha-3, e.g. JPN, KEN, BRA)`));
	};

	unique(storyYaml, story.steps.map((s) => s.id), (i) => ['steps', i, 'id'], 'step id');
	const sourceIds = unique(sourcesYaml, sources.map((s) => s.id), (i) => [i, 'id'], 'source id');
	const places = new Set(placeIndex(tables).keys());

	for (const table of tables.values()) {
		const { key } = table.declaration;
		if (key) unique(table.yaml, table.rows.map((r) => String(r[key])), (i) => [i, key], `${key} in ${table.id}`);
		table.rows.forEach((row, i) => {
			for (const [column, type] of Object.entries(table.types)) {
				const value = row[column];
				if (value === undefined) continue;
				if (type === 'sources') (value as string[]).forEach((s, j) => known(table.yaml, [i, column, j], s, sourceIds, 'source'));
				if (type === 'country') country(table.yaml, [i, column], value as string);
				if (type === 'country[]') (value as string[]).forEach((c, j) => country(table.yaml, [i, column, j], c));
				if (type === 'place') known(table.yaml, [i, column], value as string, places, 'place');
			}
		});
	}

	const layerIds = new Set(Object.keys(story.layers));
	const pinIds = new Set<string>();
	const listed = new Set<string>();
	for (const [id, layer] of Object.entries(story.layers)) {
		if (layer.kind === 'areas' && layer.over) country(storyYaml, ['layers', id, 'over'], layer.over);
		if (layer.kind === 'countries') Object.keys(layer.fills).forEach((code) => country(storyYaml, ['layers', id, 'fills', code], code));
		const table = 'table' in layer && layer.table ? tables.get(layer.table) : undefined;
		const key = table?.declaration.key;
		if (!table || !key) continue;
		if (layer.kind === 'pins') table.rows.forEach((r) => pinIds.add(String(r[key])));
		if (layer.kind === 'points' && layer.show === 'listed') table.rows.forEach((r) => listed.add(String(r[key])));
	}
	story.defaults.layers.forEach((id, j) => known(storyYaml, ['defaults', 'layers', j], id, layerIds, 'layer'));
	story.meta.sources.forEach((s, j) => known(storyYaml, ['meta', 'sources', j], s, sourceIds, 'source'));
	story.steps.forEach((step, i) => {
		const at = (...path: Path) => ['steps', i, ...path];
		step.sources.forEach((s, j) => known(storyYaml, at('sources', j), s, sourceIds, 'source'));
		if ('fit' in step.view) step.view.fit.forEach((id, j) => known(storyYaml, at('view', 'fit', j), id, places, 'place'));
		step.layers.forEach((id, j) => known(storyYaml, at('layers', j), id, layerIds, 'layer'));
		if (step.figure) known(storyYaml, at('figure'), step.figure, new Set(Object.keys(story.figures)), 'figure');
		step.places.forEach((id, j) => known(storyYaml, at('places', j), id, listed, 'place'));
		step.pins.forEach((id, j) => known(storyYaml, at('pins', j), id, pinIds, 'pin'));
		step.highlight.forEach((code, j) => country(storyYaml, at('highlight', j), code));
	});
	return issues;
}
