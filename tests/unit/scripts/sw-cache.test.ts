// Service workers kept between builds: a worker comes back only when nothing that shapes it changed.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keepWorker, restoreWorker, workerCacheDir, workerKey } from "../../../scripts/lib/sw-cache";

const manifest = [
  { url: "/", revision: "a1" },
  { url: "/roles/", revision: "b2" },
];
const options = { cacheId: "dcg-en", runtimeCaching: [{ handler: "NetworkFirst", plugins: [{ cachedResponseWillBeUsed: () => null }] }] };

describe("a kept service worker", () => {
  it("has the same key for the same options and precache list", () => {
    expect(workerKey("7.4.1", options, manifest)).toBe(workerKey("7.4.1", { ...options }, manifest.map((e) => ({ ...e }))));
  });

  it("gets a new key when a precached file, an option, a function's code or Workbox changes", () => {
    const key = workerKey("7.4.1", options, manifest);
    expect(workerKey("7.4.1", options, [manifest[0]!, { url: "/roles/", revision: "c3" }])).not.toBe(key);
    expect(workerKey("7.4.1", options, manifest.slice(0, 1))).not.toBe(key);
    expect(workerKey("7.4.1", { ...options, cacheId: "dcg-es" }, manifest)).not.toBe(key);
    expect(workerKey("7.4.1", { ...options, runtimeCaching: [{ handler: "NetworkFirst", plugins: [{ cachedResponseWillBeUsed: () => undefined }] }] }, manifest)).not.toBe(key);
    expect(workerKey("7.5.0", options, manifest)).not.toBe(key);
  });

  it("is copied back only under its own key", () => {
    const dir = mkdtempSync(join(tmpdir(), "sw-cache-"));
    const built = join(dir, "sw.js");
    writeFileSync(built, "self.worker = 1;");
    keepWorker(join(dir, "kept"), "k1", built);
    const dest = join(dir, "restored.js");
    expect(restoreWorker(join(dir, "kept"), "k2", dest)).toBe(false);
    expect(restoreWorker(join(dir, "kept"), "k1", dest)).toBe(true);
    expect(readFileSync(dest, "utf8")).toBe("self.worker = 1;");
  });

  it("lives beside a fixture's content, or in .cache", () => {
    expect(workerCacheDir({ SW_CACHE_DIR: "/x" }, "/p")).toBe("/x");
    expect(workerCacheDir({ CONTENT_DIR: "/w/bench/content/" }, "/p")).toBe("/w/bench/.sw-cache");
    expect(workerCacheDir({}, "/p")).toBe("/p/.cache/service-workers");
  });
});
