// Generated articles for the build benchmark. One article is drawn once, as structure (title,
// description, FAQ, sections with paragraphs, a list, a table, a callout and links), and written
// out for each site that builds it:
//   - this site in English (content/articles/<slug>.mdx) and its Spanish translation
//     (content/i18n/es/articles/<slug>.mdx: title, description, faq and the body, which the build
//     requires for every published English article);
//   - a bare Astro MDX site (the English file as it is; <Callout> given as a component);
//   - a Starlight site (<Aside> for the callout, the FAQ as a section at the end, as Starlight has
//     no FAQ of its own).
// So the three sites build the same text, and a generated article costs a build what a written
// one does. The words are filler (scripts/bench/words.ts); nobody reads these pages.
import { ROLE_IDS } from "../../src/lib/roles";
import { between, pick, sample, type Random } from "./random";
import { VOCABULARY_SIZE, drawWord, madeUpName, wordIn, type Lang } from "./words";

/** Tags drawn from: a few the real articles use and some only generated ones use. */
export const BENCH_TAGS = ["careers", "machine-learning", "data-engineering", "llm", "bench-alpha", "bench-beta", "bench-gamma", "bench-delta"] as const;

/** Skill areas drawn from (content/skills.yaml's ids), so each area's paginated list fills at scale. */
export const BENCH_SKILLS = ["sql", "python", "statistics", "machine-learning", "data-visualization", "software-engineering", "cloud-deployment", "business-communication", "data-engineering", "deep-learning", "mathematics", "research"] as const;

/** A word of running text: from the vocabulary (by number), or a name or number written the same in both languages. */
type Token = { word: number } | { same: string };
type Text = Token[];

export type Block =
  | { kind: "p"; sentences: Text[] }
  | { kind: "h2"; section: number; words: Text }
  | { kind: "h3"; words: Text }
  | { kind: "list"; items: Text[] }
  | { kind: "table"; rows: { what: Text; who: string }[] }
  | { kind: "callout"; title: Text; sentences: Text[] }
  | { kind: "link"; role: string };

/** One generated article, in no language yet. */
export interface BenchArticle {
  n: number;
  slug: string;
  pubDate: string;
  tags: string[];
  roles: string[];
  skills: string[];
  title: Text;
  description: Text;
  faq: { question: Text; answer: Text[] }[];
  blocks: Block[];
}

/** The date of generated article n: one a day back from the start of 2020, so none is newer than the real ones. */
function dateOf(n: number): string {
  return new Date(Date.UTC(2020, 0, 1) - n * 86_400_000).toISOString().slice(0, 10);
}

/** Article number n (1-based) of a generated set. */
export function benchArticle(rng: Random, n: number): BenchArticle {
  const roles = sample(rng, ROLE_IDS, between(rng, 1, 3));
  const tags = sample(rng, BENCH_TAGS, between(rng, 1, 3));
  // What this article is about: words it comes back to, and names only it uses.
  const topic = Array.from({ length: 10 }, () => Math.min(drawWord(rng) + between(rng, 0, 40), VOCABULARY_SIZE - 1));
  const names = Array.from({ length: between(rng, 3, 6) }, () => madeUpName(rng));
  const token = (): Token => {
    const x = rng();
    if (x < 0.12) return { word: pick(rng, topic) };
    if (x < 0.17) return { same: pick(rng, names) };
    if (x < 0.2) return { same: rng() < 0.5 ? `${between(rng, 2, 98)}%` : String(between(rng, 3, 4000)) };
    return { word: drawWord(rng) };
  };
  const words = (count: number): Text => Array.from({ length: count }, token);
  const sentence = () => words(between(rng, 8, 18));
  const sentences = () => Array.from({ length: between(rng, 3, 6) }, sentence);

  const blocks: Block[] = [{ kind: "p", sentences: sentences() }];
  const sections = between(rng, 4, 7);
  for (let s = 1; s <= sections; s++) {
    blocks.push({ kind: "h2", section: s, words: words(between(rng, 2, 4)) }, { kind: "p", sentences: sentences() }, { kind: "p", sentences: sentences() });
    if (s === 2) blocks.push({ kind: "list", items: Array.from({ length: between(rng, 3, 5) }, sentence) });
    if (s === 3) blocks.push({ kind: "table", rows: Array.from({ length: 4 }, () => ({ what: words(5), who: pick(rng, roles) })) });
    if (s === 4) blocks.push({ kind: "callout", title: words(3), sentences: sentences() });
    if (rng() < 0.5) blocks.push({ kind: "h3", words: words(3) }, { kind: "p", sentences: sentences() });
    blocks.push({ kind: "link", role: roles[0]! });
  }
  const title = words(between(rng, 3, 6));
  const description = sentence();
  const faq = Array.from({ length: between(rng, 2, 3) }, () => ({ question: words(between(rng, 5, 9)), answer: [sentence(), sentence()] }));
  const skills = sample(rng, BENCH_SKILLS, between(rng, 1, 3));
  return { n, slug: `bench-${String(n).padStart(5, "0")}`, pubDate: dateOf(n), tags, roles, skills, title, description, faq, blocks };
}

