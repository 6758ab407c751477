// Country names on both maps in Ukrainian and Russian (src/lib/server/country-names/<locale>.json,
// seeded by scripts/seed-country-names.ts and reviewed by hand). A country without a name there
// shows the atlas's English name on /uk/ and /ru/.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import countries from 'i18n-iso-countries';
import { loadBasemap } from '../../src/lib/server/basemap';
import { loadStory } from '../../src/lib/server/story/load';
import uk from '../../src/lib/server/country-names/uk.json';
import ru from '../../src/lib/server/country-names/ru.json';

const NAMES: Record<'uk' | 'ru', Record<string, string>> = { uk, ru };
const FOREIGN_LETTERS = { uk: /[ыэъёЫЭЪЁ]/, ru: /[іїєґІЇЄҐ]/ };
const story = loadStory();
const kept = loadBasemap(story.layers).countries;

describe('country names in Ukrainian and Russian', () => {
	for (const locale of ['uk', 'ru'] as const) {
		const names = NAMES[locale];

		it(`${locale}: every country the maps keep has a name`, () => {
			expect(kept.length).toBeGreaterThan(100);
			const missing = kept.filter((c) => !names[c.id]?.trim()).map((c) => `${c.id} (${c.name})`);
			expect(missing, `countries the maps draw with no ${locale} name`).toEqual([]);
		});

		it(`${locale}: the maps label every country in Cyrillic`, () => {
			const latin = loadBasemap(story.layers, process.cwd(), locale).countries.filter((c) => !/[А-Яа-яІіЇїЄєҐґ]/.test(c.name)).map((c) => `${c.id} (${c.name})`);
			expect(latin).toEqual([]);
		});

		it(`${locale}: no name holds a letter of the other language (${FOREIGN_LETTERS[locale]})`, () => {
			const wrong = Object.entries(names).filter(([, name]) => FOREIGN_LETTERS[locale].test(name)).map(([id, name]) => `${id}: ${name}`);
			expect(wrong).toEqual([]);
		});
	}

	it('English stays the atlas\'s names', () => {
		for (const country of kept) expect(country.name).not.toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
	});

	// A review aid, not a check: where the committed names differ from i18n-iso-countries (hand
	// choices, or the package's updates since the files were seeded). Printed, never failing.
	it('(review) differences from i18n-iso-countries are printed', () => {
		const require = createRequire(import.meta.url);
		for (const locale of ['uk', 'ru'] as const) {
			countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));
			const differences = kept
				.map((c) => ({ id: c.id, ours: NAMES[locale][c.id], theirs: countries.getName(c.id, locale, { select: 'alias' }) ?? countries.getName(c.id, locale) }))
				.filter((d) => d.ours !== d.theirs)
				.map((d) => `${d.id}: ours ${d.ours ?? '(none)'}, package ${d.theirs ?? '(none)'}`);
			console.log(`country names, ${locale}: ${differences.length} differ from i18n-iso-countries\n  ${differences.join('\n  ')}`);
		}
		expect(true).toBe(true);
	});
});
