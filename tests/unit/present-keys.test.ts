// Presenting: the key map, swipes, the overview grid and the window-to-window messages.
import { describe, expect, it } from 'vitest';
import { NOTES_ACTIONS, formatElapsed, gridMove, keyAction, keyTarget, swipeAction } from '../../src/lib/present/keys';
import { parseMessage, parseStoredIndex } from '../../src/lib/present/protocol';

const press = (key: string, mods: { shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}) => ({ key, ...mods });

describe('keyAction', () => {
	it('goes forward with Right, Down, PageDown, Space and Enter', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']) expect(keyAction(press(key)), key).toBe('next');
	});

	it('goes back with Left, Up, PageUp, Backspace and Shift+Space', () => {
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) expect(keyAction(press(key)), key).toBe('prev');
		expect(keyAction(press(' ', { shiftKey: true }))).toBe('prev');
	});

	it('maps Home, End, f, b, ".", o, Escape, s and "?"', () => {
		expect(keyAction(press('Home'))).toBe('first');
		expect(keyAction(press('End'))).toBe('last');
		expect(keyAction(press('f'))).toBe('fullscreen');
		expect(keyAction(press('F', { shiftKey: true }))).toBe('fullscreen');
		expect(keyAction(press('b'))).toBe('blackout');
		expect(keyAction(press('.'))).toBe('blackout');
		expect(keyAction(press('o'))).toBe('overview');
		expect(keyAction(press('Escape'))).toBe('overview');
		expect(keyAction(press('s'))).toBe('speaker');
		expect(keyAction(press('?', { shiftKey: true }))).toBe('help');
	});

	it('ignores keys with Ctrl, Alt or Meta, and keys it does not know', () => {
		expect(keyAction(press('ArrowRight', { ctrlKey: true }))).toBeNull();
		expect(keyAction(press('f', { metaKey: true }))).toBeNull();
		expect(keyAction(press('b', { altKey: true }))).toBeNull();
		expect(keyAction(press('r'))).toBeNull();
		expect(keyAction(press('F5'))).toBeNull();
		expect(keyAction(press('toString'))).toBeNull();
		expect(keyAction({ key: 'ArrowRight', isComposing: true })).toBeNull();
	});

	it('leaves typing to text fields, and Enter and Space to buttons and links', () => {
		expect(keyAction(press('ArrowRight'), 'text')).toBeNull();
		expect(keyAction(press('f'), 'text')).toBeNull();
		expect(keyAction(press('Enter'), 'control')).toBeNull();
		expect(keyAction(press(' '), 'control')).toBeNull();
		expect(keyAction(press('PageDown'), 'control')).toBe('next');
	});

	it('gives the speaker view only navigation, full screen and help', () => {
		expect([...NOTES_ACTIONS].sort()).toEqual(['first', 'fullscreen', 'help', 'last', 'next', 'prev']);
	});
});

describe('keyTarget', () => {
	const el = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, getAttribute: (name: string) => (extra[`@${name}`] as string) ?? null, ...extra });
	it('classifies text fields, controls and everything else', () => {
		expect(keyTarget(null)).toBe('other');
		expect(keyTarget({})).toBe('other');
		expect(keyTarget(el('BODY'))).toBe('other');
		expect(keyTarget(el('INPUT'))).toBe('text');
		expect(keyTarget(el('INPUT', { type: 'search' }))).toBe('text');
		expect(keyTarget(el('INPUT', { type: 'checkbox' }))).toBe('control');
		expect(keyTarget(el('TEXTAREA'))).toBe('text');
		expect(keyTarget(el('SELECT'))).toBe('text');
		expect(keyTarget(el('DIV', { isContentEditable: true }))).toBe('text');
		expect(keyTarget(el('BUTTON'))).toBe('control');
		expect(keyTarget(el('A'))).toBe('control');
		expect(keyTarget(el('g', { '@role': 'button' }))).toBe('control');
		expect(keyTarget(el('DIV', { '@role': 'textbox' }))).toBe('text');
	});
});

describe('swipeAction', () => {
	it('turns a sideways swipe of 50 px or more into a step', () => {
		expect(swipeAction(-120, 10)).toBe('next');
		expect(swipeAction(120, -10)).toBe('prev');
		expect(swipeAction(-50, 0)).toBe('next');
	});
	it('ignores short or mostly vertical moves', () => {
		expect(swipeAction(-49, 0)).toBeNull();
		expect(swipeAction(-80, 70)).toBeNull();
		expect(swipeAction(0, 300)).toBeNull();
	});
});

describe('gridMove', () => {
	it('moves by one sideways and by a row up and down, within the grid', () => {
		expect(gridMove('ArrowRight', 0, 8, 4)).toBe(1);
		expect(gridMove('ArrowLeft', 0, 8, 4)).toBe(0);
		expect(gridMove('ArrowDown', 1, 8, 4)).toBe(5);
		expect(gridMove('ArrowUp', 5, 8, 4)).toBe(1);
		expect(gridMove('ArrowUp', 2, 8, 4)).toBe(2);
		expect(gridMove('ArrowDown', 6, 8, 4)).toBe(6);
		expect(gridMove('ArrowDown', 3, 7, 4)).toBe(6);
		expect(gridMove('ArrowDown', 2, 7, 4)).toBe(6);
		expect(gridMove('ArrowRight', 7, 8, 4)).toBe(7);
		expect(gridMove('Home', 5, 8, 4)).toBe(0);
		expect(gridMove('End', 1, 8, 4)).toBe(7);
		expect(gridMove('ArrowDown', 0, 8, 0)).toBe(1);
		expect(gridMove('Enter', 3, 8, 4)).toBeNull();
	});
});

describe('messages between windows', () => {
	const ids = ['intro', 'buildup', 'geneva'];
	it('accepts hello and step messages with a known id', () => {
		expect(parseMessage({ type: 'hello' }, ids)).toEqual({ type: 'hello' });
		expect(parseMessage({ type: 'step', id: 'geneva' }, ids)).toEqual({ type: 'step', id: 'geneva' });
		expect(parseMessage({ type: 'step', id: 'geneva', extra: '<script>' }, ids)).toEqual({ type: 'step', id: 'geneva' });
	});
	it('drops anything else', () => {
		for (const data of [null, undefined, 'step', 3, [], { type: 'step' }, { type: 'step', id: 'paris' }, { type: 'step', id: 1 }, { type: 'go', id: 'intro' }, { type: 'step', id: 'constructor' }]) {
			expect(parseMessage(data, ids), JSON.stringify(data) ?? String(data)).toBeNull();
		}
	});
	it('reads a stored step index only when it is within the story', () => {
		expect(parseStoredIndex('2', 3)).toBe(2);
		expect(parseStoredIndex('0', 3)).toBe(0);
		for (const raw of [null, undefined, '', '3', '-1', '1.5', 'x', '1e1', ' 1']) expect(parseStoredIndex(raw, 3), String(raw)).toBe(-1);
	});
});

describe('formatElapsed', () => {
	it('prints minutes and seconds, and hours when there are any', () => {
		expect(formatElapsed(0)).toBe('00:00');
		expect(formatElapsed(-5)).toBe('00:00');
		expect(formatElapsed(65_400)).toBe('01:05');
		expect(formatElapsed(3_725_000)).toBe('1:02:05');
	});
});
