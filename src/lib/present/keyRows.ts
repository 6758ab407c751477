// What the keys help (KeysHelp) lists in each window: the keys by the names printed on them.
// What each key does is mapped in keys.ts (PresentAction, NOTES_ACTIONS); these rows say it in words.
import type { KeyRow } from './keys';

export const PRESENT_KEYS: KeyRow[] = [
	{ keys: ['→', '↓', 'Page Down', 'Space', 'Enter'], action: 'Next step' },
	{ keys: ['←', '↑', 'Page Up', 'Backspace'], action: 'Previous step' },
	{ keys: ['Home', 'End'], action: 'First or last step' },
	{ keys: ['F'], action: 'Full screen on or off' },
	{ keys: ['B', '.'], action: 'Black the screen out, and back' },
	{ keys: ['O', 'Esc'], action: 'Overview of all steps' },
	{ keys: ['S'], action: 'Speaker view (notes, next step, timer) in a second window' },
	{ keys: ['?'], action: 'This list of keys' }
];

export const PRESENT_KEYS_NOTE = 'On a touch screen, swipe left or right to move between steps. A presentation remote works too: its buttons send these keys.';

export const NOTES_KEYS: KeyRow[] = [
	{ keys: ['→', '↓', 'Page Down', 'Space', 'Enter'], action: 'Next step, in both windows' },
	{ keys: ['←', '↑', 'Page Up', 'Backspace'], action: 'Previous step, in both windows' },
	{ keys: ['Home', 'End'], action: 'First or last step' },
	{ keys: ['F'], action: 'Full screen on or off (this window)' },
	{ keys: ['?'], action: 'This list of keys' }
];

export const NOTES_KEYS_NOTE = 'Keys pressed in the presentation window move this one too.';
