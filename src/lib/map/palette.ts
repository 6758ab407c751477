// One palette for both maps (WebGL and static SVG) and the legends. Hues follow Okabe–Ito so
// Russia (vermilion), Ukraine (yellow) and NATO (blues) stay apart for colour-blind readers;
// the disputed areas add a hatch, so they also read in black and white.

export const COLORS = {
	sea: '#dfe7ec',
	land: '#f4f2ed',
	border: '#ffffff',
	coast: '#b9c3c9',
	focus: '#d6cfbf',
	russia: '#cf6a4c',
	belarus: '#e9b4a3',
	ukraine: '#f3cd4f',
	natoFounding: '#1d4e89',
	natoColdWar: '#4f84bf',
	natoPost1997: '#9fc5e8',
	nato: '#c2d5e8',
	natoFlank: '#2f6db5',
	hatch: '#6b2413',
	site: '#8f1d14',
	battlegroup: '#0c2f57',
	pin: '#111827',
	ink: '#1f2328',
	inkSoft: '#4a5158',
	halo: '#ffffff'
} as const;

/** What a country is in a given step; each maps to one fill colour and one legend label. */
export type Category = keyof typeof CATEGORY_COLORS;

export const CATEGORY_COLORS = {
	land: COLORS.land,
	focus: COLORS.focus,
	russia: COLORS.russia,
	belarus: COLORS.belarus,
	ukraine: COLORS.ukraine,
	'nato-founding': COLORS.natoFounding,
	'nato-cold-war': COLORS.natoColdWar,
	'nato-post-1997': COLORS.natoPost1997,
	nato: COLORS.nato,
	'nato-flank': COLORS.natoFlank
} as const;

export const CATEGORY_LABELS: Record<Category, string> = {
	land: 'Other countries',
	focus: 'Country in focus',
	russia: 'Russia',
	belarus: 'Belarus',
	ukraine: 'Ukraine',
	'nato-founding': 'NATO founders, 1949',
	'nato-cold-war': 'Joined 1952–1982',
	'nato-post-1997': 'Joined 1999–2020, after the 1997 line',
	nato: 'Other NATO members',
	'nato-flank': 'NATO members bordering Russia, Belarus or Ukraine'
};
