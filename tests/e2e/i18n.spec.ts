// The story in English, Ukrainian and Russian (issue #13): every route answers in its language
// with its alternates and switcher; no English interface text is left on /uk/ or /ru/ (read from
// the rendered controls, not from the code); Cyrillic labels on the static map; dates in each
// language's form; axe; the Cyrillic font before the WebGL map starts. Chromium only; the guard
// fixture fails any request to another host.
import { mkdirSync, readFileSync } from 'node:fs';
import { longDate } from '../../src/lib/dates';
import { storyDir } from '../../src/lib/server/story/folder';
import { expect, expectNoAxeViolations, localize, resolvedStory, settled, test, waitForHydration, waitForWebGL, type Locale } from './fixtures';
import { contentLatinWords, englishLeft, findEnglish, interfaceText, type Said } from './i18n-read';

const LOCALES: Locale[] = ['en', 'uk', 'ru'];
const stories = Object.fromEntries(LOCALES.map((l) => [l, resolvedStory(l)])) as Record<Locale, ReturnType<typeof resolvedStory>>;
const first = stories.en.steps[0].id;
const ROUTES = ['/', '/embed', `/embed/${first}`, '/present', '/present/notes', '/print'];
const SHOTS = 'test-results/i18n-shots';

test.describe.configure({ timeout: 120_000 });

for (const lang of LOCALES) {
	test(`${lang}: every route answers 200 in its language, with its alternates and switcher`, async ({ page }) => {
		for (const route of ROUTES) {
			const path = localize(route, lang);
			const response = await page.goto(path);
			expect(response?.status(), `${path}: status`).toBe(200);
			// Read once: the prerendered page either says its language or does not.
			expect(await page.locator('html').getAttribute('lang'), `${path}: html[lang]`).toBe(lang);
			const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
			expect(Object.fromEntries(alternates), `${path}: hreflang alternates`).toEqual({
				en: localize(route, 'en'),
				uk: localize(route, 'uk'),
				ru: localize(route, 'ru'),
				'x-default': localize(route, 'en')
			});
			expect(alternates, `${path}: one alternate per language and x-default`).toHaveLength(4);
			// The switcher, where the page has one: each language named in itself, marked with its
			// own lang and hreflang, to the same route (a link relative to the page); the page's own marked current.
			const links = page.locator('nav.languages a');
			if (await links.count()) {
				const seen = await links.evaluateAll((as) => as.map((a) => ({ lang: a.getAttribute('lang'), hreflang: a.getAttribute('hreflang'), href: new URL(a.getAttribute('href')!, location.href).pathname, current: a.getAttribute('aria-current') })));
				seen.sort((a, b) => LOCALES.indexOf(a.lang as Locale) - LOCALES.indexOf(b.lang as Locale));
				expect(seen, `${path}: the language switcher`).toEqual(
					LOCALES.map((l) => ({ lang: l, hreflang: l, href: localize(route, l), current: l === lang ? 'true' : null }))
				);
			}
		}
	});
}

for (const lang of ['uk', 'ru'] as const) {
	test(`${lang}: oEmbed gives the story's ${lang} title and the ${lang} embed`, async ({ page, request }) => {
		const response = await request.get(localize('/oembed.json', lang));
		expect(response.status(), `${localize('/oembed.json', lang)}: status`).toBe(200);
		const body = await response.json();
		expect(body.title).toBe(stories[lang].meta.title);
		expect(body.html).toMatch(new RegExp(`src="[^"]*${localize('/embed', lang)}"`));
		// The story page names its own language's oEmbed for discovery.
		await page.goto(localize('/', lang));
		const discovery = await page.locator('link[type="application/json+oembed"]').evaluate((l) => new URL(l.getAttribute('href')!, location.href).pathname);
		expect(discovery).toBe(localize('/oembed.json', lang));
	});

	test(`${lang}: no English interface text on the story, embed, presentation, speaker view and handout`, async ({ page }) => {
		const english = englishLeft(lang);
		const allowed = contentLatinWords(storyDir(), lang);
		const said: Said[] = [];
		const read = async (label: string) => said.push(...(await interfaceText(page)).map((s) => ({ ...s, where: `${label} ${s.where}` })));

		// The story, with a pin's details and the embed dialog open.
		const withPin = stories[lang].steps.find((s) => s.pins.length);
		await page.goto(localize(withPin ? `/#${withPin.id}` : '/', lang));
		await waitForHydration(page);
		await settled(page);
		await read(localize('/', lang));
		if (withPin) {
			await page.locator(`section[data-step="${withPin.id}"] [data-open-pin]`).first().click();
			await expect(page.getByRole('dialog')).toBeVisible();
			await read(`${localize('/', lang)} (pin details open)`);
			await page.keyboard.press('Escape');
		}
		await page.locator('.embed-button').click();
		await expect(page.locator('dialog.embed-dialog')).toBeVisible();
		await read(`${localize('/', lang)} (embed dialog open)`);

		for (const route of ['/embed', `/embed/${first}`]) {
			await page.goto(localize(route, lang));
			await waitForHydration(page);
			await read(localize(route, lang));
		}
		await page.goto(localize('/print', lang), { waitUntil: 'networkidle' });
		await read(localize('/print', lang));
		// The presentation with its keys help open, and the speaker view.
		await page.goto(localize('/present', lang));
		await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-ready', 'true', { timeout: 30_000 });
		await page.keyboard.press('?');
		await expect(page.getByRole('dialog')).toBeVisible();
		await read(`${localize('/present', lang)} (keys help open)`);
		await page.goto(localize('/present/notes', lang));
		await expect(page.locator('[data-speaker-step]')).toHaveAttribute('data-speaker-ready', 'true', { timeout: 30_000 });
		await read(localize('/present/notes', lang));

		expect(said.length, 'interface text was read').toBeGreaterThan(20);
		expect(findEnglish(said, english, allowed), `English a ${lang} reader meets in the interface`).toEqual([]);
	});

	test.describe(`${lang}: without JavaScript`, () => {
		test.use({ javaScriptEnabled: false });
		test(`the static maps label countries in Cyrillic`, async ({ page }) => {
			await page.goto(localize('/', lang));
			const labels = await page.locator('svg[data-static-map] text.country-label').allTextContents();
			expect(labels.length, 'country labels on the static maps').toBeGreaterThan(0);
			expect(labels.filter((l) => !/[А-ЯІЇЄҐ]/.test(l) || /[A-Z]/.test(l)), 'labels not in Cyrillic').toEqual([]);
		});
	});

	test(`${lang}: the byline's dates read in ${lang}`, async ({ page }) => {
		const { meta } = stories[lang];
		await page.goto(localize('/', lang));
		for (const date of [meta.covers, meta.published, meta.updated].filter((d): d is string => !!d)) {
			expect(await page.locator(`.byline time[datetime="${date}"]`).textContent(), `the byline's ${date}`).toBe(longDate(date, lang));
		}
	});
}

