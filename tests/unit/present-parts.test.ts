// Presenting: the swipe tracker and the status line that the presentation's components use.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Swipe } from '../../src/lib/present/swipe';
import { StatusLine, blackedOut, position, shownAgain, speakerBlocked } from '../../src/lib/present/announce.svelte';
import { notesKeys, notesKeysNote, presentKeys, presentKeysNote } from '../../src/lib/present/keyRows';
import { getLocale, overwriteGetLocale, type Locale } from '../../src/lib/paraglide/runtime';

const pointer = (x: number, y: number, more: Partial<PointerEvent> = {}) => ({ isPrimary: true, pointerType: 'touch', button: 0, pointerId: 1, clientX: x, clientY: y, ...more }) as PointerEvent;

describe('Swipe', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('turns a long sideways move into next (leftwards) or prev (rightwards)', () => {
		const swipe = new Swipe();
		swipe.down(pointer(300, 200));
		expect(swipe.up(pointer(140, 212))).toBe('next');
		swipe.down(pointer(100, 200));
		expect(swipe.up(pointer(270, 200))).toBe('prev');
	});

	it('ignores short or vertical moves, other pointers, secondary buttons and cancelled presses', () => {
		const cases: [Partial<PointerEvent>, [number, number], Partial<PointerEvent>][] = [
			[{}, [270, 200], {}],
			[{}, [240, 400], {}],
			[{}, [100, 200], { pointerId: 2 }],
			[{ pointerType: 'mouse', button: 2 }, [100, 200], { pointerType: 'mouse' }],
			[{ isPrimary: false }, [100, 200], {}]
		];
		for (const [down, [x, y], up] of cases) {
			const swipe = new Swipe();
			swipe.down(pointer(300, 200, down));
			expect(swipe.up(pointer(x, y, up)), JSON.stringify([down, x, y, up])).toBeNull();
		}
		const swipe = new Swipe();
		swipe.down(pointer(300, 200));
		swipe.cancel();
		expect(swipe.up(pointer(100, 200))).toBeNull();
	});

	it('lets a mouse drag select text rather than turn the page', () => {
		const swipe = new Swipe();
		vi.stubGlobal('getSelection', () => ({ toString: () => 'selected words' }));
		swipe.down(pointer(300, 200, { pointerType: 'mouse' }));
		expect(swipe.up(pointer(100, 200, { pointerType: 'mouse' }))).toBeNull();
		vi.stubGlobal('getSelection', () => ({ toString: () => '' }));
		swipe.down(pointer(300, 200, { pointerType: 'mouse' }));
		expect(swipe.up(pointer(100, 200, { pointerType: 'mouse' }))).toBe('next');
	});
});

describe('StatusLine', () => {
	it('says nothing for the step shown on load, then each new step once', () => {
		const status = new StatusLine();
		status.stepShown('intro', () => position(0, 8, 'Intro'));
		expect(status.text).toBe('');
		status.stepShown('buildup', () => position(1, 8, 'Buildup'));
		expect(status.text).toBe('Step 2 of 8: Buildup');
		status.say('Screen blacked out.');
		status.stepShown('buildup', () => position(1, 8, 'Buildup'));
		expect(status.text).toBe('Screen blacked out.');
	});
});

describe('present mode in the page\'s language', () => {
	const CYRILLIC = /[А-ЯІЇЄҐа-яіїєґ]/;

	it('says where the reader is in English as before, and in Ukrainian and Russian', () => {
		expect(position(2, 9, 'Title')).toBe('Step 3 of 9: Title');
		expect(position(2, 9, 'Назва', 'uk')).toBe('Крок 3 з 9: Назва');
		expect(position(20, 21, 'Название', 'ru')).toBe('Шаг 21 из 21: Название');
		expect(blackedOut()).toBe('Screen blacked out. Press B to show it again.');
		expect(shownAgain('Step 1 of 9: Title')).toBe('Screen shown again: Step 1 of 9: Title');
		expect(blackedOut('uk')).toMatch(/^Екран затемнено\. Натисніть B/);
	});

	it('names the speaker view\'s address in the page\'s language', () => {
		expect(speakerBlocked()).toBe('The speaker view could not open: allow pop-ups for this site, or open /present/notes in another window.');
		expect(speakerBlocked('uk')).toContain(' /uk/present/notes ');
		expect(speakerBlocked('ru')).toContain(' /ru/present/notes ');
	});

	it('lists the keys by their printed names, with what they do in the language', () => {
		const english = presentKeys().map((row) => row.action);
		expect(english).toContain('Black the screen out, and back');
		expect(presentKeys()[0].keys).toEqual(['→', '↓', 'Page Down', 'Space', 'Enter']);
		const before = getLocale;
		for (const [locale, space] of [['uk', 'Пробіл'], ['ru', 'Пробел']] as [Locale, string][]) {
			overwriteGetLocale(() => locale);
			try {
				for (const rows of [presentKeys(), notesKeys()]) {
					expect(rows[0].keys).toEqual(['→', '↓', 'Page Down', space, 'Enter']);
					for (const row of rows) expect(row.action, row.action).toMatch(CYRILLIC);
					// The help's rows are keyed by their words: they must stay distinct.
					expect(new Set(rows.map((row) => row.action)).size).toBe(rows.length);
				}
				expect(presentKeysNote()).toMatch(CYRILLIC);
				expect(notesKeysNote()).toMatch(CYRILLIC);
			} finally {
				overwriteGetLocale(before);
			}
		}
	});
});
