// Staleness stamps of a translation (issue #13: "a translation that falls behind an edit of the
// English is reported"). Each translated text is written `{ en: <stamp>, text }`, where the stamp
// is the first 8 hex digits of sha256 of the English it was translated from, trimmed and with its
// whitespace collapsed (so rewrapping a paragraph is not an edit). When the English changes, its
// stamp no longer matches and the field is reported as stale, a warning, not a build failure:
// the old translation still reads better than a hole.
import { createHash } from 'node:crypto';

export type Text = string | string[];

/** The English as the stamp sees it: trimmed, runs of whitespace as one space; a list's items one a line. */
export const normalize = (english: Text): string => (Array.isArray(english) ? english : [english]).map((s) => s.trim().replace(/\s+/g, ' ')).join('\n');

/** The stamp of an English text: 8 hex digits of sha256. */
export const stampOf = (english: Text): string => createHash('sha256').update(normalize(english)).digest('hex').slice(0, 8);

export const STAMP = /^[0-9a-f]{8}$/;

const isText = (value: unknown): value is Text => typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));

/**
 * A translated leaf as written: `{ en, text }` (stamped), or a bare text (not stamped yet).
 * `text: null` is what `npm run i18n -- scaffold` writes for a text still to translate.
 */
export interface Leaf {
	text: unknown;
	/** The stamp as written, when the leaf has one (it may be malformed). */
	en?: unknown;
	stamped: boolean;
}

/** Whether a node of a translation file is one leaf: a text, or a mapping of `text` and `en` only. */
export function isLeaf(value: unknown): boolean {
	if (isText(value)) return true;
	if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
	const keys = Object.keys(value);
	const text = (value as Record<string, unknown>).text;
	return keys.includes('text') && keys.every((k) => k === 'text' || k === 'en') && (text === null || isText(text));
}

export function readLeaf(value: unknown): Leaf {
	if (value && typeof value === 'object' && !Array.isArray(value) && isLeaf(value)) {
		const { text, en } = value as { text: unknown; en?: unknown };
		return { text, en, stamped: 'en' in value };
	}
	return { text: value, stamped: false };
}

export { isText };
