// The shape of every content file in data/. Zod checks it at build time; the messages it
// produces are turned into `file:line:col field: expected …` by ../server/story/errors.ts.
// Each table row carries `sources`: ids from the story's sources.yaml, checked in
// ../server/story/references.ts. The story's own tables, layers and figures are declared in its
// story.yaml, in the shapes of ./declarations.ts.
import { z } from 'zod';
import { declarationsSchema } from './declarations';

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id (letters, digits and hyphens)');
const countryCode = z.string().regex(/^[A-Z]{3}$/, 'a three-letter country code such as "JPN"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const lat = z.number().min(-90).max(90);
const lon = z.number().min(-180).max(180);
const sourceRefs = z.array(z.string()).min(1, "at least one source id from the story's sources.yaml");
const text = z.string().trim().min(1, 'some text');

export const viewSchema = z.union([
	z.strictObject({ center: z.tuple([lon, lat]), zoom: z.number().min(0).max(12) }),
	z.strictObject({
		fit: z.array(z.string()).min(1, 'at least one place id to fit'),
		maxZoom: z.number().min(0).max(12).optional()
	})
]);

export const stepSchema = z.strictObject({
	id,
	kicker: text.optional(),
	title: text,
	body: text,
	view: viewSchema,
	/** Declared layer ids, shown after the story's defaults. */
	layers: z.array(z.string()).default([]),
	highlight: z.array(countryCode).default([]),
	places: z.array(z.string()).default([]),
	pins: z.array(z.string()).default([]),
	/** A declared figure id. */
	figure: id.optional(),
	alt: text,
	sources: sourceRefs,
	notes: text,
	question: text
});

export const storySchema = z.strictObject({
	meta: z.strictObject({
		title: text,
		dek: text,
		kicker: text.optional(),
		byline: text,
		/** The date the story describes: "the situation as of …". Not when it was written. */
		covers: isoDate,
		/** When the page was really published and, if changed since, last updated. */
		published: isoDate,
		updated: isoDate.optional(),
		lang: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language tag such as "en"'),
		credit: text,
		/** Markdown for the footer's method note: how figures and positions are sourced, and which facts rest on a single non-primary source. */
		method: text,
		/** The preview image (share.png in the story's folder, made by `npm run screenshots`): the step it shows and what it shows, in words. */
		share: z.strictObject({ step: id.optional(), alt: text }).optional(),
		sources: sourceRefs
	}),
	glossary: z.array(z.strictObject({ term: text, definition: text })).default([]),
	/** Names the map's labels use instead of the atlas's, by country code (scripts/build-geo.ts). */
	countryNames: z.record(z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code such as "JPN"'), text).default({}),
	...declarationsSchema,
	steps: z.array(stepSchema).min(1, 'at least one step')
});

/**
 * What a source is, as a standards desk would ask:
 * - primary: the government's, organisation's or data provider's own statement, document or data;
 * - reporting: a news organisation's or analyst's own reporting (it may quote others);
 * - copy: a republication of someone else's text (syndication, mirror, aggregator, wiki):
 *   `original` names whose text it is, and the page cites it as "<original> via <publisher>".
 */
export const SOURCE_KINDS = ['primary', 'reporting', 'copy'] as const;

export const sourceSchema = z
	.strictObject({
		id: z.string().regex(/^S\d+$/, 'a source id such as "S12"'),
		/** Who published the page at `url` (for a copy: the site that republished it). */
		publisher: text,
		kind: z.enum(SOURCE_KINDS),
		/** For a copy: the outlet or body whose text it is ("The New York Times"). */
		original: text.optional(),
		title: text.optional(),
		date: z.union([isoDate, z.string().regex(/^\d{4}(-\d{2})?$/)]).optional(),
		url: z.url({ protocol: /^https?$/ }),
		note: text.optional()
	})
	.superRefine((source, ctx) => {
		if (source.kind === 'copy' && !source.original) {
			ctx.addIssue({ code: 'custom', path: ['original'], message: 'the name of the outlet a copy reproduces (kind: copy needs original:)' });
		}
		if (source.kind !== 'copy' && source.original) {
			ctx.addIssue({ code: 'custom', path: ['original'], message: 'no original: only a source of kind copy names one' });
		}
	})
	// `cite` is how the page and the handout name the source: a copy is credited to its original first.
	.transform((source) => ({ ...source, cite: sourceName(source) }));

/** "The New York Times via Taipei Times" for a copy; the publisher's name for anything else. */
export function sourceName(source: { publisher: string; kind: (typeof SOURCE_KINDS)[number]; original?: string }): string {
	return source.kind === 'copy' && source.original ? `${source.original} via ${source.publisher}` : source.publisher;
}

/** The two files every story folder has; its tables are declared in story.yaml. */
export const STORY_FILE = 'story.yaml';
export const SOURCES_FILE = 'sources.yaml';

export type StoryFile = z.infer<typeof storySchema>;
export type Step = z.infer<typeof stepSchema>;
export type Source = z.output<typeof sourceSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
