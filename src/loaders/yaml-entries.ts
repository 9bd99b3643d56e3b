// A loader for one YAML file of entries. Unlike Astro's file() loader, which logs a parse error
// and carries on with an empty collection, this one stops the build with the file named.
import { readFile, readdir } from "node:fs/promises";
import { parse } from "yaml";
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

/**
 * Every `<base>/<lang>/<name>.yaml` as one entry "<lang>/<name>" holding the parsed document, for
 * translations of the single-file collections. A file that does not parse stops the build, named.
 */
export function yamlDocuments(base: string, names: readonly string[]): Loader {
  return {
    name: "yaml-documents",
    async load({ config, store, parseData, generateDigest, watcher }) {
      const root = new URL(`${base.replace(/\/$/, "")}/`, config.root);
      const sync = async () => {
        store.clear();
        const langs = await readdir(root, { withFileTypes: true }).catch(() => []);
        for (const lang of langs.filter((d) => d.isDirectory()).map((d) => d.name)) {
          for (const name of names) {
            const url = new URL(`${lang}/${name}.yaml`, root);
            const text = await readFile(url, "utf8").catch(() => undefined);
            if (text === undefined) continue; // a missing file is reported by the translation check, with its path
            const shown = `${base}/${lang}/${name}.yaml`;
            let value: unknown;
            try {
              value = parse(text);
            } catch (e) {
              throw new Error(`${shown}: ${(e as Error).message}`);
            }
            const filePath = fileURLToPath(url);
            const id = `${lang}/${name}`;
            const data = await parseData({ id, data: { value }, filePath });
            store.set({ id, data, filePath: relative(fileURLToPath(config.root), filePath).split("\\").join("/"), digest: generateDigest(text) });
            watcher?.add(filePath);
          }
        }
      };
      await sync();
      watcher?.on("change", (changed) => changed.startsWith(fileURLToPath(root)) && void sync());
    },
  };
}
