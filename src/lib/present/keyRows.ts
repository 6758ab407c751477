// What the keys help (KeysHelp) lists in each window: the keys by the names printed on them.
// What each key does is mapped in keys.ts (PresentAction, NOTES_ACTIONS); these rows say it in words.
// Functions, not constants: the words are in the page's language, which on the server is known
// only inside the request (Paraglide's middleware), not when this module loads.
import { m } from '$lib/paraglide/messages';
import type { KeyRow } from './keys';

// Names printed on the keys stay as printed; only the space bar's name is a word to translate.
const forwardKeys = () => ['→', '↓', 'Page Down', m.present_key_space(), 'Enter'];
const backKeys = () => ['←', '↑', 'Page Up', 'Backspace'];

export function presentKeys(): KeyRow[] {
	return [
		{ keys: forwardKeys(), action: m.present_key_next() },
		{ keys: backKeys(), action: m.present_key_prev() },
		{ keys: ['Home', 'End'], action: m.present_key_first_last() },
		{ keys: ['F'], action: m.present_key_fullscreen() },
		{ keys: ['B', '.'], action: m.present_key_blackout() },
		{ keys: ['O', 'Esc'], action: m.present_key_overview() },
		{ keys: ['S'], action: m.present_key_speaker() },
		{ keys: ['?'], action: m.present_key_help() }
	];
}

export const presentKeysNote = (): string => m.present_keys_note();

export function notesKeys(): KeyRow[] {
	return [
		{ keys: forwardKeys(), action: m.present_key_next_both() },
		{ keys: backKeys(), action: m.present_key_prev_both() },
		{ keys: ['Home', 'End'], action: m.present_key_first_last() },
		{ keys: ['F'], action: m.present_key_fullscreen_here() },
		{ keys: ['?'], action: m.present_key_help() }
	];
}

export const notesKeysNote = (): string => m.present_notes_keys_note();
