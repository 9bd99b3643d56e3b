// The house style a pattern can catch, checked over a language's text: its content
// (content/i18n/<lang>/**) and its dictionaries (src/i18n/dictionaries/<lang>/*.ts). The rules come
// from the language's glossary (content/i18n/<lang>/GLOSSARY.yaml): one term per concept and the
// variants it replaces, and the typography a pattern can see (quotation marks, "vs.", lower case
// after a colon, job titles in lower case mid-sentence, language names, no sentence opening on a
// numeral). Every issue names the file and the line. Pure: tests/unit/glossary.test.ts runs it.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { z } from "zod";

/** content/i18n/<lang>/GLOSSARY.yaml. */
export const glossarySchema = z.strictObject({
  /** One entry per recurring concept: the chosen term and the variants it replaces. */
  terms: z
    .array(
      z.strictObject({
        /** What the term means, in English, so a reader of the file knows which concept it is. */
        concept: z.string().min(1),
        /** The chosen term. */
        use: z.string().min(1),
        /** Variants the text may not use: a phrase (whole words, any case) or a /regular expression/flags. */
        avoid: z.array(z.string().min(1)).min(1),
        /** Why, or where the term applies. */
        note: z.string().optional(),
      }),
    )
    .min(1),
  /** Typography the rules below check, each switched on with its reason. */
  typography: z.strictObject({
    /** The quotation marks of running text, outer then inner: «» then “”. */
    quotes: z.tuple([z.string().length(2), z.string().length(2)]),
    /** "vs." with its dot. */
    vsWithDot: z.boolean(),
    /** Lower case after a colon in running text (proper nouns, acronyms and quotations aside). */
    lowerAfterColon: z.boolean(),
    /** Job titles (the roles' and stages' names) in lower case in running text. */
    lowerJobTitles: z.boolean(),
    /** Language names in lower case in running text ("en español"). */
    languageNames: z.array(z.string().min(1)),
    /** No sentence opens on a numeral or on one of these placeholders, which stand for numbers. */
    numericPlaceholders: z.array(z.string().min(1)),
  }),
  /** Words a sentence may carry capitalised after a colon besides tool names and acronyms: proper nouns. */
  properNouns: z.array(z.string().min(1)).default([]),
});
export type Glossary = z.infer<typeof glossarySchema>;

export interface StyleIssue {
  file: string;
  line: number;
  rule: "glossary" | "quotes" | "vs" | "colon" | "job-title" | "language-name" | "numeral";
  /** The words found. */
  found: string;
  message: string;
}

/** What the rules need besides the glossary: the job titles as headings write them, and the content's tool names. */
export interface StyleContext {
  glossary: Glossary;
  /** Roles' and stages' names as titles, singular and plural ("Científico de datos", "Científicos de datos"). */
  jobTitles: readonly string[];
  /** Words that may stand capitalised anywhere: tool and product names from the content. */
  names: readonly string[];
}

/** A piece of running text from a source file, with the line it is on. */
export interface Segment {
  line: number;
  text: string;
}

const UPPER = /\p{Lu}/u;