// --- Writing an article out -------------------------------------------------------------------

const WORDS = {
  en: { bench: "Bench", section: "Section", step: "Step", what: "What happens", who: "Who", faq: "Frequently asked questions" },
  es: { bench: "Prueba", section: "Sección", step: "Paso", what: "Qué ocurre", who: "Quién", faq: "Preguntas frecuentes" },
} as const;

function plain(lang: Lang, text: Text): string {
  return text.map((t) => ("word" in t ? wordIn(lang, t.word) : t.same)).join(" ");
}
const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const sentenceOf = (lang: Lang, text: Text) => `${capital(plain(lang, text))}.`;
const paragraphOf = (lang: Lang, sentences: Text[]) => sentences.map((s) => sentenceOf(lang, s)).join(" ");
/** At most `max` characters, cut at a word, ending with a full stop. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[ ,]+$/, "")}.`;
}

export function titleOf(lang: Lang, a: BenchArticle): string {
  return `${WORDS[lang].bench} ${a.n}: ${capital(plain(lang, a.title))}`;
}
export function descriptionOf(lang: Lang, a: BenchArticle): string {
  return clip(sentenceOf(lang, a.description), 150);
}
function faqOf(lang: Lang, a: BenchArticle): { question: string; answer: string }[] {
  return a.faq.map((f) => ({ question: lang === "es" ? `¿${capital(plain(lang, f.question))}?` : `${capital(plain(lang, f.question))}?`, answer: paragraphOf(lang, f.answer) }));
}

/** How a site writes its callout and its links. */
interface Flavour {
  lang: Lang;
  callout: (title: string, body: string) => string;
  /** Sentence linking to a role page. */
  link: (role: string) => string;
}

function body(a: BenchArticle, f: Flavour): string {
  const w = WORDS[f.lang];
  const out: string[] = [];
  for (const b of a.blocks) {
    if (b.kind === "p") out.push(paragraphOf(f.lang, b.sentences));
    else if (b.kind === "h2") out.push(`## ${w.section} ${b.section}: ${plain(f.lang, b.words)}`);
    else if (b.kind === "h3") out.push(`### ${capital(plain(f.lang, b.words))}`);
    else if (b.kind === "list") out.push(b.items.map((i) => `- ${sentenceOf(f.lang, i)}`).join("\n"));
    else if (b.kind === "table")
      out.push([`| ${w.step} | ${w.what} | ${w.who} |`, "|---:|---|---|", ...b.rows.map((r, i) => `| ${i + 1} | ${plain(f.lang, r.what)} | ${r.who} |`)].join("\n"));
    else if (b.kind === "callout") out.push(f.callout(plain(f.lang, b.title), paragraphOf(f.lang, b.sentences)));
    else out.push(f.link(b.role));
  }
  return out.join("\n\n");
}

const q = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar
const faqYaml = (faq: { question: string; answer: string }[]) => ["faq:", ...faq.flatMap((f) => [`  - question: ${q(f.question)}`, `    answer: ${q(f.answer)}`])];

const projectCallout = (title: string, text: string) => `<Callout type="tip" title=${q(title)}>\n\n${text}\n\n</Callout>`;

