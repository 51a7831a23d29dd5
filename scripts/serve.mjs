// A tiny static server for dist/ (no dependencies). Used by npm start, npm run start:web and the e2e tests.
//   node scripts/serve.mjs [--root dist] [--port 3000] [--https-key k.pem --https-cert c.pem]
import { createServer as createHttp } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Serves files under `root`; never outside it. Resolves once listening, with the server and its base URL. */
export function startStaticServer({ root, port = 0, host = '127.0.0.1', tls } = {}) {
  const base = resolve(root);
  const handler = async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      let path = decodeURIComponent(url.pathname);
      if (path.endsWith('/')) path += 'preview.html';
      const file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error('outside root'), { status: 403 });
      const info = await stat(file);
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { status: 404 });
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Office asks that images (the ribbon icons) be cacheable: a no-cache header can make it show a default icon
      // (learn.microsoft.com/office/dev/add-ins/develop/add-in-manifests#hosting-requirements). Pages and scripts
      // stay no-cache so a rebuild shows at once.
      const caching = type.startsWith('image/') ? {} : { 'Cache-Control': 'no-cache' };
      res.writeHead(200, { 'Content-Type': type, ...caching, 'X-Content-Type-Options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const status = error.status ?? (error.code === 'ENOENT' ? 404 : 500);
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(status === 404 ? 'Not found' : 'Error');
    }
  };
  const server = tls ? createHttps(tls, handler) : createHttp(handler);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      const shownHost = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
      resolvePromise({ server, url: `${tls ? 'https' : 'http'}://${shownHost}:${actual}` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const key = arg('https-key');
  const cert = arg('https-cert');
  const tls = key && cert ? { key: readFileSync(key), cert: readFileSync(cert) } : undefined;
  const { url } = await startStaticServer({ root: arg('root', 'dist'), port: Number(arg('port', '3000')), tls });
  console.log(`Serving dist/ at ${url}`);
}