for (const path of ['/uk/', '/ru/', '/uk/present', '/uk/embed']) {
	test(`axe: no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		if (path.includes('present')) await expect(page.locator('[data-present-step]')).toHaveAttribute('data-present-ready', 'true', { timeout: 30_000 });
		else await waitForHydration(page);
		await expectNoAxeViolations(page, path);
	});
}

test('uk: the Cyrillic font is loaded before the WebGL map starts; the map when ready (screenshot)', async ({ page }, testInfo) => {
	await page.goto(localize('/', 'uk'));
	const label = (await page.locator('svg[data-static-map] text.country-label').first().textContent())?.trim() ?? '';
	expect(label).toMatch(/[А-ЯІЇЄҐ]/);
	const before = await page.evaluate(async (text) => {
		await document.fonts.ready;
		return { renderer: document.querySelector('[data-map]')?.getAttribute('data-renderer'), cyrillic: document.fonts.check('12px "Noto Sans"', text) };
	}, label);
	expect(before, `before any input: the static map, and "Noto Sans" holds "${label}"`).toEqual({ renderer: 'static', cyrillic: true });
	await waitForWebGL(page);
	mkdirSync(SHOTS, { recursive: true });
	const shot = await page.locator('[data-map]').screenshot({ path: `${SHOTS}/uk-webgl-map.png` });
	await testInfo.attach('uk WebGL map', { body: shot, contentType: 'image/png' });
});

// The handout's own words (src/lib/i18n/messages/print): in Ukrainian, none of them is left in English.
const PRINT_EN = JSON.parse(readFileSync('src/lib/i18n/messages/print/en.json', 'utf8')) as Record<string, string>;
const uk = stories.uk;
const flat = (text: string | null) => (text ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();

test('/uk/print: the handout in Ukrainian, with its dates, its translator and links to the Ukrainian pages', async ({ page }) => {
	await page.goto('/uk/print');
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	const sections = page.locator('[data-print-step]');
	await expect(sections).toHaveCount(uk.steps.length);
	for (const step of uk.steps) {
		const section = page.locator(`[data-print-step="${step.id}"]`);
		expect(flat(await section.locator('h2').textContent()), `${step.id} title`).toBe(flat(step.title));
		await expect(section.locator('.step-number')).toHaveText(`Крок ${step.index + 1} з ${uk.steps.length}`);
		await expect(section.locator('.question h3')).toHaveText('Обговоріть');
		await expect(section.locator('.print-sources h3')).toHaveText(step.sources.length === 1 ? 'Джерело' : 'Джерела');
	}
	await expect(page.locator('h1')).toHaveText(flat(uk.meta.title));
	await expect(page.getByText('Роздатковий матеріал для уроку')).toBeVisible();
	await expect(page.locator('.cover .byline').first()).toContainText('Ситуація станом на');
	await expect(page.locator('.cover .byline').first()).toContainText(/\d{1,2} (січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня) \d{4}/);
	await expect(page.locator('.cover')).toContainText('Переклад з англійської');
	await expect(page.getByRole('link', { name: '← Назад до матеріалу' })).toHaveAttribute('href', /(^|\/)uk\/$/);
	await expect(page.getByRole('button', { name: 'Надрукувати' })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Роздатковий матеріал' })).toBeVisible();

	// Every interface string of the handout's own parts, read as a reader gets it.
	const parts = ['.toolbar', '.cover', '.step-meta', '.question h3', '.print-sources h3', '.back-matter h2', '.fine', 'title'];
	const shown = (await Promise.all(parts.map((css) => page.locator(css).allTextContents()))).flat().join('\n');
	const left = Object.entries(PRINT_EN)
		.filter(([key, text]) => key.startsWith('print_') && !text.includes('{'))
		.filter(([, text]) => shown.includes(text));
	expect(left, 'English left on /uk/print').toEqual([]);
	expect(await page.locator('[data-handout]').getAttribute('data-footer-page')).toBe('Сторінка {page} з {total}');
});

test('axe: no violations on /uk/print', async ({ page }) => {
	await page.goto('/uk/print', { waitUntil: 'networkidle' });
	await expectNoAxeViolations(page, '/uk/print');
});

