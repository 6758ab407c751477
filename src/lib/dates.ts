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
