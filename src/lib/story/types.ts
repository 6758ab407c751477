// The story as the page receives it: validated, cross-checked and with Markdown rendered.
// Built at prerender time by src/lib/server/story/load.ts; components only read it.
import type { Battlegroup, FigureId, LayerId, Meeting, NatoMember, Place, Source, StoryFile, TroopEstimate, TroopSite } from './schema';

export type LonLat = [number, number];

/** Where a step points the map: a centre and zoom, or a box to fit (with padding added by the map). */
export type Camera = { center: LonLat; zoom: number } | { bounds: [LonLat, LonLat]; maxZoom: number };

/** A step as the map and the navigation see it: where to look and what to show, without its text. */
export interface StepView {
	id: string;
	index: number;
	title: string;
	camera: Camera;
	layers: LayerId[];
	highlight: string[];
	places: string[];
	pins: string[];
	/** What the map shows, in words, for readers who cannot see it. */
	alt: string;
}

export interface StoryStep extends StepView {
	kicker?: string;
	bodyHtml: string;
	figure?: FigureId;
	sources: Source[];
	notes: string;
	question: string;
}

export interface StoryData {
	places: Place[];
	troopSites: TroopSite[];
	troopEstimates: (TroopEstimate & { sourceList: Source[] })[];
	natoMembers: NatoMember[];
	battlegroups: Battlegroup[];
	meetings: (Meeting & { sourceList: Source[] })[];
}

export interface Story {
	meta: Omit<StoryFile['meta'], 'sources'> & { sources: Source[]; /** meta.method rendered from Markdown. */ methodHtml: string };
	glossary: StoryFile['glossary'];
	steps: StoryStep[];
	data: StoryData;
}

/** The tables the map draws from: all but the troop estimates, which only the chart shows. */
export type MapData = Omit<StoryData, 'troopEstimates'>;

/** What the scrolling page sends to the browser: its step texts are prerendered HTML (src/lib/server/stepTexts.ts). */
export interface StoryOutline {
	meta: Story['meta'];
	steps: StepView[];
	data: MapData;
}

export type { Battlegroup, LayerId, Meeting, NatoMember, Place, Source, TroopEstimate, TroopSite };
