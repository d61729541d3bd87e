// `node demos/serve.mjs`: a tiny static server for the demos (node:http only).
// Serves the repository root, so /demos/ and /dist/ both resolve, on
// 127.0.0.1. The port comes from PORT (default 8080; when PORT is not set and
// 8080 is taken, the next free port up to 8099 is used). GET / redirects to
// /demos/. Only GET and HEAD; nothing outside the repository is ever served.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const HOST = '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', ...headers });
  res.end(text);
}

/** Maps a URL path to a file inside ROOT, or null when it would leave ROOT. */
async function locate(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // Resolve against ROOT and check the result stays inside it (also after symlinks).
  const file = resolve(ROOT, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  if (file !== ROOT && !file.startsWith(ROOT + sep)) return null;
  let real;
  try {
    real = await realpath(file);
  } catch {
    return { file, missing: true };
  }
  if (real !== ROOT && !real.startsWith(ROOT + sep)) return null;
  const info = await stat(real);
  if (info.isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: pathname + '/' };
    const index = join(real, 'index.html');
    try {
      const indexInfo = await stat(index);
      return { file: index, size: indexInfo.size };
    } catch {
      return { file: index, missing: true };
    }
  }
  return { file: real, size: info.size };
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    if (url.pathname === '/') return send(res, 302, 'see /demos/', { location: '/demos/' });
    const found = await locate(url.pathname);
    if (!found) return send(res, 403, 'forbidden');
    if (found.redirect) return send(res, 301, 'moved', { location: found.redirect + url.search });
    if (found.missing) return send(res, 404, 'not found');
    res.writeHead(200, {
      'content-type': TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': found.size,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(found.file).on('error', () => res.destroy()).pipe(res);
  } catch {
    if (!res.headersSent) send(res, 500, 'server error');
    else res.destroy();
  }
});

const fixed = process.env.PORT !== undefined && process.env.PORT !== '';
const first = fixed ? Number(process.env.PORT) : 8080;
if (!Number.isInteger(first) || first < 0 || first > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}"`);
  process.exit(1);
}

function listen(port, triesLeft) {
  const onListening = () => {
    server.off('error', onError);
    console.log(`nn-playground demos: http://${HOST}:${server.address().port}/demos/`);
  };
  const onError = (error) => {
    server.off('listening', onListening);
    if (error.code === 'EADDRINUSE' && triesLeft > 0) return listen(port + 1, triesLeft - 1);
    console.error(`nn-playground demos: cannot listen on ${HOST}:${port}: ${error.message}`);
    process.exit(1);
  };
  server.once('error', onError);
  server.once('listening', onListening);
  server.listen(port, HOST);
}

listen(first, fixed ? 0 : 19);
