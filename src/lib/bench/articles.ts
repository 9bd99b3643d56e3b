// Generated articles for the build benchmark: valid MDX with front matter the article schema
// accepts, h2 and h3 sections, lists, a table, a callout and links, so a generated article costs
// the build what a written one does. The words are filler; nobody reads these pages.
import { ROLE_IDS } from "../roles";
import { between, pick, sample, type Random } from "./random";

const WORDS = (
  "data model pipeline query metric feature signal table warehouse schema batch stream test deploy " +
  "review dashboard sample label error baseline forecast cluster vector index prompt latency budget " +
  "owner team report chart trend outlier column notebook service contract lineage partition cache " +
  "experiment hypothesis variance bias accuracy drift monitor rollout release incident runbook"
).split(" ");

/** Tags drawn from: a few the real articles use and some only generated ones use. */
export const BENCH_TAGS = ["careers", "machine-learning", "data-engineering", "llm", "bench-alpha", "bench-beta", "bench-gamma", "bench-delta"] as const;

function words(rng: Random, n: number): string {
  return Array.from({ length: n }, () => pick(rng, WORDS)).join(" ");
}

function sentence(rng: Random): string {
  const s = words(rng, between(rng, 8, 18));
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function paragraph(rng: Random): string {
  return Array.from({ length: between(rng, 3, 6) }, () => sentence(rng)).join(" ");
}

function title(rng: Random, n: number): string {
  const t = words(rng, between(rng, 3, 6));
  return `Bench ${n}: ${t[0]!.toUpperCase()}${t.slice(1)}`;
}

/** The date of generated article n: one a day back from the start of 2020, so none is newer than the real ones. */
function dateOf(n: number): string {
  return new Date(Date.UTC(2020, 0, 1) - n * 86_400_000).toISOString().slice(0, 10);
}

export interface GeneratedArticle {
  /** File name inside content/articles/. */
  file: string;
  text: string;
}

/** Article number n (1-based) of a generated set. */
export function generateArticle(rng: Random, n: number): GeneratedArticle {
  const roles = sample(rng, ROLE_IDS, between(rng, 1, 3));
  const tags = sample(rng, BENCH_TAGS, between(rng, 1, 3));
  const front = [
    "---",
    `title: "${title(rng, n)}"`,
    `description: "${sentence(rng).slice(0, 150)}"`,
    `pubDate: ${dateOf(n)}`,
    `tags: [${tags.join(", ")}]`,
    `roles: [${roles.join(", ")}]`,
    "---",
  ];
  const body: string[] = [paragraph(rng)];
  const sections = between(rng, 4, 7);
  for (let s = 1; s <= sections; s++) {
    body.push(`## Section ${s}: ${words(rng, between(rng, 2, 4))}`, paragraph(rng), paragraph(rng));
    if (s === 2) body.push(Array.from({ length: between(rng, 3, 5) }, () => `- ${sentence(rng)}`).join("\n"));
    if (s === 3)
      body.push(
        ["| Step | What happens | Who |", "|---|---|---|", ...Array.from({ length: 4 }, (_, i) => `| ${i + 1} | ${words(rng, 5)} | ${pick(rng, roles)} |`)].join("\n"),
      );
    if (s === 4) body.push(`<Callout type="tip" title="${words(rng, 3)}">\n\n${paragraph(rng)}\n\n</Callout>`);
    if (rng() < 0.5) body.push(`### ${words(rng, 3)}`, paragraph(rng));
    body.push(`Read more about the [${roles[0]}](/roles/${roles[0]}/) role.`);
  }
  return { file: `bench-${String(n).padStart(5, "0")}.mdx`, text: `${front.join("\n")}\n\n${body.join("\n\n")}\n` };
}
