// Hatch patterns for areas layers, drawn in code so no sprite file is needed: single diagonal
// lines, or a cross-hatch, in the layer's colour, so two hatched layers read apart in colour, in
// greyscale and on paper.

const SIZE = 8;

export function hatchImage(fill: 'hatch' | 'cross-hatch', color: string): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(SIZE * SIZE * 4);
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
	for (let y = 0; y < SIZE; y++) {
		for (let x = 0; x < SIZE; x++) {
			const down = (x + y) % SIZE < 2;
			const up = (x - y + SIZE) % SIZE < 2;
			if (!(down || (fill === 'cross-hatch' && up))) continue;
			data.set([r, g, b, 200], (y * SIZE + x) * 4);
		}
	}
	return { width: SIZE, height: SIZE, data };
}
