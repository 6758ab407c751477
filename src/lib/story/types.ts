// The story as the page receives it: validated, cross-checked, its declared layers and figures
// resolved to plain data and its Markdown rendered. Built at prerender time by
// src/lib/server/story/load.ts; components only read it. Nothing here names a story's places:
// the engine knows kinds of layer and figure, the story's content declares the instances.
import type { PrintMark } from './declarations';
import type { Source, StoryFile } from './schema';

export type LonLat = [number, number];

/** Where a step points the map: a centre and zoom, or a box to fit (with padding added by the map). */
export type Camera = { center: LonLat; zoom: number } | { bounds: [LonLat, LonLat]; maxZoom: number };

/** One colour a layer gives countries, with what it means (its legend label). */
export interface Fill {
	color: string;
	label: string;
	/** How it prints in black and white; solid when not said. */
	print?: PrintMark;
}

/** What rows or features a layer keeps, by property: a value, any of a list, or a range of numbers. */
export type Filter = Record<string, string | number | boolean | (string | number)[] | { min?: number; max?: number }>;

export interface MapPoint {
	id: string;
	/** The points layer it belongs to. */
	layer: string;
	label: string;
	lon: number;
	lat: number;
	approximate: boolean;
}

export type PinField = { muted: boolean } & ({ text: string } | { list: string[] });

/** A pin with a dated popup: the label and short date show on the map. */
export interface Pin {
	id: string;
	label: string;
	title: string;
	date: string;
	dateLabel: string;
	lon: number;
	lat: number;
	approximate: boolean;
	fields: PinField[];
	sources: Source[];
	/** What its button in the text opens, after "<label>, <date>: ". */
	button: string;
}

/**
 * A map layer, resolved. Countries and choropleth layers both become `fills`: a class per
 * country. Areas and lines are drawn from GeoJSON the build publishes at `url` (under /geo/);
 * lines may instead be given as from/to pairs.
 */
export type MapLayer =
	| { id: string; kind: 'fills'; classes: Fill[]; countries: Record<string, number>; legend?: string }
	| { id: string; kind: 'points'; color: string; size: number; labelSize: number; show: 'all' | 'listed'; points: MapPoint[]; legend?: string }
	| { id: string; kind: 'areas'; url: string; filter?: Filter; fill: string; color: string; outline: boolean; over?: string; legend?: string }
	| { id: string; kind: 'lines'; url?: string; filter?: Filter; pairs?: [LonLat, LonLat][]; color: string; width: number; dash?: number[]; arrows: boolean; legend?: string }
	| { id: string; kind: 'pins'; pins: Pin[]; legend?: string };

export type LayerKind = MapLayer['kind'];

/** A step as the map and the navigation see it: where to look and what to show, without its text. */
export interface StepView {
	id: string;
	index: number;
	title: string;
	camera: Camera;
	/** Declared layer ids this step shows: the story's defaults, then its own. */
	layers: string[];
	highlight: string[];
	/** Rows of `show: listed` points layers to label. */
	places: string[];
	/** Pins (rows of pins layers) to show. */
	pins: string[];
	/** What the map shows, in words, for readers who cannot see it. */
	alt: string;
}

/** A figure beside a step's text, with its rows resolved. */
export type Figure =
	| { kind: 'timeline'; title: string; events: { date: string; dateLabel?: string; label: string; detail?: string; sources: Source[] }[] }
	| {
			kind: 'range-chart';
			title: string;
			unit: string;
			details: string;
			key: { value: string; hollow?: string };
			values: { date: string; low: number; high?: number; label: string; who: string; scope: string; hollow: boolean; sources: Source[] }[];
	  };

export interface StoryStep extends StepView {
	kicker?: string;
	bodyHtml: string;
	figure?: Figure;
	sources: Source[];
	notes: string;
	question: string;
}

export interface Story {
	meta: Omit<StoryFile['meta'], 'sources'> & {
		sources: Source[]; /** meta.method rendered from Markdown. */ methodHtml: string; /** Whether the story's folder has its preview image (share.png). */ shareImage: boolean; /** English, then the languages it is translated into. */ locales: string[];
		/** In a translation only: its credit, shown under the byline ("Переклад з англійської: графічна редакція"); from `translation.note` in i18n/<locale>.yaml. */
		translation?: string;
	};
	glossary: StoryFile['glossary'];
	steps: StoryStep[];
	layers: MapLayer[];
}

/** What the scrolling page sends to the browser: its step texts are prerendered HTML (src/lib/server/stepTexts.ts). */
export interface StoryOutline {
	meta: Story['meta'];
	steps: StepView[];
	layers: MapLayer[];
}

export type { Source };
