// The built site on disk: where it is, its pages, and a loader for the files they refer to.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { isPageFile, routeOf } from "../gates/page-type";

/** The output folder: dist/, or the one given as the first argument. */
export function outDir(): string {
  const dir = process.argv[2] ?? process.env["OUT_DIR"] ?? "dist";
  if (!existsSync(join(dir, "index.html"))) {
    console.error(`${dir}/index.html not found: build the site first (npm run build).`);
    process.exit(2);
  }
  return dir;
}

export interface BuiltPage {
  /** Path on disk. */
  file: string;
  /** The address it is served at, e.g. /articles/x/. */
  route: string;
}

/** Every HTML page of the site (Pagefind's folder left out), sorted by address. */
export function builtPages(dir: string): BuiltPage[] {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => f.split(sep).join("/"))
    .filter(isPageFile)
    .sort();
  return files.map((f) => ({ file: join(dir, f), route: routeOf(f) })).sort((a, b) => a.route.localeCompare(b.route));
}

/** Reads a file of the built site by its URL path; undefined when there is none. */
export function loader(dir: string) {
  return (urlPath: string): Uint8Array | undefined => {
    const file = join(dir, urlPath);
    if (relative(dir, file).startsWith("..")) return undefined;
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  };
}
