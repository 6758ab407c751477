// What a story declares besides its words: its data tables (file, key, typed columns), its map
// layers and its figures. The engine knows the kinds below; the story's story.yaml names the
// instances, and each step lists the layers it shows. Zod checks the shapes here; the checks that
// need the tables themselves (columns that exist, class breaks in order, colours that read on the
// map) are in src/lib/server/story/layers.ts and figures.ts.
import { z } from 'zod';

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id (letters, digits and hyphens)');
const text = z.string().trim().min(1, 'some text');
const column = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]*$/, 'a column name');
const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour written #rrggbb');
const countryCode = z.string().regex(/^[A-Z]{3}$/, 'a three-letter country code such as "JPN"');
/** A file in the story's own folder. */
const storyFile = (ext: string) => z.string().regex(new RegExp(`^[\\w-]+(/[\\w-]+)*\\.${ext}$`), `a .${ext} file in the story's folder, such as "geo/areas.${ext}"`);

/** The types a table's column may have; "?" after a type makes the column optional. */
export const COLUMN_TYPES = ['id', 'text', 'number', 'integer', 'year', 'date', 'country', 'boolean', 'lat', 'lon', 'place', 'sources', 'text[]', 'country[]'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

const columnType = z
	.string()
	.refine((t) => (COLUMN_TYPES as readonly string[]).includes(t.replace(/\?$/, '')), `a column type: ${COLUMN_TYPES.join(', ')} (add "?" if the column is optional)`);

export const tableSchema = z.strictObject({
	file: storyFile('ya?ml'),
	/** The column that names a row, unique within the table (steps and layers refer to rows by it). */
	key: column.optional(),
	columns: z.record(column, columnType)
});

/** A range of numbers: `{ max: 1999 }` keeps values up to 1999, `{ min: 2004 }` from 2004. */
const range = z.strictObject({ min: z.number().optional(), max: z.number().optional() }).refine((r) => r.min !== undefined || r.max !== undefined, 'expected min, max or both');
/** Rows or features kept: a property equal to a value, one of a list, or in a range. */
const filter = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()])).min(1), range]));

/** How a fill prints on a black-and-white printer (the handout): solid, fine lines or fine dots. */
const print = z.strictObject({ mark: z.enum(['solid', 'lines', 'dots']), opacity: z.number().min(0).max(1).optional() });

const fillClass = z.strictObject({ label: text, color: hex.optional(), print: print.optional() });

const countriesLayer = z.strictObject({
	kind: z.literal('countries'),
	/** Fixed fills for listed countries: the story's context (a country and its neighbours, say). */
	fills: z.record(countryCode, fillClass.extend({ color: hex })),
	legend: text.optional()
});

const choroplethLayer = z.strictObject({
	kind: z.literal('choropleth'),
	table: id,
	/** The table's country-code column. */
	country: column,
	/** The column the colour comes from: a number or year (classes), text or true/false (categories), or a list (its length, in classes). */
	value: column,
	/** Classes of a number, in order: each takes the values up to its `max`; the last has none. */
	classes: z.array(fillClass.extend({ max: z.number().optional() })).min(1).optional(),
	/** Categories of a text or true/false column: value → label (and colour). */
	categories: z.record(z.string(), fillClass).optional(),
	/** Colours for classes that give none: colour-blind-safe, sequential or categorical. */
	palette: z.enum(['blues', 'categorical']).default('blues'),
	/** Only the rows that match. */
	where: filter.optional(),
	/** The legend lists classes in their order, or from the highest down. */
	legendOrder: z.enum(['ascending', 'descending']).default('ascending'),
	legend: text.optional()
});

const pointsLayer = z.strictObject({
	kind: z.literal('points'),
	table: id,
	/** The column shown as each point's label. */
	label: column,
	/** all: every row while the layer is on; listed: only the rows a step names in `places`. */
	show: z.enum(['all', 'listed']).default('all'),
	color: hex,
	/** The dot's radius in pixels. */
	size: z.number().positive().max(20).default(4),
	labelSize: z.number().min(8).max(24).default(12),
	legend: text.optional()
});

