// A stand-in newsroom article server for the embed tests: serves the HTML pages in this folder
// and pym.js on another origin (port 4174) than the explainer (port 4173).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const port = Number(process.env.HOST_PORT ?? 4174);

createServer(async (req, res) => {
	const path = new URL(req.url, 'http://x').pathname;
	const file = path === '/pym.js' ? here('../../../node_modules/pym.js/dist/pym.v1.min.js') : /^\/[\w-]+\.html$/.test(path) ? here(`.${path}`) : null;
	try {
		if (!file) throw new Error('not found');
		const body = await readFile(file);
		res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
		res.end(body);
	} catch {
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('not found');
	}
}).listen(port, '127.0.0.1', () => console.log(`host pages on http://127.0.0.1:${port}/`));
