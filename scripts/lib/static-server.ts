// A bare static file server for tests that need a site copy of their own (the offline update
// test rebuilds its copy between visits). Serves <dir>/index.html for directories and each
// language's 404.html for missing files, and records every path it is asked for. With `gzip`, it
// compresses text as any web host does (npm run bench -- --anchor measures pages that way).
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml",
  ".pagefind": "application/octet-stream",
};

export interface StaticServer {
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function serveStatic(dir: string, { gzip = false } = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requests.push(path);
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(dir) || !existsSync(file)) {
      const lang = /^\/([a-z]{2})\//.exec(path)?.[1];
      const notFound = lang && existsSync(join(dir, lang, "404.html")) ? join(dir, lang, "404.html") : join(dir, "404.html");
      res.writeHead(404, { "Content-Type": TYPES[".html"] });
      // A site without a not-found page (the bench's bare Astro anchor) gets a bare one.
      res.end(existsSync(notFound) ? readFileSync(notFound) : "<!doctype html><title>Not found</title>");
      return;
    }
    const body = readFileSync(file);
    const compress = gzip && /\.(html|css|js|json|svg|xml|webmanifest)$/.test(file);
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-cache", ...(compress ? { "Content-Encoding": "gzip" } : {}) });
    res.end(compress ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
