// Serves a built site over HTTP on 127.0.0.1, under its base path, as a static host would.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticSite {
  /** Origin plus base path, e.g. http://127.0.0.1:41234/gongbao/ */
  url: string;
  close: () => Promise<void>;
}

export async function serve(dir: string, base = '/'): Promise<StaticSite> {
  const files = sirv(dir, { dev: false, etag: false });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      return res.end('outside the base path');
    }
    req.url = '/' + url.slice(base.length);
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
