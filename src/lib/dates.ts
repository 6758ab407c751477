// Dates as the story prints them ("10 Jan", "10 January 2022"), in British English like the text.
// Written out rather than through toLocaleDateString: the first Intl call on a page loads locale
// data, which cost about 80 ms of main thread during hydration on a phone-class CPU.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(iso: string): { day: number; month: string; year: number } {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) throw new Error(`Not a date (YYYY-MM-DD): ${iso}`);
	return { year: Number(match[1]), month: MONTHS[Number(match[2]) - 1], day: Number(match[3]) };
}

/** "10 Jan" */
export function shortDate(iso: string): string {
	const { day, month } = parts(iso);
	return `${day} ${month.slice(0, 3)}`;
}

/** "10 January 2022" */
export function longDate(iso: string): string {
	const { day, month, year } = parts(iso);
	return `${day} ${month} ${year}`;
}
