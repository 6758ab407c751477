// The interface messages (src/lib/i18n/messages/<area>/<locale>.json), which Paraglide compiles
// into one module. Paraglide itself checks none of this: a key missing from uk.json silently
// falls back to English, an extra one compiles, and a plural without "few" reads wrong for 2–4.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const I18N = resolve(import.meta.dirname, '../../src/lib/i18n');
const MESSAGES = resolve(I18N, 'messages');
const LOCALES = ['en', 'uk', 'ru'] as const;
type Locale = (typeof LOCALES)[number];

/** A message as the message-format plugin stores it: a pattern, or variants matched on selectors. */
type Variants = { declarations?: string[]; selectors?: string[]; match: Record<string, string> };
type Message = string | Variants[];
type Messages = Record<string, Message>;

const areas = readdirSync(MESSAGES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const read = (area: string, locale: Locale): Messages => {
	const { $schema: _, ...messages } = JSON.parse(readFileSync(resolve(MESSAGES, area, `${locale}.json`), 'utf8'));
	return messages;
};

/** Every pattern string of a message (one, or one per variant). */
const patterns = (message: Message): string[] => (typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match)));

/** The inputs a message takes: declared `input x`, and every `{x}` its patterns use, less its locals. */
function inputs(message: Message): string[] {
	const declared = typeof message === 'string' ? [] : message.flatMap((v) => v.declarations ?? []);
	const locals = new Set(declared.map((d) => /^local\s+(\w+)/.exec(d)?.[1]).filter(Boolean));
	const names = new Set(declared.map((d) => /^input\s+(\w+)/.exec(d)?.[1]).filter((n): n is string => !!n));
	for (const p of patterns(message)) for (const [, name] of p.matchAll(/\{\s*(\w+)\s*\}/g)) if (!locals.has(name)) names.add(name);
	return [...names].sort();
}

/** For each plural selector of a message: the categories its variants give (e.g. one, few, many, *). */
function pluralCategories(message: Message): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	if (typeof message === 'string') return out;
	for (const variant of message) {
		const plural = new Map<string, string>(); // local → input
		for (const d of variant.declarations ?? []) {
			const m = /^local\s+(\w+)\s*=\s*(\w+)\s*:\s*plural\b/.exec(d);
			if (m) plural.set(m[1], m[2]);
		}
		for (const key of Object.keys(variant.match)) {
			for (const part of key.split(',')) {
				const [selector, category] = part.trim().split('=').map((s) => s.trim());
				if (!plural.has(selector)) continue;
				if (!out.has(selector)) out.set(selector, new Set());
				out.get(selector)!.add(category);
			}
		}
	}
	return out;
}

const PLURAL_CATEGORIES: Record<Locale, string[]> = { en: ['*', 'one'], uk: ['*', 'few', 'many', 'one'], ru: ['*', 'few', 'many', 'one'] };
/** Letters of the other language: Russian's in Ukrainian, Ukrainian's in Russian. */
const FOREIGN_LETTERS: Partial<Record<Locale, RegExp>> = { uk: /[ыэъёЫЭЪЁ]/, ru: /[іїєґІЇЄҐ]/ };
/** Values that may stay the same in every language although they hold a Latin word (names of products). None yet. */
const SAME_IN_EVERY_LANGUAGE = new Set<string>([]);

