// `npm run handout`: prints the classroom handout (/print) of the built site to handout.pdf.
// Run after `npm run build`. A4 by default; `--letter` for US Letter; `--out file.pdf` to
// write elsewhere. It serves build/ with `vite preview` on port 4182, prints /print in
// Chromium (the same browser and flags as the tests) and stops the server.
//
// The end-to-end tests reuse printHandout() against their own server and page.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { CHROME_ARGS, findChrome } from '../tests/browser';

export type PaperFormat = 'A4' | 'Letter';

const PORT = 4182;

/** Opens /print on `page`, waits until fonts and every map are drawn, and writes the PDF. */
export async function printHandout(page: Page, baseUrl: string, path: string, format: PaperFormat = 'A4'): Promise<void> {
	await page.goto(`${baseUrl.replace(/\/+$/, '')}/print`, { waitUntil: 'networkidle' });
	await page.emulateMedia({ media: 'print' });
	await page.waitForFunction(
		async () => {
			await document.fonts.ready;
			await Promise.all(['400 1em "Noto Sans"', '700 1em "Noto Sans"'].map((font) => document.fonts.load(font)));
			if (!document.fonts.check('700 1em "Noto Sans"')) return false;
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
	const title = await page.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '');
	await page.pdf({
		path,
		format,
		printBackground: true,
		// Page numbers in the bottom margin; the margins themselves come from the page's @page rule.
		displayHeaderFooter: true,
		headerTemplate: '<span></span>',
		footerTemplate: `<div style="width:100%;margin:0 14mm;font:8px 'Noto Sans',sans-serif;color:#4a5158;display:flex;justify-content:space-between;gap:12px"><span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis">${escapeHtml(title)} · Classroom handout</span><span style="white-space:nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
		margin: { top: '14mm', right: '14mm', bottom: '14mm', left: '14mm' }
	});
}

/** Launches Chromium, prints the handout from `baseUrl` into `path`, and closes the browser. */
export async function writeHandout(baseUrl: string, path: string, format: PaperFormat = 'A4'): Promise<void> {
	const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
		await printHandout(page, baseUrl, path, format);
	} finally {
		await browser.close();
	}
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function startPreview(port: number): Promise<{ url: string; stop: () => void }> {
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
			if ((await fetch(`${url}/print`)).ok) return { url, stop };
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	stop();
	throw new Error(`vite preview did not answer on ${url} within 30 s`);
}

async function main(args: string[]) {
	const format: PaperFormat = args.includes('--letter') ? 'Letter' : 'A4';
	const outAt = args.indexOf('--out');
	const out = resolve(outAt >= 0 && args[outAt + 1] ? args[outAt + 1] : 'handout.pdf');
	if (!existsSync(resolve('build/print.html'))) {
		throw new Error('build/print.html is missing: run `npm run build` first.');
	}
	const server = await startPreview(PORT);
	try {
		await writeHandout(server.url, out, format);
	} finally {
		server.stop();
	}
	console.log(`wrote ${out} (${format})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	main(process.argv.slice(2)).catch((error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
