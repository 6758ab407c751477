// Dates as the story prints them ("10 Jan", "10 January 2022"; "10 січ.", "10 січня 2022";
// "10 янв.", "10 января 2022"): British English like the text, and Ukrainian and Russian in
// their newsroom form (the day, the month in the genitive, the year; no "р."/"г."). Written
// out rather than through toLocaleDateString: the first Intl call on a page loads locale data,
// which cost about 80 ms of main thread during hydration on a phone-class CPU.
// tests/unit/dates.test.ts checks every day against Node's ICU.
const MONTHS = {
	en: { long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'], short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] },
	uk: { long: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'], short: ['січ.', 'лют.', 'бер.', 'квіт.', 'трав.', 'черв.', 'лип.', 'серп.', 'вер.', 'жовт.', 'лист.', 'груд.'] },
	ru: { long: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'], short: ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'] }
} as const;

/** A month on its own, as a chart's axis names it: Russian puts it in the nominative there ("май", not "мая"). */
const STANDALONE_SHORT: Record<DateLocale, readonly string[]> = {
	en: MONTHS.en.short,
	uk: MONTHS.uk.short,
	ru: ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.']
};

export type DateLocale = keyof typeof MONTHS;

function parts(iso: string): { day: number; month: number; year: number } {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) throw new Error(`Not a date (YYYY-MM-DD): ${iso}`);
	return { year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) };
}

/** "10 Jan", "10 січ.", "10 янв." */
export function shortDate(iso: string, locale: DateLocale = 'en'): string {
	const { day, month } = parts(iso);
	return `${day} ${MONTHS[locale].short[month]}`;
}

/** "10 January 2022", "10 січня 2022", "10 января 2022" */
export function longDate(iso: string, locale: DateLocale = 'en'): string {
	const { day, month, year } = parts(iso);
	return `${day} ${MONTHS[locale].long[month]} ${year}`;
}

/** "Jan", "січ.", "май": the month alone, for a chart's axis. */
export function shortMonth(iso: string, locale: DateLocale = 'en'): string {
	return STANDALONE_SHORT[locale][parts(iso).month];
}

/**
 * A span of days: "9–10 January 2022", "31 January – 2 February 2022", "30 December 2021 –
 * 2 January 2022" (and the same in uk and ru, with the genitive months). One day gives longDate.
 */
export function dateRange(from: string, to: string, locale: DateLocale = 'en'): string {
	const a = parts(from);
	const b = parts(to);
	const months = MONTHS[locale].long;
	if (from === to) return longDate(from, locale);
	if (a.year !== b.year) return `${longDate(from, locale)} – ${longDate(to, locale)}`;
	if (a.month !== b.month) return `${a.day} ${months[a.month]} – ${b.day} ${months[b.month]} ${b.year}`;
	return `${a.day}–${b.day} ${months[a.month]} ${a.year}`;
}
