// Cross-file checks zod cannot do alone: unique ids, and every id a file mentions exists.
// Unknown ids are reported with the list of known ones, so a typo is fixed at a glance.
import type { FILES, ParsedFiles } from '../../story/schema';
import { fieldPath, type StoryIssue } from './errors';
import type { YamlFile } from './read-yaml';

type Files = typeof FILES;
type Parsed = ParsedFiles;
type Path = (string | number)[];

export function checkReferences(data: Parsed, yaml: Record<keyof Files, YamlFile>, countries: Set<string>): StoryIssue[] {
	const issues: StoryIssue[] = [];

	const unique = (file: keyof Files, rows: { id?: string; code?: string }[], path: (i: number) => Path, what: string) => {
		const seen = new Map<string, number>();
		rows.forEach((row, i) => {
			const id = row.id ?? row.code!;
			const first = seen.get(id);
			if (first === undefined) seen.set(id, i);
			else issues.push(yaml[file].issueAt(path(i), `duplicate ${what} "${id}" (first used at ${fieldPath(path(first))})`));
		});
		return new Set(seen.keys());
	};

	unique('story', data.story.steps, (i) => ['steps', i, 'id'], 'step id');
	const sourceIds = unique('sources', data.sources, (i) => [i, 'id'], 'source id');
	const placeIds = unique('places', data.places, (i) => [i, 'id'], 'place id');
	const siteIds = unique('troopSites', data.troopSites, (i) => [i, 'id'], 'troop site id');
	const groupIds = unique('battlegroups', data.battlegroups, (i) => [i, 'id'], 'battlegroup id');
	const meetingIds = unique('meetings', data.meetings, (i) => [i, 'id'], 'meeting id');
	unique('natoMembers', data.natoMembers, (i) => [i, 'code'], 'member code');
	const pointIds = new Set([...placeIds, ...siteIds, ...groupIds, ...meetingIds]);

	const known = (file: keyof Files, path: Path, id: string, ids: Set<string>, what: string) => {
		if (!ids.has(id)) issues.push(yaml[file].issueAt(path, `unknown ${what} "${id}"; known ${what}s: ${[...ids].join(', ')}`));
	};
	const sourcesOf = (file: keyof Files, rows: { sources?: string[] }[], base: (i: number) => Path) =>
		rows.forEach((row, i) => row.sources?.forEach((s, j) => known(file, [...base(i), 'sources', j], s, sourceIds, 'source')));

	data.story.meta.sources.forEach((s, j) => known('story', ['meta', 'sources', j], s, sourceIds, 'source'));
	sourcesOf('story', data.story.steps, (i) => ['steps', i]);
	data.story.steps.forEach((step, i) => {
		if ('fit' in step.view) step.view.fit.forEach((id, j) => known('story', ['steps', i, 'view', 'fit', j], id, pointIds, 'place'));
		step.places.forEach((id, j) => known('story', ['steps', i, 'places', j], id, placeIds, 'place'));
		step.pins.forEach((id, j) => known('story', ['steps', i, 'pins', j], id, meetingIds, 'meeting'));
		step.highlight.forEach((code, j) => {
			if (!countries.has(code)) issues.push(yaml.story.issueAt(['steps', i, 'highlight', j], `unknown country code "${code}" (use ISO 3166 alpha-3, e.g. UKR, RUS, POL)`));
		});
	});
	for (const key of ['places', 'troopSites', 'troopEstimates', 'natoMembers', 'battlegroups', 'meetings'] as const) {
		sourcesOf(key, data[key], (i) => [i]);
	}
	data.natoMembers.forEach((m, i) => {
		if (!countries.has(m.code)) issues.push(yaml.natoMembers.issueAt([i, 'code'], `unknown country code "${m.code}"`));
	});
	data.battlegroups.forEach((g, i) => {
		if (!data.natoMembers.some((m) => m.code === g.host)) issues.push(yaml.battlegroups.issueAt([i, 'host'], `host "${g.host}" is not in data/nato-members.yaml`));
	});
	return issues;
}
