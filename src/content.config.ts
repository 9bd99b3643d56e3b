// Collections: loaders and schemas. The schemas live in src/lib/schemas.ts so tests can run them;
// cross-collection rules are checked when the site data is assembled (src/data/site.ts).
// CONTENT_DIR lets the tests build the site from a fixture copy of content/.
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { yamlEntries } from "./loaders/yaml-entries";
import { articleSchema, comparisonSchema, pathEntrySchema, quizSchema, roleSchema, skillSchema } from "./lib/schemas";
import { parseEntryList, parseSingleEntry } from "./lib/yaml-list";

const dir = (process.env.CONTENT_DIR ?? "content").replace(/\/$/, "");

/** Ids are file names without extension; two files claiming one id stop the build. */
function idFromFileName(collection: string) {
  const seen = new Map<string, string>();
  return ({ entry }: { entry: string }) => {
    const id = entry.replace(/\.(md|mdx)$/, "").split("/").pop()!;
    const other = seen.get(id);
    if (other && other !== entry) throw new Error(`${dir}/${collection}/${entry}: id "${id}" is already used by ${dir}/${collection}/${other}`);
    seen.set(id, entry);
    return id;
  };
}

export const collections = {
  skills: defineCollection({
    loader: yamlEntries(`${dir}/skills.yaml`, parseEntryList),
    schema: skillSchema,
  }),
  roles: defineCollection({
    loader: glob({ pattern: "*.md", base: `${dir}/roles`, generateId: idFromFileName("roles") }),
    schema: roleSchema,
  }),
  quiz: defineCollection({
    loader: yamlEntries(`${dir}/quiz.yaml`, parseSingleEntry),
    schema: quizSchema,
  }),
  paths: defineCollection({
    loader: yamlEntries(`${dir}/paths.yaml`, parseEntryList),
    schema: pathEntrySchema,
  }),
  articles: defineCollection({
    loader: glob({ pattern: "**/*.mdx", base: `${dir}/articles`, generateId: idFromFileName("articles") }),
    schema: articleSchema,
  }),
  comparisons: defineCollection({
    loader: glob({ pattern: "*.mdx", base: `${dir}/comparisons`, generateId: idFromFileName("comparisons") }),
    schema: comparisonSchema,
  }),
};
