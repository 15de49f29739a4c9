// A small static file server for the built site, used by `npm start`, the tests and the bench.
// It serves a directory under a base path the way static hosts do: "/dir/" → "/dir/index.html",
// unknown paths → the site's 404.html with status 404, and the `_headers` rules for "/*".
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	'.woff2': 'font/woff2',
	'.png': 'image/png',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

/** Reads the global rules of a Netlify/Cloudflare-style `_headers` file, if the site has one. */
async function readGlobalHeaders(root) {
	const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
	const headers = {};
	let inGlobalBlock = false;
	for (const line of text.split('\n')) {
		if (!line.trim()) continue;
		if (!/^\s/.test(line)) {
			inGlobalBlock = line.trim() === '/*';
		} else if (inGlobalBlock) {
			const index = line.indexOf(':');
			headers[line.slice(0, index).trim()] = line.slice(index + 1).trim();
		}
	}
	return headers;
}

async function resolveFile(root, relativePath) {
	const candidate = normalize(join(root, relativePath));
	if (candidate !== root && !candidate.startsWith(root + sep)) return null;
	const info = await stat(candidate).catch(() => null);
	if (info?.isFile()) return candidate;
	if (info?.isDirectory()) {
		const index = join(candidate, 'index.html');
		return (await stat(index).catch(() => null))?.isFile() ? index : null;
	}
	return null;
}

/** Starts serving `root` under `base` on 127.0.0.1; resolves to { url, close }. */
export async function startStaticServer({ root, base = '/', port = 0 }) {
	const normalizedRoot = normalize(root);
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const extraHeaders = await readGlobalHeaders(normalizedRoot);

	const server = createServer(async (request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		let file = null;
		if (pathname === prefix.slice(0, -1)) {
			response.writeHead(301, { Location: prefix }).end();
			return;
		}
		if (pathname.startsWith(prefix)) {
			let decoded;
			try {
				decoded = decodeURIComponent(pathname.slice(prefix.length));
			} catch {
				decoded = null;
			}
			if (decoded !== null) {
				file = await resolveFile(normalizedRoot, decoded);
				// Directory without trailing slash: send the reader to the canonical address.
				if (file?.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !decoded.endsWith('index.html')) {
					response.writeHead(301, { Location: `${pathname}/` }).end();
					return;
				}
			}
		}
		const status = file ? 200 : 404;
		file ??= join(normalizedRoot, '404.html');
		const body = await readFile(file).catch(() => Buffer.from('Not found'));
		response.writeHead(status, {
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			'Cache-Control': 'no-cache',
			...extraHeaders,
		});
		response.end(request.method === 'HEAD' ? undefined : body);
	});

	await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
	const address = server.address();
	return {
		url: `http://127.0.0.1:${address.port}${prefix}`,
		close: () => new Promise((resolve) => server.close(resolve)),
	};
}
