// A stand-in newsroom article server for the embed tests. It serves the HTML pages in this
// folder, and pym.js, on HOST_PORT, on both loopback names: a test that opens
// http://localhost:HOST_PORT/… is on another *site* than the explainer on http://127.0.0.1:E2E_PORT
// (browsers isolate them as they isolate a newsroom from its graphics host), and one that opens
// http://127.0.0.1:HOST_PORT/… is only on another origin of the same site.
// The pages name the explainer as {{APP}}; the server fills in its origin from E2E_PORT, so no
// page hard-codes a port.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const port = Number(process.env.HOST_PORT ?? 4174);
const app = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;

const server = createServer(async (req, res) => {
	const path = new URL(req.url, 'http://x').pathname;
	const file = path === '/pym.js' ? here('../../../node_modules/pym.js/dist/pym.v1.min.js') : /^\/[\w-]+\.(html|js)$/.test(path) ? here(`.${path}`) : null;
	try {
		if (!file) throw new Error('not found');
		const body = await readFile(file, 'utf8');
		const html = file.endsWith('.html');
		res.writeHead(200, { 'content-type': html ? 'text/html; charset=utf-8' : 'text/javascript', 'cache-control': 'no-store' });
		res.end(html ? body.replaceAll('{{APP}}', app) : body);
	} catch {
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('not found');
	}
});

// localhost may resolve to ::1 or to 127.0.0.1: answer on both, and on nothing but loopback.
server.listen(port, '127.0.0.1', () => console.log(`host pages on http://127.0.0.1:${port}/ and http://localhost:${port}/, explainer at ${app}`));
const v6 = createServer(server.listeners('request')[0]);
v6.on('error', (e) => console.warn(`no IPv6 loopback (${e.code}): localhost means 127.0.0.1 here`));
v6.listen(port, '::1');
