// Service workers kept from the last build. Workbox bundles each worker with Rollup, Babel and
// Terser, about a second each and the same bytes every time for the same options and precache
// list; a rebuild with nothing changed spent 5 s of its 30 here (bench/RESULTS.md, the profile).
// So a worker is stored under a hash of everything that shapes it and copied back when that hash
// comes round again. Deleting the folder is always safe: the next build bundles every worker.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

/** Where workers are kept: SW_CACHE_DIR, else beside a fixture's content cache, else .cache/service-workers. */
export function workerCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (env["SW_CACHE_DIR"]) return env["SW_CACHE_DIR"];
  if (env["CONTENT_DIR"]) return join(dirname(env["CONTENT_DIR"].replace(/\/$/, "")), ".sw-cache");
  return join(cwd, ".cache/service-workers");
}

/**
 * The key of a worker: its options (functions by their source, which Workbox copies into the worker)
 * and the precache list it would inline, revisions included, under Workbox's version.
 */
export function workerKey(workboxVersion: string, options: object, manifest: readonly { url: string; revision: string | null }[]): string {
  const text = JSON.stringify({ workboxVersion, options, manifest }, (_key, value: unknown) => (typeof value === "function" ? `fn:${value.toString()}` : value));
  return createHash("sha256").update(text).digest("hex");
}

/** Copies the kept worker for `key` to `dest`; false when there is none. */
export function restoreWorker(dir: string, key: string, dest: string): boolean {
  const kept = join(dir, `${key}.js`);
  if (!existsSync(kept)) return false;
  copyFileSync(kept, dest);
  return true;
}

/** Keeps the worker just written at `built` under `key`. */
export function keepWorker(dir: string, key: string, built: string): void {
  mkdirSync(dir, { recursive: true });
  copyFileSync(built, join(dir, `${key}.js`));
}
