// The classroom handout (/print): every step on paper with its map, question and sources, a
// clean axe run, and the PDF that `npm run handout` writes, on A4 and on US Letter; and the
// Ukrainian one (/uk/print) in its own words, dates and links.
//
// The PDF checks read the file with poppler-utils (pdfinfo, pdftotext): on Debian,
// `apt-get install -y poppler-utils`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, loadStory, localize, resolvedStory, ui, type StoryStepFile, expectNoAxeViolations } from './fixtures';
import { printHandout, type PaperFormat } from '../../scripts/handout';

type Step = StoryStepFile & { question: string; highlight?: string[]; sources: string[] };
const story = loadStory() as unknown as {
	meta: { title: string; dek: string; credit: string };
	glossary: { term: string; definition: string }[];
	steps: Step[];
};
const { steps } = story;
// A step's sources as the loader resolves them: its own, then its timeline's that it lacks.
const sourceCount = new Map(resolvedStory().steps.map((s) => [s.id, s.sources.length]));

// The handout in the run's language (E2E_LANG): /print, /uk/print…
const PRINT = localize('/print');

/** Text as a reader sees it, and as pdftotext gives it back: one space between words. */
const flat = (text: string | null) => (text ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();

test.describe.configure({ timeout: 120_000 });

test('/print holds every step in story order, each with its title, question, map and sources', async ({ page }) => {
	await page.goto(PRINT);
	const sections = page.locator('[data-print-step]');
	await expect(sections).toHaveCount(steps.length);
	expect(await sections.evaluateAll((els) => els.map((el) => el.getAttribute('data-print-step')))).toEqual(steps.map((s) => s.id));

	for (const step of steps) {
		const section = page.locator(`[data-print-step="${step.id}"]`);
		expect(flat(await section.locator('h2').textContent()), `${step.id} title`).toBe(flat(step.title));
		if (step.kicker) await expect(section.locator('.step-meta')).toContainText(flat(step.kicker));
		expect(flat(await section.locator('.question p').textContent()), `${step.id} question`).toBe(flat(step.question));

		// A static map of the step, with the same highlights and pins as on screen, and its legend.
		const map = section.locator('[data-print-map] svg[data-static-map]');
		await expect(map).toHaveCount(1);
		await expect(map).toBeVisible();
		await expect(section.locator('[data-print-map] use.highlight')).toHaveCount(step.highlight?.length ?? 0);
		await expect(section.locator('[data-print-map] [data-pin]')).toHaveCount(step.pins.length);
		await expect(section.locator('[data-print-map] .legend li').first()).toBeVisible();

		// Sources with their addresses written out.
		const sources = section.locator('.print-sources li');
		expect(sourceCount.get(step.id)).toBeGreaterThanOrEqual(step.sources.length);
		await expect(sources).toHaveCount(sourceCount.get(step.id)!);
		for (const text of await sources.allTextContents()) expect(text).toMatch(/https?:\/\/\S+/);
	}

	await expect(page.locator('h1')).toHaveText(flat(story.meta.title));
	await expect(page.getByText(ui('Handout for classroom use'))).toBeVisible();
	for (const entry of story.glossary) await expect(page.locator('.glossary dt', { hasText: entry.term })).toHaveCount(1);
	await expect(page.locator('.credit')).toContainText(flat(story.meta.credit));
});

test('the map shapes load and draw on /print', async ({ page }) => {
	await page.goto(PRINT, { waitUntil: 'networkidle' });
	const sized = await page.locator('[data-print-map] svg[data-static-map]').evaluateAll((maps) =>
		maps.map((svg) => (svg.querySelector('use.country') as SVGGraphicsElement | null)?.getBBox().width ?? 0)
	);
	expect(sized).toHaveLength(steps.length);
	for (const width of sized) expect(width).toBeGreaterThan(0);
});

test('"Print this handout" opens the print dialog and is not printed', async ({ page }) => {
	await page.addInitScript(() => {
		(window as unknown as { printCalls: number }).printCalls = 0;
		window.print = () => void (window as unknown as { printCalls: number }).printCalls++;
	});
	await page.goto(PRINT);
	const button = page.getByRole('button', { name: ui('Print this handout') });
	await expect(button).toBeVisible();
	// The click handler arrives with hydration: retry until the page has it.
	await expect(async () => {
		await button.click();
		expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBeGreaterThan(0);
	}).toPass({ timeout: 15_000 });
	await page.emulateMedia({ media: 'print' });
	await expect(button).toBeHidden();
	await expect(page.locator('[data-print-step]').first()).toBeVisible();
});

test('@phone axe: no violations on /print', async ({ page }) => {
	await page.goto(PRINT, { waitUntil: 'networkidle' });
	await expectNoAxeViolations(page, PRINT);
});

const PAPER: Record<PaperFormat, { width: number; height: number }> = {
	A4: { width: 595.28, height: 841.89 },
	Letter: { width: 612, height: 792 }
};

function poppler(tool: 'pdfinfo' | 'pdftotext', args: string[]): string {
	const probe = spawnSync(tool, ['-v']);
	if (probe.error) throw new Error(`${tool} not found: install poppler-utils (apt-get install -y poppler-utils) to check the handout PDF`);
	return execFileSync(tool, args, { encoding: 'utf8' });
}

for (const format of ['A4', 'Letter'] as const) {
	test(`handout PDF (${format}): a cover, then each step from a new page, in order`, async ({ page, baseURL }) => {
		const dir = mkdtempSync(join(tmpdir(), 'handout-'));
		try {
			const pdf = join(dir, 'handout.pdf');
			// printHandout opens <base>/print: the language's prefix goes on the base.
			await printHandout(page, `${baseURL!.replace(/\/+$/, '')}${PRINT.replace(/\/print$/, '')}`, pdf, format);

			const info = poppler('pdfinfo', [pdf]);
			const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
			expect(pageCount, 'a cover page and at least one page per step').toBeGreaterThanOrEqual(steps.length + 1);
			const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!.map(Number);
			expect(Math.abs(width - PAPER[format].width), `page width ${width} pt`).toBeLessThan(2);
			expect(Math.abs(height - PAPER[format].height), `page height ${height} pt`).toBeLessThan(2);

			// pdftotext ends each page with a form feed.
			const pages = poppler('pdftotext', ['-enc', 'UTF-8', pdf, '-']).split('\f').map(flat).slice(0, pageCount);
			expect(pages[0].toLowerCase()).toContain(flat(ui('Handout for classroom use')).toLowerCase());
			expect(pages[0]).toContain(flat(story.meta.title));
			let previous = 0;
			for (const step of steps) {
				const title = flat(step.title);
				const at = pages.findIndex((text, i) => i > previous && text.includes(title));
				expect(at, `"${title}" on a page after page ${previous + 1}`).toBeGreaterThan(previous);
				previous = at;
			}
			expect(pages.slice(previous).join(' ')).toContain(ui('Glossary'));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
}
