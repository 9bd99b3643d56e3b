// The decoder measured on the project's labelled job ads (tests/fixtures/job-ads/): how often the
// closest role is the one the ad's duties describe (top-1) or among the closest two (top-2), per
// split, role and language; the confusion between roles; and how the ads that should get a plain
// message (off-topic, short) or a "unicorn" note were handled. Pure: scripts/decoder-audit.ts reads
// the files and writes bench/DECODER.md; tests/unit/decoder-audit.test.ts guards the figures.
import type { QuizModel } from "../quiz/model";
import { ROLE_IDS, type RoleId } from "../roles";
import type { CompiledLexicon, LanguageWords } from "./lexicon";
import { decodeAd, type AdStatus } from "./reading";

export const KINDS = ["normal", "mismatched-title", "unicorn", "off-topic", "short"] as const;
export type AdKind = (typeof KINDS)[number];
export const SPLITS = ["dev", "holdout"] as const;
export type Split = (typeof SPLITS)[number];

export interface LabelledAd {
  /** The file, for the report's list of misreadings (the decoder never sees it: it leaks the label). */
  id: string;
  lang: string;
  /** The role the duties describe, or "off-topic". */
  role: RoleId | "off-topic";
  kind: AdKind;
  split: Split;
  /** The ad as a visitor would paste it. */
  text: string;
}

/** The targets the issue sets, on the readable ads (normal and mismatched-title). */
export const DECODER_TARGETS = { top1: 0.85, top2: 0.95, roleTop1: 0.7 } as const;

/** What the decoder made of one ad. */
export interface AdOutcome {
  ad: LabelledAd;
  status: AdStatus;
  /** The roles, best first (empty without a reading). */
  ranking: RoleId[];
  unicorn: boolean;
  /** The page says the ad reads like its top role although the title names another. */
  mismatch: boolean;
  /** The role the title names. */
  titleRole: RoleId | null;
}

export interface Agreement {
  ads: number;
  top1: number;
  top2: number;
}

export interface SplitFigures extends Agreement {
  byRole: Record<RoleId, Agreement>;
  byLang: Record<string, Agreement>;
  /** [labelled role][top-1 role, or the last column: no reading (a message instead)]: counts. */
  confusion: number[][];
}

export interface AuditReport {
  langs: string[];
  /** Readable ads (normal and mismatched-title) by split, and both together. */
  splits: Record<Split | "all", SplitFigures>;
  /** Per kind and language: how many ads, and what the page did with them (status or "unicorn" -> count). */
  handling: Record<AdKind, Record<string, { ads: number; outcomes: Record<string, number> }>>;
  /** Mismatched-title ads whose title names another role and whose top role is the duties' role: the page says so. */
  mismatchCalled: { ads: number; called: number };
  /** Unicorn ads whose top role is the title's role. */
  unicornTop1: { ads: number; top1: number };
  /** Every outcome, for the list of misreadings. */
  outcomes: AdOutcome[];
}

const READABLE: readonly AdKind[] = ["normal", "mismatched-title"];

export function outcomeOf(ad: LabelledAd, lexicons: Readonly<Record<string, CompiledLexicon>>, words: LanguageWords, model: QuizModel): AdOutcome {
  const d = decodeAd(ad.text, lexicons, words, ad.lang, model);
  if (d.status === "needs-lexicon") throw new Error(`${ad.id}: no lexicon for ${d.lang}`);
  if (d.status !== "ok") return { ad, status: d.status, ranking: [], unicorn: false, mismatch: false, titleRole: null };
  const r = d.reading;
  return { ad, status: "ok", ranking: r.ranking, unicorn: r.unicorn, mismatch: r.mismatch, titleRole: r.titleRole };
}

/** How the page treats an outcome: its status, or "unicorn" for a reading it names as one. */
export const handled = (o: AdOutcome): string => (o.status === "ok" && o.unicorn ? "unicorn" : o.status);