describe('interface messages', () => {
	it('are split into the four areas, each with a file per language', () => {
		expect(areas).toEqual(['embed', 'present', 'print', 'story']);
		for (const area of areas) for (const locale of LOCALES) expect(existsSync(resolve(MESSAGES, area, `${locale}.json`)), `${area}/${locale}.json`).toBe(true);
	});

	it('name each key in one area only, with its area\'s prefix (story keys have none of the others\')', () => {
		const seen = new Map<string, string>();
		const wrong: string[] = [];
		for (const area of areas) {
			for (const key of Object.keys(read(area, 'en'))) {
				if (seen.has(key)) wrong.push(`${key}: in ${seen.get(key)} and ${area}`);
				seen.set(key, area);
				if (!/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(key)) wrong.push(`${area}/${key}: not snake_case`);
				const prefixed = ['present', 'embed', 'print'].find((p) => key.startsWith(`${p}_`));
				if (area === 'story' ? prefixed : prefixed !== area) wrong.push(`${area}/${key}: area ${area} ${area === 'story' ? `must not use the prefix ${prefixed}_` : `keys start ${area}_`}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	for (const area of areas) {
		describe(area, () => {
			const en = read(area, 'en');
			for (const locale of ['uk', 'ru'] as const) {
				const other = read(area, locale);

				it(`${locale}.json has exactly the keys of en.json`, () => {
					expect(Object.keys(other).sort(), `${area}/${locale}.json against en.json`).toEqual(Object.keys(en).sort());
				});

				it(`${locale}: every message takes the same placeholders as in English`, () => {
					const differ = Object.keys(en)
						.filter((key) => key in other && inputs(en[key]).join() !== inputs(other[key]).join())
						.map((key) => `${key}: en {${inputs(en[key]).join(', ')}}, ${locale} {${inputs(other[key]).join(', ')}}`);
					expect(differ).toEqual([]);
				});

				it(`${locale}: no value is empty, none holds ${FOREIGN_LETTERS[locale]}, none is the English left untranslated`, () => {
					const wrong: string[] = [];
					for (const [key, message] of Object.entries(other)) {
						for (const text of patterns(message)) {
							if (!text.trim()) wrong.push(`${key}: empty`);
							const letter = FOREIGN_LETTERS[locale]!.exec(text);
							if (letter) wrong.push(`${key}: "${letter[0]}" in "${text}"`);
						}
						const english = patterns(en[key] ?? '');
						const same = patterns(message).filter((t) => english.includes(t) && /[A-Za-z]{4,}/.test(t) && !SAME_IN_EVERY_LANGUAGE.has(t));
						for (const text of same) wrong.push(`${key}: "${text}" is the English`);
					}
					expect(wrong).toEqual([]);
				});
			}

			it('plurals: English gives one and *, Ukrainian and Russian one, few, many and *', () => {
				const wrong: string[] = [];
				for (const locale of LOCALES) {
					const messages = read(area, locale);
					for (const [key, message] of Object.entries(messages)) {
						for (const [selector, categories] of pluralCategories(message)) {
							const got = [...categories].sort();
							const want = PLURAL_CATEGORIES[locale];
							if (want.some((c) => !got.includes(c))) wrong.push(`${locale} ${key} (${selector}): has ${got.join(', ')}, needs ${want.join(', ')}`);
						}
					}
					// A count English declines needs declining in uk and ru even more.
					if (locale === 'en') continue;
					for (const [key, message] of Object.entries(en)) {
						if (pluralCategories(message).size && key in messages && !pluralCategories(messages[key]).size) wrong.push(`${locale} ${key}: a plural in English, a plain pattern here`);
					}
				}
				expect(wrong).toEqual([]);
			});
		});
	}
});

describe('the inlang project', () => {
	const settings = JSON.parse(readFileSync(resolve(I18N, 'project.inlang/settings.json'), 'utf8')) as {
		baseLocale: string;
		locales: string[];
		modules: string[];
		'plugin.inlang.messageFormat': { pathPattern: string | string[] };
	};

	it('loads its plugins from disk, never from the network', () => {
		expect(settings.modules.length).toBeGreaterThan(0);
		for (const module of settings.modules) {
			expect(module, 'a module path, not a URL').not.toMatch(/^\s*(https?:)?\/\//i);
			// Relative paths are resolved against the folder that holds project.inlang.
			expect(existsSync(resolve(I18N, module)), `${module} exists (from src/lib/i18n)`).toBe(true);
		}
	});

	it('compiles every area\'s files, for English, Ukrainian and Russian', () => {
		expect(settings.baseLocale).toBe('en');
		expect([...settings.locales].sort()).toEqual([...LOCALES].sort());
		const patternsRead = [settings['plugin.inlang.messageFormat'].pathPattern].flat().map((p) => p.replace(/^\.\//, ''));
		expect(patternsRead.sort()).toEqual(areas.map((area) => `messages/${area}/{locale}.json`).sort());
	});
});
