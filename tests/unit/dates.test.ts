import { describe, expect, it } from 'vitest';
import { dateRange, longDate, shortDate, shortMonth, type DateLocale } from '../../src/lib/dates';

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

	// A month alone (a chart's axis): ICU's standalone short month; English as the 'en' locale names it ("Sep").
	for (const [locale, tag] of [['en', 'en'], ['uk', 'uk'], ['ru', 'ru']] as [DateLocale, string][]) {
		it(`names each month alone as ${tag} does`, () => {
			for (let month = 0; month < 12; month++) {
				const date = new Date(Date.UTC(2022, month, 4));
				expect(shortMonth(date.toISOString().slice(0, 10), locale)).toBe(new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' }).format(date));
			}
		});
	}

	// ICU's ranges, less the year's " р."/" рр."/" г." (after each year in Russian), and with
	// plain spaces (and none within one month) around the dash where English ICU puts thin ones.
	const icuRange = (tag: string, from: Date, to: Date) =>
		new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
			.formatRange(from, to)
			.replace(/\u202f(рр|р|г)\./g, '')
			.replace(/\u2009/g, ' ')
			.replace(/^(\d+) – (\d+ )/, '$1–$2');
	for (const [locale, tag] of [['en', 'en-GB'], ['uk', 'uk'], ['ru', 'ru']] as [DateLocale, string][]) {
		it(`writes spans of days as ${tag} does, within a month, across months and across years`, () => {
			const iso = (d: Date) => d.toISOString().slice(0, 10);
			for (let t = Date.UTC(2021, 0, 1); t <= Date.UTC(2022, 11, 31); t += 86_400_000 * 3) {
				for (const days of [1, 2, 5, 40]) {
					const from = new Date(t);
					const to = new Date(t + days * 86_400_000);
					expect(dateRange(iso(from), iso(to), locale)).toBe(icuRange(tag, from, to));
				}
			}
			expect(dateRange('2022-01-10', '2022-01-10', locale)).toBe(longDate('2022-01-10', locale));
		});
	}
	it('writes the forms the issue gives', () => {
		expect(dateRange('2022-01-09', '2022-01-10', 'uk')).toBe('9–10 січня 2022');
		expect(dateRange('2022-01-09', '2022-01-10', 'ru')).toBe('9–10 января 2022');
		expect(dateRange('2021-12-30', '2022-01-02', 'ru')).toBe('30 декабря 2021 – 2 января 2022');
	});

	it('rejects what is not a YYYY-MM-DD date', () => {
		expect(() => shortDate('10 January')).toThrow(/Not a date/);
	});
});
