// Presenting in class: what each key, swipe and overview arrow does, as pure functions of the
// input (unit tests in tests/unit/present-keys.test.ts). Presentation remotes send PageDown and
// PageUp (some send arrows), "b" or "." to black the screen out, and Escape.

export type PresentAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'blackout' | 'overview' | 'speaker' | 'help';

/** One line of the keys help: the keys (as printed on them) and what they do. */
export interface KeyRow {
	keys: string[];
	action: string;
}

/** The parts of a KeyboardEvent the mapping reads. */
export interface KeyPress {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
	isComposing?: boolean;
}

/**
 * Where the key was pressed: in a text field (every key is the field's), on a button or link
 * (Enter and Space activate it, as they should), or anywhere else.
 */
export type KeyTarget = 'text' | 'control' | 'other';

const SPACE = new Set([' ', 'Spacebar']);

const ACTIONS: Record<string, PresentAction> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	PageDown: 'next',
	' ': 'next',
	Spacebar: 'next',
	Enter: 'next',
	ArrowLeft: 'prev',
	ArrowUp: 'prev',
	PageUp: 'prev',
	Backspace: 'prev',
	Home: 'first',
	End: 'last',
	f: 'fullscreen',
	F: 'fullscreen',
	b: 'blackout',
	B: 'blackout',
	'.': 'blackout',
	o: 'overview',
	O: 'overview',
	Escape: 'overview',
	Esc: 'overview',
	s: 'speaker',
	S: 'speaker',
	'?': 'help'
};

/** The keys the speaker view answers to: moving through the story, full screen and help. */
export const NOTES_ACTIONS: ReadonlySet<PresentAction> = new Set(['next', 'prev', 'first', 'last', 'fullscreen', 'help']);

/** What a key press does, or null when it is not ours (modifier keys, typing, a button's own keys). */
export function keyAction(press: KeyPress, target: KeyTarget = 'other'): PresentAction | null {
	if (press.ctrlKey || press.altKey || press.metaKey || press.isComposing) return null;
	if (target === 'text') return null;
	if (target === 'control' && (press.key === 'Enter' || SPACE.has(press.key))) return null;
	// Shift+Space goes back, as it scrolls back in a browser.
	if (SPACE.has(press.key) && press.shiftKey) return 'prev';
	return Object.hasOwn(ACTIONS, press.key) ? ACTIONS[press.key] : null;
}

interface ElementLike {
	tagName?: unknown;
	type?: unknown;
	isContentEditable?: unknown;
	getAttribute?: (name: string) => string | null;
}

const BUTTON_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'color', 'file', 'range']);
const CONTROL_ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'option']);

/** Classifies a key event's target (duck-typed, so it is testable without a DOM). */
export function keyTarget(target: unknown): KeyTarget {
	const el = target as ElementLike | null;
	if (!el || typeof el.tagName !== 'string') return 'other';
	const tag = el.tagName.toUpperCase();
	if (el.isContentEditable === true || tag === 'TEXTAREA' || tag === 'SELECT') return 'text';
	if (tag === 'INPUT') return BUTTON_INPUTS.has(String(el.type ?? 'text').toLowerCase()) ? 'control' : 'text';
	if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return 'control';
	const role = el.getAttribute?.('role');
	if (role && CONTROL_ROLES.has(role)) return 'control';
	if (role === 'textbox' || role === 'searchbox' || role === 'combobox') return 'text';
	return 'other';
}

/** Horizontal swipes (touch screens, tablets, interactive whiteboards): left goes forward. */
export const SWIPE_THRESHOLD = 50;

export function swipeAction(dx: number, dy: number, threshold = SWIPE_THRESHOLD): 'next' | 'prev' | null {
	// Mostly sideways, and far enough: a vertical scroll of the caption is not a swipe.
	if (Math.abs(dx) < threshold || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
	return dx < 0 ? 'next' : 'prev';
}

/** The overview grid: where an arrow, Home or End moves the selection (null for other keys). */
export function gridMove(key: string, index: number, count: number, columns: number): number | null {
	const cols = Math.max(1, Math.floor(columns));
	let next: number;
	switch (key) {
		case 'ArrowRight':
			next = index + 1;
			break;
		case 'ArrowLeft':
			next = index - 1;
			break;
		case 'ArrowDown':
			// Into a shorter last row: its last card. From the last row: nowhere.
			next = index + cols < count ? index + cols : Math.floor((count - 1) / cols) > Math.floor(index / cols) ? count - 1 : index;
			break;
		case 'ArrowUp':
			next = index - cols >= 0 ? index - cols : index;
			break;
		case 'Home':
			next = 0;
			break;
		case 'End':
			next = count - 1;
			break;
		default:
			return null;
	}
	return Math.max(0, Math.min(count - 1, next));
}

/** Elapsed time as M:SS, or H:MM:SS from an hour on. */
export function formatElapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const pad = (n: number) => String(n).padStart(2, '0');
	return h ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}
