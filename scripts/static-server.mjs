// A small static file server for the built site, used by `npm start`, the tests and the bench.
// It serves a directory under a base path the way static hosts do: "/dir/" → "/dir/index.html",
// unknown paths → the site's 404.html with status 404, and the headers the site's `_headers` file gives the path.
// With `compress`, text is sent gzip- or brotli-compressed as the browser asks, as real hosts do
// (the bench measures what readers download); the tests read files as they are.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile } from '../build/headers-file.ts';

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

/** File types hosts compress; fonts, images, PDFs and Pagefind's files (gzipped by Pagefind) are sent as they are. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.wasm']);

export const isCompressible = (path) => COMPRESSIBLE.has(extname(path));

/** Compresses a body as `br` (quality 11) or `gzip` (level 9); the bench sizes files the same way. */
export function compressBody(body, encoding) {
	if (encoding === 'gzip') return gzipSync(body, { level: 9 });
	return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
}

/**
 * Compresses at the highest levels, as hosts that precompress static files do. Results are kept
 * per file and modification time, so timings measure the site rather than the compressor.
 */
function encoder() {
	const cache = new Map();
	return async (file, raw, acceptEncoding = '') => {
		const accepted = acceptEncoding.split(',').map((part) => part.trim().split(';')[0]);
		const encoding = ['br', 'gzip'].find((name) => accepted.includes(name));
		if (!encoding) return { body: raw };
		const key = `${encoding} ${file} ${(await stat(file).catch(() => null))?.mtimeMs}`;
		if (!cache.has(key)) cache.set(key, compressBody(raw, encoding));
		return { encoding, body: cache.get(key) };
	};
}

/** The site's Netlify/Cloudflare-style `_headers` rules, if it has that file. */
async function readHeaderRules(root) {
	return parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
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
export async function startStaticServer({ root, base = '/', port = 0, compress = false }) {
	const normalizedRoot = normalize(root);
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const headerRules = await readHeaderRules(normalizedRoot);
	const encode = encoder();

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
		const raw = await readFile(file).catch(() => Buffer.from('Not found'));
		const { encoding, body } = compress && isCompressible(file) ? await encode(file, raw, request.headers['accept-encoding']) : { body: raw };
		response.writeHead(status, {
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			'Cache-Control': 'no-cache',
			...(compress ? { Vary: 'Accept-Encoding' } : {}),
			...(encoding ? { 'Content-Encoding': encoding } : {}),
			...headersForPath(headerRules, pathname),
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