const areasLayer = z.strictObject({
	kind: z.literal('areas'),
	geojson: storyFile('json'),
	filter: filter.optional(),
	/** hatch: diagonal lines; cross-hatch: two directions; a colour: a solid fill; none: outline only. */
	fill: z.union([z.enum(['hatch', 'cross-hatch', 'none']), hex]),
	/** The hatch's (and the outline's) colour. */
	color: hex,
	outline: z.boolean().default(true),
	/** The country the areas lie in: the legend draws its swatch on that country's fill, as the map shows it. */
	over: countryCode.optional(),
	legend: text.optional()
});

const linesLayer = z.strictObject({
	kind: z.literal('lines'),
	/** Lines from GeoJSON in the story's folder… */
	geojson: storyFile('json').optional(),
	filter: filter.optional(),
	/** …or from a table of from/to places. */
	table: id.optional(),
	from: column.optional(),
	to: column.optional(),
	color: hex,
	width: z.number().positive().max(12).default(2),
	dash: z.array(z.number().positive()).min(2).optional(),
	/** An arrowhead at each line's end (a route, an advance). */
	arrows: z.boolean().default(false),
	legend: text.optional()
});

const pinsLayer = z.strictObject({
	kind: z.literal('pins'),
	table: id,
	/** The pin's name (a city) and the popup's heading, "<label>: <title>". */
	label: column,
	title: column,
	date: column,
	/** A short date shown on the pin ("Mar 3–4"); the popup gives the full date too. */
	dateLabel: column.optional(),
	/** The popup's other fields, in order; muted ones are set in the soft ink. */
	fields: z.array(z.union([column, z.strictObject({ column, muted: z.boolean().default(false) })])).default([]),
	/** What the pin's button in the text opens, after "<label>, <date>: " (default: the interface's "details", in the page's language). */
	button: text.optional(),
	legend: text.optional()
});

export const layerSchema = z.discriminatedUnion('kind', [countriesLayer, choroplethLayer, pointsLayer, areasLayer, linesLayer, pinsLayer]);

const timelineFigure = z.strictObject({
	kind: z.literal('timeline'),
	table: id,
	date: column,
	label: column,
	/** A short date to print instead of the full one ("Mar 3–4"). */
	dateLabel: column.optional(),
	detail: column.optional(),
	title: text
});

const rangeChartFigure = z.strictObject({
	kind: z.literal('range-chart'),
	table: id,
	date: column,
	low: column,
	/** A range's upper end, where a value was given as one. */
	high: column.optional(),
	label: column,
	who: column,
	scope: column,
	/** A true/false column: its true rows are drawn hollow (a projection rather than a count, say). */
	hollow: column.optional(),
	/** The key under the chart: what a filled and a hollow dot mean. */
	key: z.strictObject({ value: text, hollow: text.optional() }),
	title: text,
	/** What the numbers count ("people", "tonnes"), for the table's heading. */
	unit: text,
	/** The summary line of the table of every value under the chart. */
	details: text
});

export const figureSchema = z.discriminatedUnion('kind', [timelineFigure, rangeChartFigure]);

export const declarationsSchema = {
	tables: z.record(id, tableSchema),
	layers: z.record(id, layerSchema),
	figures: z.record(id, figureSchema).default({}),
	defaults: z.strictObject({ layers: z.array(z.string()).default([]) }).default({ layers: [] })
};

export type TableDeclaration = z.infer<typeof tableSchema>;
export type LayerDeclaration = z.output<typeof layerSchema>;
export type FigureDeclaration = z.output<typeof figureSchema>;
export type FillClass = z.output<typeof fillClass>;
export type PrintMark = z.output<typeof print>;
