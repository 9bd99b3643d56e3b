// What a spec written once for every language runs on. Each language is a Playwright project whose
// `lang` option names it (playwright.config.ts); a spec takes everything that differs between the
// editions from these fixtures: the language's dictionary (`t`), its URLs (`href`), its content
// (`content`) and, for checks across editions, the other languages' (`others`). Expected words
// come from the dictionaries and the content, never typed once per language.
import { test as base, expect, type Page } from "@playwright/test";
import type { Dictionary } from "../../../src/i18n/dictionary";
import { formatList } from "../../../src/lib/i18n-format";
import { levelInText, levelLabel, toRange, type LevelSpec } from "../../../src/lib/levels";
import { localeHref } from "../../../src/lib/locale-url";
import { nameValues, namesValues, type Named } from "../../../src/lib/name-forms";
import { contentIn, type Content } from "./content";
import { DEFAULT_LANG, LANGS, langOfPath } from "./langs";

const dictionaries = new Map<string, Promise<Dictionary>>();

/** A language's dictionary (src/i18n/dictionaries/<lang>/index.ts). */
export function dictionaryOf(lang: string): Promise<Dictionary> {
  let d = dictionaries.get(lang);
  if (!d) dictionaries.set(lang, (d = import(`../../../src/i18n/dictionaries/${lang}/index.ts`).then((m: { default: Dictionary }) => m.default)));
  return d;
}

/** One language's edition: what a spec needs to check its pages. */
export interface Edition {
  lang: string;
  t: Dictionary;
  /** The path of an English, root-relative path in this language ("/roles/" -> "/es/roles/"). */
  href: (path: string) => string;
  content: Content;
  /** A level or range in this language's words, as a label ("Basic–Medium"). */
  level: (spec: LevelSpec) => string;
  /** The same inside a sentence ("entre básico y medio"). */
  levelInText: (spec: LevelSpec) => string;
  /** A role's (or stage's) placeholders under `key` (default "role"): {role}, {role.the} …, and {name}, the title (src/lib/name-forms.ts). */
  named: (named: Named, key?: string) => Record<string, string>;
  /** A list of roles' (or stages') placeholders under `key`: {roles}, {roles.the} …, joined by the language's own list. */
  names: (key: string, list: readonly Named[], type?: Intl.ListFormatType) => Record<string, string>;
  /** "A and B", "A y B", "A e I…": a list by the language's own rules. */
  list: (items: readonly string[], type?: Intl.ListFormatType) => string;
}

export async function edition(lang: string): Promise<Edition> {
  const t = await dictionaryOf(lang);
  return {
    lang,
    t,
    href: (path) => localeHref(lang, path, DEFAULT_LANG),
    content: contentIn(lang),
    level: (spec) => levelLabel(toRange(spec), t.common.levels),
    levelInText: (spec) => levelInText(toRange(spec), t.common),
    named: (n, key = "role") => ({ name: n.name, ...nameValues(key, n) }),
    names: (key, list, type = "conjunction") => namesValues(key, lang, list, type),
    list: (items, type = "conjunction") => formatList(lang, items, type),
  };
}

interface LanguageFixtures extends Edition {
  /** Every other language's edition, for checks across editions. */
  others: Edition[];
  /** The whole edition, for helpers that take one. */
  ed: Edition;
}

export const test = base.extend<object, LanguageFixtures>({
  lang: [DEFAULT_LANG, { option: true, scope: "worker" }],
  ed: [async ({ lang }, use) => use(await edition(lang)), { scope: "worker" }],
  t: [async ({ ed }, use) => use(ed.t), { scope: "worker" }],
  href: [async ({ ed }, use) => use(ed.href), { scope: "worker" }],
  content: [async ({ ed }, use) => use(ed.content), { scope: "worker" }],
  level: [async ({ ed }, use) => use(ed.level), { scope: "worker" }],
  levelInText: [async ({ ed }, use) => use(ed.levelInText), { scope: "worker" }],
  named: [async ({ ed }, use) => use(ed.named), { scope: "worker" }],
  names: [async ({ ed }, use) => use(ed.names), { scope: "worker" }],
  list: [async ({ ed }, use) => use(ed.list), { scope: "worker" }],
  others: [async ({ lang }, use) => use(await Promise.all(LANGS.filter((l) => l !== lang).map(edition))), { scope: "worker" }],
});

export { expect };

/** A RegExp matching `template` with each {placeholder} as the pattern `values` gives it (any text by default). */
export function templatePattern(template: string, values: Record<string, string> = {}, anchored = false): RegExp {
  const parts = template.split(/\{([\w.]+)\}/);
  const source = parts.map((p, i) => (i % 2 ? (values[p] ?? ".+") : p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("");
  return new RegExp(anchored ? `^${source}$` : source);
}

/** Every link in `scope` that leads to another page of the site stays in the page's language. */
export async function expectLinksInLanguage(page: Page, lang: string, scope = "main"): Promise<void> {
  const hrefs = await page.locator(`${scope} a[href^='/']`).evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(hrefs.length, `links in ${scope}`).toBeGreaterThan(0);
  expect(hrefs.filter((h) => langOfPath(h) !== lang)).toEqual([]);
}

/**
 * The fixed words of the other languages' dictionary sections `sections` (each string cut at its
 * placeholders), less any this language's dictionary also uses: none may show in `scope`. Kept: a
 * word of six letters or more ("Answer") or a phrase of eight characters or more ("min read"), so
 * a short phrase another language also writes ("on the" in a quotation) is not taken for one.
 */
async function foreignWords(lang: string, sections: readonly (keyof Dictionary)[]): Promise<string[]> {
  const strings = (v: unknown, out: string[] = []): string[] => {
    if (typeof v === "string") out.push(...v.split(/\{[\w.]+\}/).map((s) => s.trim()));
    else if (v && typeof v === "object") for (const x of Object.values(v)) strings(x, out);
    return out;
  };
  // Tag labels name terms that other languages borrow as they are ("deep learning").
  const words = (t: Dictionary, k: keyof Dictionary) => strings(k === "articles" ? { ...t.articles, tags: {} } : t[k]);
  const own = strings(await dictionaryOf(lang)).join("\n");
  const found = new Set<string>();
  for (const other of LANGS.filter((l) => l !== lang)) {
    const t = await dictionaryOf(other);
    for (const s of sections.flatMap((k) => words(t, k)))
      if ((/^\p{L}{6,}$/u.test(s) || (s.length >= 8 && /\p{L}{3}/u.test(s))) && !own.includes(s)) found.add(s);
  }
  return [...found];
}

/**
 * No sentence or label of another language's dictionary (the sections this page draws on) is left
 * in `scope`: its text, its accessible labels and the page's title, outside the elements marked as
 * another language (the English job title beside a translated one).
 */
export async function expectNoOtherLanguage(page: Page, lang: string, sections: readonly (keyof Dictionary)[], scope = "main"): Promise<void> {
  const foreign = await foreignWords(lang, sections);
  const text = await page.locator(scope).first().evaluate((root, lang) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("script, style").forEach((el) => el.remove());
    copy.querySelectorAll("[lang]").forEach((el) => el.getAttribute("lang") !== lang && el.remove());
    const labels = [...copy.querySelectorAll("[aria-label]")].map((el) => el.getAttribute("aria-label"));
    return [copy.textContent, ...labels, document.title].join("\n").replace(/\s+/g, " ");
  }, lang);
  expect(foreign.filter((w) => text.includes(w))).toEqual([]);
}
