// Hatch patterns for the disputed areas, drawn in code so no sprite file is needed.
// Crimea gets single diagonal lines; the separatist-held areas get a cross-hatch, so the two
// read apart in colour, in greyscale and on paper.
import { COLORS } from './palette';

const SIZE = 8;

export function hatchImage(kind: 'crimea' | 'separatist'): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(SIZE * SIZE * 4);
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(COLORS.hatch.slice(i, i + 2), 16));
	for (let y = 0; y < SIZE; y++) {
		for (let x = 0; x < SIZE; x++) {
			const down = (x + y) % SIZE < 2;
			const up = (x - y + SIZE) % SIZE < 2;
			if (!(down || (kind === 'separatist' && up))) continue;
			data.set([r, g, b, 200], (y * SIZE + x) * 4);
		}
	}
	return { width: SIZE, height: SIZE, data };
}
