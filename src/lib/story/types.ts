// The story as the page receives it: validated, cross-checked and with Markdown rendered.
// Built at prerender time by src/lib/server/story/load.ts; components only read it.
import type { Battlegroup, FigureId, LayerId, Meeting, NatoMember, Place, Source, StoryFile, TroopEstimate, TroopSite } from './schema';

export type LonLat = [number, number];

/** Where a step points the map: a centre and zoom, or a box to fit (with padding added by the map). */
export type Camera = { center: LonLat; zoom: number } | { bounds: [LonLat, LonLat]; maxZoom: number };

export interface StoryStep {
	id: string;
	index: number;
	kicker?: string;
	title: string;
	bodyHtml: string;
	camera: Camera;
	layers: LayerId[];
	highlight: string[];
	places: string[];
	pins: string[];
	figure?: FigureId;
	alt: string;
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
	meta: Omit<StoryFile['meta'], 'sources'> & { sources: Source[] };
	glossary: StoryFile['glossary'];
	steps: StoryStep[];
	data: StoryData;
}

export type { Battlegroup, LayerId, Meeting, NatoMember, Place, Source, TroopEstimate, TroopSite };
