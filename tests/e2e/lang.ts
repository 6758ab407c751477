// The language the end-to-end specs read the site in: English by default, E2E_LANG=uk or ru to run
// the same specs against /uk/… or /ru/… (scripts/test.ts runs some of them so). Three helpers:
// - `localize('/present#geneva')`: the route in that language (Paraglide's own localizeHref);
// - `ui('Print this handout')`: what the interface says in that language for what it says in
//   English (the compiled message, through `m`), so a spec names a control as a reader of the
//   language sees it;
// - `translated(...)`: the story's own text in that language, from the story folder's i18n file.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { m } from '../../src/lib/paraglide/messages.js';
import { locales, localizeHref, overwriteGetLocale, type Locale } from '../../src/lib/paraglide/runtime.js';

export type { Locale };

function fromEnv(): Locale {
	const lang = process.env.E2E_LANG ?? 'en';
	if (!(locales as readonly string[]).includes(lang)) throw new Error(`E2E_LANG=${lang}: not one of ${locales.join(', ')}`);
	return lang as Locale;
}

/** The language of this run (E2E_LANG, default en). */
export const LANG: Locale = fromEnv();
// The build's own helpers that the specs call for what to expect (legends, pin buttons) read the
// locale as the server does: give them the run's.
if (LANG !== 'en') overwriteGetLocale(() => LANG);

/** A route of the site in `lang`: /uk/present#geneva for /present#geneva. */
export const localize = (path: string, lang: Locale = LANG): string => localizeHref(path, { locale: lang });

// ---------------------------------------------------------------------------------------------
// Interface text, looked up by its English. The message keys are the areas' own choice; the
// English is fixed (each English message is exactly the literal it replaced), so a spec that
// said 'Print this handout' keeps saying it and gets the Ukrainian on a Ukrainian run.

type Message = string | { declarations?: string[]; match: Record<string, string> }[];
const MESSAGES = resolve(import.meta.dirname, '../../src/lib/i18n/messages');

/** Every English message: key, and its patterns (one, or one per plural variant). */
export function englishMessages(): { key: string; area: string; patterns: string[] }[] {
	return readdirSync(MESSAGES).flatMap((area) => {
		const { $schema: _, ...messages } = JSON.parse(readFileSync(resolve(MESSAGES, area, 'en.json'), 'utf8')) as Record<string, Message>;
		return Object.entries(messages).map(([key, message]) => ({ key, area, patterns: typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match)) }));
	});
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The inputs that make `pattern` read `text` (or, with `prefix`, the start of it, the rest kept
 * as it is: a status line built of a message and a title), or null when it cannot.
 */
function inputsFor(pattern: string, text: string, prefix = false): Record<string, string | number> | null {
	const names: string[] = [];
	const source = pattern.split(/(\{\s*\w+\s*\})/).map((part) => {
		const name = /^\{\s*(\w+)\s*\}$/.exec(part)?.[1];
		if (!name) return escape(part);
		names.push(name);
		return '(\\d+|[\\s\\S]+?)';
	});
	const match = new RegExp(`^${source.join('')}${prefix ? '' : '$'}`).exec(text);
	if (!match || (prefix && !match[0].trim())) return null;
	const inputs: Record<string, string | number> = Object.fromEntries(names.map((name, i) => [name, /^\d+$/.test(match[i + 1]) ? Number(match[i + 1]) : match[i + 1]]));
	return prefix ? Object.assign(inputs, { [REST]: text.slice(match[0].length) }) : inputs;
}

const REST = '\u0000rest';

const call = (key: string, inputs: Record<string, unknown>, lang: Locale): string =>
	(m as unknown as Record<string, (i: Record<string, unknown>, o: { locale: Locale }) => string>)[key](inputs, { locale: lang }) + ((inputs[REST] as string) ?? '');

/**
 * What the interface shows in `lang` where it shows `english` in English: the message whose
 * English pattern reads `english` (inputs filled in from it), rendered in `lang`. English is
 * returned as given. `area` picks among messages of several areas that read the same. Throws
 * when no message reads so: that text is not a message yet, so a reader of `lang` sees English.
 */
export function ui(english: string, { lang = LANG, area }: { lang?: Locale; area?: string } = {}): string {
	if (lang === 'en') return english;
	const ours = englishMessages().filter((msg) => !area || msg.area === area);
	const fit = (prefix: boolean) =>
		ours
			.flatMap((msg) => msg.patterns.map((pattern) => ({ key: msg.key, pattern, inputs: inputsFor(pattern, english, prefix) })))
			.filter((c): c is { key: string; pattern: string; inputs: Record<string, string | number> } => !!c.inputs);
	const whole = fit(false);
	// A message that reads so word for word beats one whose placeholders make it fit; a message
	// that reads the whole text beats one that reads its start (the longest start wins).
	const exact = whole.filter((c) => !Object.keys(c.inputs).length);
	const starts = fit(true).filter((c) => /\S/.test(c.pattern.replace(/\{\s*\w+\s*\}/g, '')));
	const longest = Math.max(0, ...starts.map((c) => english.length - (c.inputs[REST] as string).length));
	const candidates = exact.length ? exact : whole.length ? whole : starts.filter((c) => english.length - (c.inputs[REST] as string).length === longest);
	const outputs = [...new Set(candidates.map((c) => call(c.key, c.inputs, lang)))];
	if (!outputs.length) throw new Error(`no interface message reads "${english}" in English: on /${lang}/ it would show in English`);
	if (outputs.length > 1) throw new Error(`"${english}" is ${candidates.map((c) => c.key).join(', ')}, which differ in ${lang}: name the area`);
	return outputs[0];
}

// ---------------------------------------------------------------------------------------------
// The story's own text in another language: `<story dir>/i18n/<lang>.yaml`, keyed like the
// English (steps by id, glossary by English term, table rows by key). Leaves are text, or
// `{ text }` once translations carry the hash of the English they were made from.

export function translation(root: string, dir: string, lang: Locale): Record<string, unknown> | undefined {
	if (lang === 'en') return undefined;
	return parse(readFileSync(resolve(root, dir, 'i18n', `${lang}.yaml`), 'utf8'));
}

const text = (leaf: unknown): unknown => (leaf && typeof leaf === 'object' && !Array.isArray(leaf) && 'text' in leaf ? (leaf as { text: unknown }).text : leaf);

/** `target` with its text fields replaced by those the translation gives at `node`. */
export function overlay<T extends object>(target: T, node: unknown): T {
	if (!node || typeof node !== 'object') return target;
	const out: Record<string, unknown> = { ...(target as Record<string, unknown>) };
	for (const [field, leaf] of Object.entries(node as Record<string, unknown>)) {
		const value = text(leaf);
		if (typeof value === 'string' || Array.isArray(value)) out[field] = value;
	}
	return out as T;
}
