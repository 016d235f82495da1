/**
 * A local web server that plays every portal host: a request for
 * `http://wsjkw.gd.gov.cn/zwgk/…/t1.html` is answered from `<root>/wsjkw.gd.gov.cn/zwgk/…/t1.html`.
 * Chromium reaches it under the real host names through `--host-resolver-rules`.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.shtml': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** A running portal server. */
export interface PortalServer {
  port: number;
  close(): Promise<void>;
}

/** Serves files under `root`, one folder per host name. */
export async function startPortalServer(root: string): Promise<PortalServer> {
  const base = resolve(root);
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(base, host, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
