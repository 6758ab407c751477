// `npm run handout`: prints the classroom handout (/print) of the built site to handout.pdf.
// Run after `npm run build`. A4 by default; `--letter` for US Letter; `--out file.pdf` to
// write elsewhere; `--lang uk` for the handout in another of the story's languages (/uk/print,
// to handout-uk.pdf unless --out says otherwise). It serves build/ with `vite preview` on port
// 4182 (HANDOUT_PORT to move it), prints the page in Chromium (the same browser and flags as
// the tests) and stops the server.
//
// The end-to-end tests reuse printHandout() against their own server and page.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { CHROME_ARGS, findChrome } from '../tests/browser';

export type PaperFormat = 'A4' | 'Letter';

const PORT = Number(process.env.HANDOUT_PORT ?? 4182);

/** The handout's page in `lang`: English unprefixed, the others under their prefix (Paraglide's URLs). */
export const handoutPath = (lang = 'en') => (lang === 'en' ? '/print' : `/${lang}/print`);

/** Opens the handout in `lang` on `page`, waits until fonts and every map are drawn, and writes the PDF. */
export async function printHandout(page: Page, baseUrl: string, path: string, format: PaperFormat = 'A4', lang = 'en'): Promise<void> {
	await page.goto(`${baseUrl.replace(/\/+$/, '')}${handoutPath(lang)}`, { waitUntil: 'networkidle' });
	await page.emulateMedia({ media: 'print' });
	await page.waitForFunction(
		async () => {
			await document.fonts.ready;
			// With Latin and Cyrillic text, so that both faces of each weight load (their unicode-ranges).
			const sample = 'Aa Жж';
			await Promise.all(['400 1em "Noto Sans"', '700 1em "Noto Sans"'].map((font) => document.fonts.load(font, sample)));
			if (!document.fonts.check('700 1em "Noto Sans"', sample)) return false;
			// The countries are <use> references into the page's hidden shape defs: wait until
			// they are laid out, which is when their boxes get a size.
			const maps = [...document.querySelectorAll('[data-print-map] svg[data-static-map]')];
			return (
				maps.length > 0 &&
				maps.every((svg) => {
					const shape = svg.querySelector<SVGGraphicsElement>('use.country');
					return !!shape && shape.getBBox().width > 0;
				})
			);
		},
		undefined,
		{ timeout: 30_000, polling: 250 }
	);
	// Two frames, so the last layout and paint are done before printing.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	// The footer's words come from the page, in its language (data-footer-* on the handout).
	const { title, label, pageOf } = await page.evaluate(() => {
		const handout = document.querySelector<HTMLElement>('[data-handout]');
		return {
			title: document.querySelector('h1')?.textContent?.trim() ?? '',
			label: handout?.dataset.footerLabel ?? 'Classroom handout',
			pageOf: handout?.dataset.footerPage ?? 'Page {page} of {total}'
		};
	});
	const pageNumbers = escapeHtml(pageOf).replace('{page}', '<span class="pageNumber"></span>').replace('{total}', '<span class="totalPages"></span>');
	await page.pdf({
		path,
		format,
		printBackground: true,
		// Page numbers in the bottom margin; the margins themselves come from the page's @page rule.
		displayHeaderFooter: true,
		headerTemplate: '<span></span>',
		footerTemplate: `<div style="width:100%;margin:0 14mm;font:8px 'Noto Sans',sans-serif;color:#4a5158;display:flex;justify-content:space-between;gap:12px"><span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis">${escapeHtml(title)} · ${escapeHtml(label)}</span><span style="white-space:nowrap">${pageNumbers}</span></div>`,
		margin: { top: '14mm', right: '14mm', bottom: '14mm', left: '14mm' }
	});
}

/** Launches Chromium, prints the handout from `baseUrl` into `path`, and closes the browser. */
export async function writeHandout(baseUrl: string, path: string, format: PaperFormat = 'A4', lang = 'en'): Promise<void> {
	const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
		await printHandout(page, baseUrl, path, format, lang);
	} finally {
		await browser.close();
	}
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function startPreview(port: number, path: string): Promise<{ url: string; stop: () => void }> {
	const url = `http://127.0.0.1:${port}`;
	// Refuse to print from some other server that already holds the port.
	const busy = await fetch(url).then(
		() => true,
		() => false
	);
	if (busy) throw new Error(`port ${port} is already in use; stop whatever serves ${url} and retry.`);
	const server: ChildProcess = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
		stdio: ['ignore', 'ignore', 'pipe'],
		detached: true
	});
	let errors = '';
	server.stderr?.on('data', (chunk) => (errors += chunk));
	let exited = false;
	server.on('exit', () => (exited = true));
	const stop = () => {
		if (!exited && server.pid) {
			try {
				process.kill(-server.pid);
			} catch {
				// Already gone.
			}
		}
	};
	for (let i = 0; i < 150; i++) {
		if (exited) throw new Error(`vite preview stopped before serving on port ${port}:\n${errors.trim()}`);
		try {
			if ((await fetch(`${url}${path}`)).ok) return { url, stop };
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	stop();
	throw new Error(`vite preview did not answer on ${url} within 30 s`);
}

export interface HandoutOptions {
	format: PaperFormat;
	lang: string;
	/** The PDF to write, resolved against the working directory. */
	out: string;
}

/**
 * `npm run handout` arguments. `languages` are those the built site has a handout in (English
 * first); a language it lacks, or an option with no value, throws with what to use instead.
 */
export function handoutOptions(args: string[], languages: string[]): HandoutOptions {
	const value = (flag: string) => {
		const at = args.indexOf(flag);
		if (at < 0) return undefined;
		const given = args[at + 1];
		if (!given || given.startsWith('--')) throw new Error(`${flag} needs a value${flag === '--lang' ? `: one of ${languages.join(', ')}` : ''}`);
		return given;
	};
	const lang = value('--lang') ?? 'en';
	if (!languages.includes(lang)) throw new Error(`--lang ${lang}: the story has no handout in that language; its languages: ${languages.join(', ')}`);
	const format: PaperFormat = args.includes('--letter') ? 'Letter' : 'A4';
	return { format, lang, out: resolve(value('--out') ?? (lang === 'en' ? 'handout.pdf' : `handout-${lang}.pdf`)) };
}

/** English, then each language build/ holds a handout in (build/<lang>/print.html), as the build made them. */
function builtLanguages(build = resolve('build')): string[] {
	const others = existsSync(build) ? readdirSync(build).filter((name) => /^[a-z]{2}$/.test(name) && existsSync(resolve(build, name, 'print.html'))) : [];
	return ['en', ...others.sort()];
}

async function main(args: string[]) {
	if (!existsSync(resolve('build/print.html'))) {
		throw new Error('build/print.html is missing: run `npm run build` first.');
	}
	const { format, lang, out } = handoutOptions(args, builtLanguages());
	const server = await startPreview(PORT, handoutPath(lang));
	try {
		await writeHandout(server.url, out, format, lang);
	} finally {
		server.stop();
	}
	console.log(`wrote ${out} (${format}${lang === 'en' ? '' : `, ${lang}`})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	main(process.argv.slice(2)).catch((error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
