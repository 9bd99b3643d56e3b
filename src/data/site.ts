// Loads every collection once, checks the rules that span collections, and hands pages typed,
// ordered data. Pages call getSite(); a content problem stops the build here with every
// offending file and field listed.
import { getCollection, type CollectionEntry } from "astro:content";
import { assertContent, formatIssues } from "../lib/content-rules";
import { DEFAULT_LANG, LANGS } from "../i18n";
import { checkLexicon } from "../lib/decoder/lexicon-rules";
import { buildModel } from "../lib/quiz/model";
import { articleReadingTime } from "../lib/articles";
import { contentKey } from "../lib/content-key";
import { translateSite } from "./translated-site";
import { buildMatrix, type Matrix } from "../lib/matrix";
import { ROLE_IDS, type RoleId } from "../lib/roles";
import type { DecoderCommon, DecoderLanguage, PathEntry, QuizData } from "../lib/schemas";

export type Role = CollectionEntry<"roles"> & { id: RoleId };
export type Article = CollectionEntry<"articles">;

export interface Site {
  /** The language every text field below is in. */
  lang: string;
  skills: CollectionEntry<"skills">["data"][];
  roles: Role[];
  roleById: Map<RoleId, Role>;
  matrix: Matrix;
  quiz: QuizData;
  paths: PathEntry[];
  /** Published articles, newest first (drafts only in dev). */
  articles: Article[];
  comparisons: CollectionEntry<"comparisons">[];
  /** The job-ad decoder's lexicon: the shared part and each language's (content/decoder/), the same in every edition. */
  decoder: { common: DecoderCommon; languages: Record<string, DecoderLanguage> };
}

const cached = new Map<string, Promise<Site>>();

/**
 * The site's content in one language. English is read from content/; another language is the
 * English data with its translation's text laid over it, checked field by field (src/data/translated-site.ts).
 */
export function getSite(lang: string = DEFAULT_LANG): Promise<Site> {
  let site = cached.get(lang);
  if (!site) {
    site = lang === DEFAULT_LANG ? load() : getSite(DEFAULT_LANG).then((en) => translateSite(en, lang));
    cached.set(lang, site);
  }
  return site;
}

async function load(): Promise<Site> {
  const [skills, roles, quiz, paths, articles, comparisons, decoderLexicon, decoderLanguages] = await Promise.all([
    getCollection("skills"),
    getCollection("roles"),
    getCollection("quiz"),
    getCollection("paths"),
    getCollection("articles"),
    getCollection("comparisons"),
    getCollection("decoderLexicon"),
    getCollection("decoderLanguages"),
  ]);
  const file = (e: { filePath?: string | undefined }, fallback: string) => e.filePath ?? fallback;
  const pathsFile = paths[0]?.filePath ?? "content/paths.yaml";
  assertContent({
    skills: skills.map((s) => ({ id: s.id })),
    roles: roles.map((r) => ({ id: r.id, file: file(r, `content/roles/${r.id}.md`), data: r.data })),
    quiz: quiz[0] ? { file: file(quiz[0], "content/quiz.yaml"), data: quiz[0].data } : undefined,
    paths: { file: pathsFile, entries: paths.map((p) => p.data) },
    articles: articles.map((a) => ({ id: a.id, file: file(a, a.id), data: a.data })),
    comparisons: comparisons.map((c) => ({ id: c.id, file: file(c, c.id) })),
  });
  const ordered = (roles as Role[]).sort((a, b) => ROLE_IDS.indexOf(a.id) - ROLE_IDS.indexOf(b.id));
  const skillData = skills.map((s) => s.data).sort((a, b) => a.order - b.order);
  const published = articles
    .filter((a) => import.meta.env.DEV || !a.data.draft)
    .sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id));
  if (!quiz[0]) throw new Error("content/quiz.yaml: the question bank is missing");
  const matrix = buildMatrix(skillData, ordered);
  const decoder = checkedLexicon(decoderLexicon[0], decoderLanguages, skillData, buildModel(quiz[0].data, matrix));
  return {
    lang: DEFAULT_LANG,
    skills: skillData,
    roles: ordered,
    roleById: new Map(ordered.map((r) => [r.id, r])),
    matrix,
    quiz: quiz[0].data,
    paths: paths.map((p) => p.data).sort((a, b) => a.order - b.order),
    articles: published,
    comparisons,
    decoder,
  };
}

/** The decoder's lexicon after its cross-checks (src/lib/decoder/lexicon-rules.ts), which stop the build with the file and the field. */
function checkedLexicon(
  common: CollectionEntry<"decoderLexicon"> | undefined,
  languages: CollectionEntry<"decoderLanguages">[],
  skills: { id: string; tools: string[] }[],
  model: ReturnType<typeof buildModel>,
): Site["decoder"] {
  const dir = (process.env.CONTENT_DIR ?? "content").replace(/\/$/, "");
  if (!common) throw new Error(`${dir}/decoder/lexicon.yaml: the decoder's lexicon is missing`);
  const issues = checkLexicon({
    common: { file: common.filePath ?? `${dir}/decoder/lexicon.yaml`, data: common.data },
    languages: languages.map((l) => ({ lang: l.id, file: l.filePath ?? `${dir}/decoder/${l.id}.yaml`, data: l.data })),
    skills: { file: `${dir}/skills.yaml`, areas: skills },
    siteLangs: LANGS,
    model,
  });
  if (issues.length) throw new Error(formatIssues(issues));
  return { common: common.data, languages: Object.fromEntries(languages.map((l) => [l.id, l.data])) };
}

const keys = new Map<string, Promise<string>>();

/**
 * An article's words as other pages show them: title, description, FAQ and reading time in whole
 * minutes (the one thing other pages show of its body). A page puts the words of the articles it
 * shows in its cache key (langPaths' `shows`).
 */
export function articleText(a: Article): { id: string; title: string; description: string; faq: unknown; minutes: number } {
  return { id: a.id, title: a.data.title, description: a.data.description, faq: a.data.faq, minutes: articleReadingTime(a).minutes };
}

/**
 * The base of every page's cache key (langPaths in ./lang-paths.ts): a hash of all the content
 * data of the languages given (every language the site builds), since any page may show any of it (a
 * role's name, a tag, which articles a list holds and in what order, a translation's existence in
 * the language switcher), but the articles' words: their bodies, titles, descriptions and FAQs. A
 * page adds the words of the articles it shows (`shows`, articleText) and the body it renders
 * (`renders`). So a sentence added to an article renders that page again, and a new description the
 * pages that show it (its page, its lists' pages, the feed, its share card, the home page or a role
 * page if it is among their newest). Other bodies (roles, comparisons) are few and kept in.
 */
export function siteContentKey(langs: readonly string[]): Promise<string> {
  const id = langs.join(",");
  let key = keys.get(id);
  if (!key) {
    key = Promise.all(langs.map((lang) => getSite(lang))).then((sites) =>
      contentKey(
        sites.map((site) => ({
          ...site,
          roleById: undefined,
          articles: site.articles.map((a) => ({
            ...a,
            body: undefined,
            rendered: undefined,
            digest: undefined,
            data: { ...a.data, title: undefined, description: undefined, faq: undefined },
          })),
        })),
      ),
    );
    keys.set(id, key);
  }
  return key;
}