/** The text of a source file, as pieces that each start where a sentence, a cell or a value starts. */
export function textSegments(file: string, source: string): Segment[] {
  const lines = source.split("\n");
  if (file.endsWith(".ts")) return lines.flatMap((l, i) => tsStrings(l).map((text) => ({ line: i + 1, text })));
  if (file.endsWith(".yaml") || file.endsWith(".yml")) return yamlStrings(source);
  const out: Segment[] = [];
  const front = /^---\n([\s\S]*?)\n---/.exec(source);
  if (front) out.push(...yamlStrings(front[1]!, 1));
  const bodyFrom = front ? front[0].split("\n").length : 0;
  let fence = false;
  lines.forEach((l, i) => {
    const line = i + 1;
    if (i < bodyFrom) return;
    if (/^\s*```/.test(l)) fence = !fence;
    if (fence) return;
    for (const text of markdownText(l)) out.push({ line, text });
  });
  return out;
}

/** The string literals on a line of TypeScript, comments aside. */
function tsStrings(line: string): string[] {
  const code = line.trimStart();
  if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*")) return [];
  return [...line.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)].map((m) => (m[1] ?? m[2] ?? m[3] ?? "").replace(/\\(.)/g, "$1"));
}

/** Every string value of a YAML document (keys aside), with the line it starts on; `offset` lines come before the document. */
function yamlStrings(source: string, offset = 0): Segment[] {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter });
  const out: Segment[] = [];
  const walk = (node: Node | null | undefined): void => {
    if (isScalar(node)) {
      if (typeof node.value === "string" && node.range) out.push({ line: counter.linePos(node.range[0]).line + offset, text: node.value });
    } else if (isMap(node)) for (const pair of node.items) walk(pair.value as Node);
    else if (isSeq(node)) for (const item of node.items) walk(item as Node);
  };
  walk(doc.contents as Node);
  return out;
}

/** The running text of a line of Markdown or MDX: component props that are text, then the line without markup, cell by cell. */
function markdownText(line: string): string[] {
  const props = [...line.matchAll(/\b(?:title|caption|alt|label|description)="([^"]*)"/g)].map((m) => m[1]!);
  let text = line
    .replace(/<[^>]*>/g, " ") // components and tags
    .replace(/`[^`]*`/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1") // links keep their words
    .replace(/^\s*(?:#{1,6}|>|[-*+]|\d+\.)\s+/, "") // heading, quote and list markers
    .replace(/\*\*|__/g, "")
    .replace(/(^|\s)[*_](\S)/g, "$1$2")
    .replace(/(\S)[*_](\s|$|[.,;:])/g, "$1$2");
  if (/^\s*\|/.test(text)) return [...props, ...text.split("|").map((c) => c.trim()).filter((c) => c && !/^:?-{3,}:?$/.test(c))];
  text = text.trim();
  return text ? [...props, text] : props;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A glossary variant as a regular expression: "/…/flags", or a phrase matched as whole words in any case. */
function variantPattern(avoid: string): RegExp {
  const re = /^\/(.*)\/([a-z]*)$/.exec(avoid);
  if (re) return new RegExp(re[1]!, re[2]!.includes("g") ? re[2]! : `${re[2]!}g`);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(avoid)}(?![\\p{L}\\p{N}])`, "giu");
}

/** Where each sentence of a segment starts: its start, and after a full stop, a question or an exclamation. */
function sentenceStarts(text: string): Set<number> {
  const starts = new Set<number>();
  const first = /^[\s¿¡«“"'(*_—-]*/.exec(text)![0].length;
  starts.add(first);
  for (const m of text.matchAll(/[.!?…]["»”')]*\s+[¿¡«“"'(]*/g)) starts.add(m.index + m[0].length);
  // A quotation or a quoted title opens with a capital wherever it stands.
  for (const m of text.matchAll(/[«“]/g)) starts.add(m.index + 1);
  return starts;
}

/** Every style issue in one file of a language's text. */
export function checkText(file: string, source: string, ctx: StyleContext): StyleIssue[] {
  const issues: StyleIssue[] = [];
  const g = ctx.glossary;
  const ty = g.typography;
  const add = (line: number, rule: StyleIssue["rule"], found: string, message: string) => issues.push({ file, line, rule, found, message });
  const variants = g.terms.flatMap((t) => t.avoid.map((a) => ({ term: t, pattern: variantPattern(a) })));
  const titles = [...ctx.jobTitles].sort((a, b) => b.length - a.length).map((t) => ({ title: t, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(t)}(?![\\p{L}\\p{N}])`, "gu") }));
  const proper = new Set([...g.properNouns, ...ctx.names.flatMap((n) => n.split(/[\s(),/]+/))].filter(Boolean));
  const [[open, close], [innerOpen, innerClose]] = ty.quotes.map((q) => [q[0]!, q[1]!]) as [[string, string], [string, string]];
  const numeric = new RegExp(`^(?:\\d|\\{(?:${ty.numericPlaceholders.map(escape).join("|")})\\})`);

  for (const { line, text } of textSegments(file, source)) {
    // A dictionary's placeholders are names, not words ("{feed}"): the term rules read past them.
    const words = text.replace(/\{[\w.]+\}/g, (p) => " ".repeat(p.length));
    for (const { term, pattern } of variants)
      for (const m of words.matchAll(pattern)) add(line, "glossary", m[0], `«${m[0]}»: use «${term.use}» (${term.concept})`);

    // Quotation marks: the outer pair, with the inner pair only inside it.
    let depth = 0;
    for (const ch of text) {
      if (ch === open) depth++;
      else if (ch === close) depth = Math.max(0, depth - 1);
      else if ((ch === innerOpen || ch === innerClose || ch === '"') && depth === 0)
        add(line, "quotes", ch, `quotation marks are ${open}${close} (${innerOpen}${innerClose} only inside them)`);
    }

    if (ty.vsWithDot) for (const m of text.matchAll(/(?<![\p{L}\-])vs(?![\p{L}.\-])/gu)) add(line, "vs", m[0], "write «vs.» with its dot");

    const starts = sentenceStarts(text);
    if (ty.lowerAfterColon)
      for (const m of text.matchAll(/(?<![\d/]):\s+([¿¡]?)(\p{Lu}[\p{L}\p{N}]*)/gu)) {
        const word = m[2]!;
        const acronym = word.length > 1 && word.slice(1).split("").some((c) => UPPER.test(c));
        if (!acronym && !proper.has(word)) add(line, "colon", `: ${m[1]}${word}`, "lower case after a colon in running text");
      }

    if (ty.lowerJobTitles) {
      // Longest titles first, so "Ingeniero de datos" inside a longer title is not read twice; reported in reading order.
      const taken: { at: number; title: string }[] = [];
      for (const { title, pattern } of titles)
        for (const m of words.matchAll(pattern))
          if (!taken.some((t) => m.index < t.at + t.title.length && m.index + title.length > t.at)) taken.push({ at: m.index, title });
      for (const { at, title } of taken.sort((a, b) => a.at - b.at))
        if (!starts.has(at)) add(line, "job-title", title, `job titles are lower case in running text: «${title.charAt(0).toLowerCase()}${title.slice(1)}»`);
    }

    for (const name of ty.languageNames)
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, "gu")))
        if (!starts.has(m.index)) add(line, "language-name", m[0], `language names are lower case in running text: «${name.toLowerCase()}»`);

    for (const at of starts) {
      const rest = text.slice(at);
      // A sentence, not a figure in a cell, a caption or a numbered heading: words after it up to a full stop, and not "1. …".
      if (numeric.test(rest) && /^[^.!?…]*\s\p{L}{3,}[^.!?…]*[.!?…]/u.test(rest) && !/^\d+\.\s/.test(rest)) add(line, "numeral", rest.split(/\s/)[0]!, "no sentence opens on a numeral");
    }
  }
  return issues;
}

/** "file:line: message" lines, for a failing test's report. */
export function formatIssues(issues: readonly StyleIssue[]): string[] {
  return issues.map((i) => `${i.file}:${i.line}: ${i.rule}: ${i.message}`);
}
