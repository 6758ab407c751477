import { describe, expect, it } from 'vitest';
import { longDate, shortDate, type DateLocale } from '../../src/lib/dates';

/** ICU's own form, less the year's trailing " р." / " г." that newsrooms leave out. */
const icu = (locale: string, date: Date, options: Intl.DateTimeFormatOptions) =>
	new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
		.formatToParts(date)
		.filter((part, i, all) => !(i === all.length - 1 && part.type === 'literal'))
		.map((part) => part.value)
		.join('');

describe('dates', () => {
	// Every day of 2021 and 2022 reads as each language would print it (Intl is the reference,
	// apart from English September, which newer ICU abbreviates "Sept").
	for (const [locale, tag] of [['en', 'en-GB'], ['uk', 'uk'], ['ru', 'ru']] as [DateLocale, string][]) {
		it(`matches ${tag} formatting for every day of 2021 and 2022`, () => {
			for (let t = Date.UTC(2021, 0, 1); t <= Date.UTC(2022, 11, 31); t += 86_400_000) {
				const date = new Date(t);
				const iso = date.toISOString().slice(0, 10);
				expect(longDate(iso, locale)).toBe(icu(tag, date, { day: 'numeric', month: 'long', year: 'numeric' }));
				if (!(locale === 'en' && date.getUTCMonth() === 8)) expect(shortDate(iso, locale)).toBe(icu(tag, date, { day: 'numeric', month: 'short' }));
			}
		});
	}

	it('rejects what is not a YYYY-MM-DD date', () => {
		expect(() => shortDate('10 January')).toThrow(/Not a date/);
	});
});
