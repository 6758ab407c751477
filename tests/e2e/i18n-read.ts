// Helpers for tests/e2e/i18n.spec.ts: what the interface says on a page, and the English it must
// not say on /uk/ or /ru/.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Locale } from './lang';

type Message = string | { match: Record<string, string> }[];
const MESSAGES = resolve(import.meta.dirname, '../../src/lib/i18n/messages');
const ROOT = resolve(import.meta.dirname, '../..');

const patterns = (message: Message | undefined): string[] => (message === undefined ? [] : typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match)));
const readArea = (area: string, locale: Locale): Record<string, Message> => JSON.parse(readFileSync(resolve(MESSAGES, area, `${locale}.json`), 'utf8'));

/**
 * The English interface texts a reader of `locale` must not meet: every English pattern of a
 * message whose `locale` value differs, with a word of four or more letters (so "Esc" or "PDF"
 * that stay the same are not counted). Placeholders match anything.
 */
export function englishLeft(locale: Locale): { key: string; english: string; pattern: RegExp }[] {
	const out: { key: string; english: string; pattern: RegExp }[] = [];
	for (const area of readdirSync(MESSAGES)) {
		const en = readArea(area, 'en');
		const other = readArea(area, locale);
		for (const [key, message] of Object.entries(en)) {
			if (key === '$schema') continue;
			const theirs = patterns(other[key]);
			for (const english of patterns(message)) {
				if (theirs.includes(english) || !/[A-Za-z]{4,}/.test(english)) continue;
				const source = english
					.split(/\{\s*\w+\s*\}/)
					.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
					.join('.+?');
				out.push({ key, english, pattern: new RegExp(`(^|[^A-Za-z])${source}($|[^A-Za-z])`, 'i') });
			}
		}
	}
	return out;
}

/**
 * Latin words of four or more letters that the story's own content in `locale` uses (names such
 * as Politico or Rochan Consulting): these may show in a control that quotes the content. Any
 * other such word in a control is English the interface left. (Sources keep their original
 * titles: their links are left out of what is read.)
 */
export function contentLatinWords(dir: string, locale: Locale): Set<string> {
	const words = new Set<string>();
	const add = (text: string) => {
		for (const [word] of text.matchAll(/[A-Za-z]{4,}/g)) words.add(word.toLowerCase());
	};
	add(readFileSync(resolve(ROOT, dir, 'i18n', `${locale}.yaml`), 'utf8'));
	// Who published a source is a name in every language (a table may cite "Rochan Consulting").
	for (const [, name] of readFileSync(resolve(ROOT, dir, 'sources.yaml'), 'utf8').matchAll(/^\s+(?:publisher|original):\s*(.+)$/gm)) add(name);
	return words;
}

/**
 * Technical names that stay in Latin letters in every language, and the names printed on the keys
 * of Ukrainian and Russian keyboards (Enter, Home, Page Down, Backspace), which a keys help names as written.
 */
export const LATIN_NAMES = new Set(['webgl', 'html', 'iframe', 'oembed', 'wordpress', 'javascript', 'enter', 'home', 'page', 'down', 'backspace']);

export interface Said {
	where: string;
	text: string;
}

/**
 * What the page's interface says now, as a reader (or a screen reader) meets it: the names and
 * text of buttons and links with a label, every aria-label and title, the legend, the progress
 * bar, live regions, the byline, labels and legends of forms, every open dialog's text, and the
 * text of the page's paragraphs, headings and tables.
 * Code (pre, code, textarea, inputs), links to sources elsewhere (their titles are theirs) and
 * text marked as another language (the language switcher's names) are left out.
 */
export async function interfaceText(page: Page): Promise<Said[]> {
	return page.evaluate(() => {
		const lang = document.documentElement.lang;
		const said: { where: string; text: string }[] = [];
		const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
		const foreign = (el: Element) => {
			const marked = el.closest('[lang]');
			return !!marked && marked !== document.documentElement && marked.getAttribute('lang') !== lang;
		};
		/** Text content less code and other languages' text. */
		const textOf = (el: Element): string => {
			const clone = el.cloneNode(true) as Element;
			clone.querySelectorAll('pre, code, textarea, input, select, script, style, noscript, template, iframe, li:has(a[href^="http"]), a[href^="http"]').forEach((n) => n.remove());
			clone.querySelectorAll('[lang]').forEach((n) => n.getAttribute('lang') !== lang && n.remove());
			return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
		};
		// A source's link and list item quote it (its title, in its own language).
		const source = (el: Element) => !!el.closest('a[href^="http"], li:has(a[href^="http"])');
		const add = (el: Element, text: string | null | undefined, what: string) => {
			if (text && text.trim() && !foreign(el) && !source(el)) said.push({ where: `${describe(el)} ${what}`, text: text.replace(/\s+/g, ' ').trim() });
		};
		const body = document.body;
		for (const el of body.querySelectorAll('button, [role="button"], summary, label, legend, .legend, .byline, nav.progress, [role="progressbar"], progress, [role="status"], [role="alert"], [aria-live]')) add(el, textOf(el), 'text');
		for (const el of body.querySelectorAll('[aria-label]')) add(el, el.getAttribute('aria-label'), 'aria-label');
		for (const el of body.querySelectorAll('[title]')) add(el, el.getAttribute('title'), 'title');
		for (const el of body.querySelectorAll('[aria-roledescription], [placeholder]')) add(el, el.getAttribute('aria-roledescription') ?? el.getAttribute('placeholder'), 'attribute');
		for (const el of body.querySelectorAll('dialog[open], [role="dialog"]')) add(el, textOf(el), 'text');
		// And the page's other text (hints, notes, headings of its parts): the story's own text is
		// in the language, so Latin words there are names from the content or English left.
		for (const el of body.querySelectorAll('p, h1, h2, h3, h4, dt, dd, figcaption, caption, th, td, small, .visually-hidden')) add(el, textOf(el), 'text');
		return said;
	});
}

/** The English messages `said` holds, and its Latin words that neither the content nor a technical name explains. */
export function findEnglish(said: Said[], english: ReturnType<typeof englishLeft>, allowed: Set<string>): string[] {
	const found = new Set<string>();
	for (const { where, text } of said) {
		for (const e of english) if (e.pattern.test(text)) found.add(`${where}: "${text}" holds the English message ${e.key} ("${e.english}")`);
		const words = [...text.matchAll(/[A-Za-z]{4,}/g)].map((w) => w[0]).filter((w) => !allowed.has(w.toLowerCase()) && !LATIN_NAMES.has(w.toLowerCase()));
		if (words.length) found.add(`${where}: "${text}" has English words (${[...new Set(words)].join(', ')})`);
	}
	return [...found];
}
