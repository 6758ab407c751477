import { describe, expect, it } from 'vitest';
import { longDate, shortDate } from '../../src/lib/dates';

describe('dates', () => {
	// Every day of 2021 and 2022 reads as British English would print it (Intl is the reference,
	// apart from September, which newer ICU abbreviates "Sept").
	it('matches en-GB formatting for every day of 2021 and 2022', () => {
		for (let t = Date.UTC(2021, 0, 1); t <= Date.UTC(2022, 11, 31); t += 86_400_000) {
			const date = new Date(t);
			const iso = date.toISOString().slice(0, 10);
			expect(longDate(iso)).toBe(date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
			if (date.getUTCMonth() !== 8) expect(shortDate(iso)).toBe(date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }));
		}
	});

	it('rejects what is not a YYYY-MM-DD date', () => {
		expect(() => shortDate('10 January')).toThrow(/Not a date/);
	});
});
