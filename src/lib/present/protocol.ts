// What the presentation and the speaker view say to each other over BroadcastChannel, and what
// a tab remembers across reloads. Messages carry only a type and a step id; anything else, or an
// id that is not one of the story's steps, is dropped.

export const CHANNEL_NAME = 'explainer-present';
export const STEP_KEY = 'explainer-present-step';
export const TIMER_KEY = 'explainer-present-timer';

export type PresentMessage = { type: 'hello' } | { type: 'step'; id: string };

export function parseMessage(data: unknown, ids: readonly string[]): PresentMessage | null {
	if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
	const { type, id } = data as Record<string, unknown>;
	if (type === 'hello') return { type: 'hello' };
	if (type === 'step' && typeof id === 'string' && ids.includes(id)) return { type: 'step', id };
	return null;
}

/** A stored step index, if it is a whole number within the story; otherwise -1. */
export function parseStoredIndex(raw: string | null | undefined, count: number): number {
	if (raw == null || !/^\d{1,4}$/.test(raw)) return -1;
	const index = Number(raw);
	return index < count ? index : -1;
}
