// Presenting: the swipe tracker and the status line that the presentation's components use.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Swipe } from '../../src/lib/present/swipe';
import { StatusLine, position } from '../../src/lib/present/announce.svelte';

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