const linkIn = (lang: Lang) => (r: string) => (lang === "es" ? `Lee más sobre el rol de [${r}](/es/roles/${r}/).` : `Read more about the [${r}](/roles/${r}/) role.`);

/** A whole page in one language, front matter and body: this site's English file, and the bare Astro site's file in each language. */
export function fullPage(a: BenchArticle, lang: Lang): string {
  const front = [
    "---",
    `title: ${q(titleOf(lang, a))}`,
    `description: ${q(descriptionOf(lang, a))}`,
    `pubDate: ${a.pubDate}`,
    `tags: [${a.tags.join(", ")}]`,
    `roles: [${a.roles.join(", ")}]`,
    `skills: [${a.skills.join(", ")}]`,
    ...faqYaml(faqOf(lang, a)),
    "---",
  ];
  const text = body(a, { lang, callout: projectCallout, link: linkIn(lang) });
  return `${front.join("\n")}\n\n${text}\n`;
}

/** This site's English file, content/articles/<slug>.mdx. */
export function projectEnglish(a: BenchArticle): string {
  return fullPage(a, "en");
}

/** This site's Spanish translation, content/i18n/es/articles/<slug>.mdx: only what a translation may carry. */
export function projectSpanish(a: BenchArticle): string {
  const front = ["---", `title: ${q(titleOf("es", a))}`, `description: ${q(descriptionOf("es", a))}`, ...faqYaml(faqOf("es", a)), "---"];
  const text = body(a, { lang: "es", callout: projectCallout, link: linkIn("es") });
  return `${front.join("\n")}\n\n${text}\n`;
}

/** The Starlight site's page in a language (src/content/docs/[es/]articles/<slug>.mdx): the same text, Starlight's <Aside>, the FAQ as a last section. */
export function starlightPage(a: BenchArticle, lang: Lang = "en"): string {
  const front = ["---", `title: ${q(titleOf(lang, a))}`, `description: ${q(descriptionOf(lang, a))}`, "---"];
  const text = body(a, {
    lang,
    callout: (title, t) => `<Aside type="tip" title=${q(title)}>\n\n${t}\n\n</Aside>`,
    link: linkIn(lang),
  });
  const faq = [`## ${WORDS[lang].faq}`, ...faqOf(lang, a).flatMap((f) => [`### ${f.question}`, f.answer])].join("\n\n");
  return `${front.join("\n")}\n\nimport { Aside } from "@astrojs/starlight/components";\n\n${text}\n\n${faq}\n`;
}

export interface GeneratedArticle {
  /** File name inside content/articles/ (and content/i18n/es/articles/). */
  file: string;
  /** The English file. */
  text: string;
  /** Its Spanish translation. */
  es: string;
  article: BenchArticle;
}

/** Article number n (1-based) of a generated set, written out for this site. */
export function generateArticle(rng: Random, n: number): GeneratedArticle {
  const article = benchArticle(rng, n);
  return { file: `${article.slug}.mdx`, text: projectEnglish(article), es: projectSpanish(article), article };
}

/**
 * The file after a one-paragraph edit, for the "one article changed" rebuild: a sentence added to
 * the first paragraph of prose (title and description unchanged, so its share card stays the same,
 * as after a typo fix).
 */
export function editedArticle(text: string, sentence: string): string {
  const end = text.indexOf("\n---\n", 4);
  if (!text.startsWith("---\n") || end < 0) throw new Error("editedArticle: no front matter");
  const blocks = text.slice(end + 5).split("\n\n");
  const i = blocks.findIndex((b) => /^\n?\p{Lu}/u.test(b));
  if (i < 0) throw new Error("editedArticle: no paragraph to edit");
  blocks[i] = `${blocks[i]} ${sentence}`;
  return `${text.slice(0, end + 5)}${blocks.join("\n\n")}`;
}

/**
 * The file after its description changed, for the "one description changed" rebuild: the
 * front matter's description line replaced (a word lists, the feed and the share card show).
 */
export function describedArticle(text: string, description: string): string {
  if (!/^description: .*$/m.test(text)) throw new Error("describedArticle: no description line");
  return text.replace(/^description: .*$/m, `description: ${q(description)}`);
}