function agreement(outcomes: readonly AdOutcome[]): Agreement {
  // A readable ad that gets a message or a unicorn note instead of a reading counts as missed.
  const read = (o: AdOutcome) => o.status === "ok" && !o.unicorn;
  return {
    ads: outcomes.length,
    top1: outcomes.filter((o) => read(o) && o.ranking[0] === o.ad.role).length,
    top2: outcomes.filter((o) => read(o) && o.ranking.slice(0, 2).includes(o.ad.role as RoleId)).length,
  };
}

function splitFigures(outcomes: readonly AdOutcome[], langs: readonly string[]): SplitFigures {
  const confusion = ROLE_IDS.map((role) => {
    const row = new Array<number>(ROLE_IDS.length + 1).fill(0);
    for (const o of outcomes.filter((x) => x.ad.role === role)) {
      const top = o.status === "ok" && !o.unicorn ? ROLE_IDS.indexOf(o.ranking[0]!) : ROLE_IDS.length;
      row[top]!++;
    }
    return row;
  });
  return {
    ...agreement(outcomes),
    byRole: Object.fromEntries(ROLE_IDS.map((r) => [r, agreement(outcomes.filter((o) => o.ad.role === r))])) as Record<RoleId, Agreement>,
    byLang: Object.fromEntries(langs.map((l) => [l, agreement(outcomes.filter((o) => o.ad.lang === l))])),
    confusion,
  };
}

export function auditDecoder(ads: readonly LabelledAd[], lexicons: Readonly<Record<string, CompiledLexicon>>, words: LanguageWords, model: QuizModel): AuditReport {
  const outcomes = ads.map((ad) => outcomeOf(ad, lexicons, words, model));
  const langs = [...new Set(ads.map((a) => a.lang))];
  const readable = outcomes.filter((o) => READABLE.includes(o.ad.kind));
  const handling = Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      Object.fromEntries(
        langs.map((lang) => {
          const of = outcomes.filter((o) => o.ad.kind === kind && o.ad.lang === lang);
          const counts: Record<string, number> = {};
          for (const o of of) counts[handled(o)] = (counts[handled(o)] ?? 0) + 1;
          return [lang, { ads: of.length, outcomes: counts }];
        }),
      ),
    ]),
  ) as AuditReport["handling"];
  const mismatched = outcomes.filter((o) => o.ad.kind === "mismatched-title");
  const unicorns = outcomes.filter((o) => o.ad.kind === "unicorn");
  return {
    langs,
    splits: {
      dev: splitFigures(readable.filter((o) => o.ad.split === "dev"), langs),
      holdout: splitFigures(readable.filter((o) => o.ad.split === "holdout"), langs),
      all: splitFigures(readable, langs),
    },
    handling,
    mismatchCalled: { ads: mismatched.length, called: mismatched.filter((o) => o.mismatch && o.ranking[0] === o.ad.role).length },
    unicornTop1: { ads: unicorns.length, top1: unicorns.filter((o) => o.status === "ok" && o.ranking[0] === o.ad.role).length },
    outcomes,
  };
}

const share = (n: number, of: number) => (of ? n / of : 0);

/** The targets the figures of `split` miss, as sentences; empty when all are met. */
export function missedTargets(report: AuditReport, split: Split | "all" = "all"): string[] {
  const f = report.splits[split];
  const missed: string[] = [];
  if (share(f.top1, f.ads) < DECODER_TARGETS.top1) missed.push(`top-1 ${f.top1}/${f.ads}, below ${DECODER_TARGETS.top1 * 100}%`);
  if (share(f.top2, f.ads) < DECODER_TARGETS.top2) missed.push(`top-2 ${f.top2}/${f.ads}, below ${DECODER_TARGETS.top2 * 100}%`);
  for (const role of ROLE_IDS) {
    const r = f.byRole[role];
    if (r.ads && share(r.top1, r.ads) < DECODER_TARGETS.roleTop1) missed.push(`${role} top-1 ${r.top1}/${r.ads}, below ${DECODER_TARGETS.roleTop1 * 100}%`);
  }
  return missed;
}
