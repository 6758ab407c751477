// `npx tsx scripts/seed-country-names.ts`: writes src/lib/server/country-names/<locale>.json,
// every basemap country's name in Ukrainian and Russian, seeded from i18n-iso-countries (a
// well-kept list of country names in many languages), with the choices below made by hand
// (newsroom usage). Review the files after running it; commit them.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const LOCALES = ['uk', 'ru'] as const;
for (const l of LOCALES) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));

/** Where the list's names differ from newsroom usage, or the atlas uses a code the list lacks. */
const CHOICES: Record<(typeof LOCALES)[number], Record<string, string>> = {
	uk: { RUS: 'Росія', XKX: 'Косово', MDA: 'Молдова', GBR: 'Велика Британія', USA: 'США', CZE: 'Чехія', PRK: 'КНДР', TWN: 'Тайвань', CIV: 'Кот-д’Івуар', CYN: 'Північний Кіпр', KAS: 'Льодовик Сіачен', SOL: 'Сомаліленд', IOA: 'Австралійські території в Індійському океані' },
	ru: { RUS: 'Россия', XKX: 'Косово', MDA: 'Молдова', BLR: 'Беларусь', GBR: 'Великобритания', USA: 'США', CZE: 'Чехия', CHN: 'Китай', PRK: 'КНДР', TWN: 'Тайвань', ESH: 'Западная Сахара', CYN: 'Северный Кипр', KAS: 'Ледник Сиачен', SOL: 'Сомалиленд', IOA: 'Австралийские территории в Индийском океане' }
};

const topology = JSON.parse(readFileSync('static/geo/countries.json', 'utf8')) as Topology;
const codes = (feature(topology, topology.objects.countries) as unknown as FeatureCollection).features.map((f) => String(f.id)).sort();
for (const locale of LOCALES) {
	const names: Record<string, string> = {};
	const missing: string[] = [];
	for (const code of codes) {
		const name = CHOICES[locale][code] ?? countries.getName(code, locale, { select: 'alias' }) ?? countries.getName(code, locale);
		// Ukrainian writes its apostrophe as ’, not the typewriter ' the list has.
		if (name) names[code] = locale === 'uk' ? name.replace(/'/g, '’') : name;
		else missing.push(code);
	}
	writeFileSync(`src/lib/server/country-names/${locale}.json`, JSON.stringify(names, null, '\t') + '\n');
	console.log(`${locale}: ${Object.keys(names).length} names; none for ${missing.join(', ') || 'no country'}`);
}
