// A loader for one YAML file of entries. Unlike Astro's file() loader, which logs a parse error
// and carries on with an empty collection, this one stops the build with the file named.
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";

export function yamlEntries(path: string, parse: (text: string, file: string) => Record<string, unknown>[]): Loader {
  return {
    name: "yaml-entries",
    async load({ config, store, parseData, generateDigest, watcher }) {
      const url = new URL(path, config.root);
      const filePath = fileURLToPath(url);
      // The store wants paths relative to the project root (fixtures may live outside it).
      const stored = relative(fileURLToPath(config.root), filePath).split("\\").join("/");
      const sync = async () => {
        const entries = parse(await readFile(url, "utf8"), path);
        store.clear();
        for (const raw of entries) {
          const id = String(raw["id"]);
          const data = await parseData({ id, data: raw, filePath });
          store.set({ id, data, filePath: stored, digest: generateDigest(raw) });
        }
      };
      await sync();
      watcher?.add(filePath);
      watcher?.on("change", (changed) => changed === filePath && void sync());
    },
  };
}
