// Collections: loaders and schemas. The schemas live in src/lib/schemas.ts so tests can run them;
// cross-collection rules are checked when the site data is assembled (src/data/site.ts).
// CONTENT_DIR lets the tests build the site from a fixture copy of content/.
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "zod";
import { yamlDocuments, yamlEntries } from "./loaders/yaml-entries";
import { articleSchema, comparisonSchema, decoderCommonSchema, decoderLanguageSchema, pathEntrySchema, quizSchema, roleSchema, skillSchema } from "./lib/schemas";
import { parseEntryList, parseSingleEntry } from "./lib/yaml-list";

const dir = (process.env.CONTENT_DIR ?? "content").replace(/\/$/, "");
// Translations are checked field by field against their English entries by src/lib/translate.ts
// (in src/data/site.ts), which names the file and the field; here they are only loaded.
const translated = z.record(z.string(), z.unknown());
/** "<lang>/<id>" for a translated entry, e.g. "es/data-analyst". */
const langAndId = ({ entry }: { entry: string }) => {
  const [lang, , ...rest] = entry.split("/");
  return `${lang}/${rest.join("/").replace(/\.(md|mdx)$/, "").split("/").pop()}`;
};

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
  // The job-ad decoder's lexicon: content/decoder/lexicon.yaml (the same in every language) and
  // content/decoder/<lang>.yaml (one per language, its id the language). Cross-checked against the
  // skill areas and the roles in src/data/site.ts (src/lib/decoder/lexicon-rules.ts).
  decoderLexicon: defineCollection({
    loader: yamlEntries(`${dir}/decoder/lexicon.yaml`, (text, file) => parseSingleEntry(text, file, "lexicon")),
    schema: decoderCommonSchema,
  }),
  decoderLanguages: defineCollection({
    loader: glob({ pattern: ["*.yaml", "!lexicon.yaml"], base: `${dir}/decoder` }),
    schema: decoderLanguageSchema,
  }),
  // content/i18n/<lang>/...: the text of every entry above, in another language.
  roleTranslations: defineCollection({
    loader: glob({ pattern: "*/roles/*.md", base: `${dir}/i18n`, generateId: langAndId }),
    schema: translated,
  }),
  articleTranslations: defineCollection({
    loader: glob({ pattern: "*/articles/**/*.mdx", base: `${dir}/i18n`, generateId: langAndId }),
    schema: translated,
  }),
  comparisonTranslations: defineCollection({
    loader: glob({ pattern: "*/comparisons/*.mdx", base: `${dir}/i18n`, generateId: langAndId }),
    schema: translated,
  }),
  /** content/i18n/<lang>/{skills,quiz,paths}.yaml, one entry per file: "<lang>/<name>". */
  dataTranslations: defineCollection({
    loader: yamlDocuments(`${dir}/i18n`, ["skills", "quiz", "paths"]),
    schema: z.strictObject({ value: z.unknown() }),
  }),
};
