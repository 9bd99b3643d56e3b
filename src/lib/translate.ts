// Translations carry only text. A mask says which fields of an English entry are text a
// translation must give, and which are ids it must repeat unchanged; everything else (levels,
// signals, dates, tags, the paths' structure) comes from the English entry alone. checkTranslation
// lists every problem as "field: message"; applyTranslation overlays the text on a copy of the
// English data. Pure: the build (src/data/site.ts) and the unit tests share it.

/**
 * "text": a string the translation must give wherever the English has one (and must leave out
 * where the English has none). "key": an id the translation repeats exactly, so readers of the
 * file can see what pairs with what. An object maps fields to masks; a one-item array is a list
 * whose items pair up one to one with the English; `{ "*": mask }` is a record keyed like the English.
 */
export type Mask = "text" | "key" | readonly [Mask] | { readonly "*": Mask } | { readonly [field: string]: Mask };

export interface TranslationIssue {
  /** Dotted path of the field, e.g. "responsibilities.2.detail"; "(file)" for the whole file. */
  path: string;
  message: string;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isRecordMask = (m: Mask): m is { readonly "*": Mask } => isObject(m) && "*" in m;
const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
const quote = (x: unknown) => {
  const s = typeof x === "string" ? x : JSON.stringify(x);
  return `"${s.length > 60 ? `${s.slice(0, 57)}...` : s}"`;
};

/** Every way `tr` fails to be a complete, text-only translation of `en` under `mask`. */
export function checkTranslation(en: unknown, tr: unknown, mask: Mask): TranslationIssue[] {
  const issues: TranslationIssue[] = [];
  walk(en, tr, mask, "", issues);
  return issues;
}

function walk(en: unknown, tr: unknown, mask: Mask, path: string, issues: TranslationIssue[]): void {
  const add = (message: string) => issues.push({ path: path || "(file)", message });
  if (en === undefined) {
    if (tr !== undefined) add("the English has no such field, so the translation may not have one");
    return;
  }
  if (mask === "key") {
    if (tr === undefined) add(`missing; repeat the English id ${quote(en)}`);
    else if (tr !== en) add(`${quote(tr)} differs from the English id ${quote(en)}; ids are not translated`);
    return;
  }
  if (mask === "text") {
    if (tr === undefined || tr === null) add(`missing translation of ${quote(en)}`);
    else if (typeof tr !== "string") add(`must be text, got ${JSON.stringify(tr)}`);
    else if (!tr.trim()) add(`empty; translate ${quote(en)}`);
    return;
  }
  if (Array.isArray(mask)) {
    if (!Array.isArray(en)) return;
    if (tr === undefined && en.length === 0) return; // an empty English list needs no translation
    if (tr === undefined) return void add(`missing; the English has a list of ${en.length}`);
    if (!Array.isArray(tr)) return void add(`must be a list of ${en.length} items, like the English`);
    if (tr.length !== en.length) add(`has ${tr.length} item${tr.length === 1 ? "" : "s"}; the English has ${en.length}, and items pair up one to one`);
    en.forEach((item, i) => i < tr.length && walk(item, tr[i], mask[0] as Mask, join(path, i), issues));
    return;
  }
  if (!isObject(en)) return;
  if (tr !== undefined && !isObject(tr)) return void add("must be a set of fields, like the English");
  const given = (tr ?? {}) as Record<string, unknown>;
  if (isRecordMask(mask)) {
    for (const key of Object.keys(given))
      if (!(key in en)) issues.push({ path: join(path, key), message: `the English has no "${key}"` });
    for (const key of Object.keys(en)) walk(en[key], given[key], mask["*"], join(path, key), issues);
    return;
  }
  for (const key of Object.keys(given))
    if (!(key in mask)) issues.push({ path: join(path, key), message: "may not be translated: it comes from the English file" });
  for (const [key, inner] of Object.entries(mask)) walk(en[key], given[key], inner, join(path, key), issues);
}

/** A copy of `en` with the translation's text in place; call checkTranslation first. */
export function applyTranslation<T>(en: T, tr: unknown, mask: Mask): T {
  return overlay(en, tr, mask) as T;
}

function overlay(en: unknown, tr: unknown, mask: Mask): unknown {
  if (en === undefined || tr === undefined) return en;
  if (mask === "key") return en;
  if (mask === "text") return typeof tr === "string" ? tr : en;
  if (Array.isArray(mask)) return Array.isArray(en) && Array.isArray(tr) ? en.map((item, i) => overlay(item, tr[i], mask[0] as Mask)) : en;
  if (!isObject(en) || !isObject(tr)) return en;
  const out: Record<string, unknown> = { ...en };
  if (isRecordMask(mask)) {
    for (const key of Object.keys(en)) out[key] = overlay(en[key], tr[key], mask["*"]);
    return out;
  }
  for (const [key, inner] of Object.entries(mask)) if (key in en) out[key] = overlay(en[key], tr[key], inner);
  return out;
}

const faq = [{ question: "text", answer: "text" }] as const;
/** A name's forms in a sentence (nameFormsSchema): every one is the language's own, gender included. */
const NAME_FORMS = { text: "text", plural: "text", the: "text", thePlural: "text", a: "text", of: "text", to: "text", gender: "text" } as const;

/** What each kind of content file translates. */
export const MASKS = {
  role: {
    name: "text",
    forms: NAME_FORMS,
    summary: "text",
    objective: "text",
    focus: "text",
    question: "text",
    responsibilities: [{ title: "text", detail: "text" }],
    example: { setting: "text", actions: ["text"], questions: ["text"] },
    tools: [{ group: "text", items: ["text"] }],
    softSkills: ["text"],
    suitedTo: ["text"],
    workflow: ["text"],
    compensation: { note: "text" },
    hiring: { startup: "text", growing: "text", enterprise: "text" },
    myths: [{ myth: "text", reality: "text" }],
    skills: { "*": { reason: "text" } },
  },
  // levels: what each of the five levels looks like in practice (tool names kept as they are).
  skills: [
    {
      id: "key",
      name: "text",
      short: "text",
      description: "text",
      levels: { low: "text", basic: "text", medium: "text", high: "text", advanced: "text" },
    },
  ],
  quiz: {
    questions: [{ id: "key", prompt: "text", hint: "text", options: [{ id: "key", label: "text" }] }],
    tiebreakers: [{ id: "key", prompt: "text", hint: "text", options: [{ id: "key", label: "text" }] }],
  },
  // One mask for every kind of entry: a field is required exactly where the English entry has it.
  paths: [{ id: "key", name: "text", forms: NAME_FORMS, summary: "text", description: "text", note: "text" }],
  article: { title: "text", description: "text", faq },
  comparison: { title: "text", faq },
} as const satisfies Record<string, Mask>;
