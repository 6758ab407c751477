// The message protocol between an embedded explainer (the iframe) and the host page's loader
// (static/embed.js, which repeats these checks in plain JS). Only sizes, positions and step
// ids cross; anything else, or anything malformed, is ignored.

/** iframe → host: the iframe's content height in CSS pixels. */
export interface HeightMessage {
	type: 'explainer:height';
	height: number;
}

/** iframe → host: the active step changed (for hosts that want to follow along). */
export interface StepMessage {
	type: 'explainer:step';
	id: string;
}

/** host → iframe: where the iframe is in the host's viewport. */
export interface GeometryMessage {
	type: 'explainer:geometry';
	/** The iframe's top edge relative to the top of the host viewport (negative once scrolled past). */
	top: number;
	/** Height of the host viewport. */
	viewportHeight: number;
}

const MAX_PX = 1_000_000;
const isPx = (n: unknown, min: number): n is number => typeof n === 'number' && Number.isFinite(n) && n >= min && n <= MAX_PX;

export function parseGeometry(data: unknown): GeometryMessage | null {
	if (!data || typeof data !== 'object') return null;
	const m = data as Record<string, unknown>;
	if (m.type !== 'explainer:geometry' || !isPx(m.top, -MAX_PX) || !isPx(m.viewportHeight, 100)) return null;
	return { type: 'explainer:geometry', top: m.top, viewportHeight: m.viewportHeight };
}

/** pym.js 1.3 child height message: `pymxPYMx{childId}xPYMxheightxPYMx{height}`. */
export function pymHeightMessage(childId: string, height: number): string {
	return ['pym', childId, 'height', String(Math.ceil(height))].join('xPYMx');
}

/**
 * WordPress's embed protocol (wp-includes/js/wp-embed.js), spoken when WordPress embedded us
 * through oEmbed: it gives the frame a secret in `#?secret=…` and accepts `height` messages
 * (it clamps them to 200–1,000 px) and `link` messages (it opens a URL on the frame's own host
 * in the top window, if the frame has focus, i.e. after a click in it) that carry the secret.
 */
export const WORDPRESS_MAX_HEIGHT = 1000;

export function wordpressHeightMessage(secret: string, height: number) {
	return { message: 'height', value: Math.ceil(height), secret };
}

export function wordpressLinkMessage(secret: string, url: string) {
	return { message: 'link', value: url, secret };
}
