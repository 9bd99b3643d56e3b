// The lexicon's cross-checks, run when the site data is assembled (src/data/site.ts) and by the unit
// tests: every skill area an entry names exists; a phrase means one thing in a language (a phrase
// claimed by two skill areas is one entry with a weight for each); a skills.yaml tool an entry
// restates keeps its own area; a duty that marks a role ranks that role first on its own, by the
// site's own matching; every language the site has has a lexicon; and a title names one role.
import type { ContentIssue } from "../content-rules";
import { fitsOf, topIndex } from "../quiz/score";
import type { QuizModel } from "../quiz/model";
import { ROLE_IDS } from "../roles";
import type { DecoderCommon, DecoderLanguage, LexiconEntry } from "../schemas";
import { lexiconItems, type SkillTools } from "./lexicon";
import { phraseKey } from "./text";

export interface LexiconInput {
  common: { file: string; data: DecoderCommon };
  languages: { lang: string; file: string; data: DecoderLanguage }[];
  skills: { file: string; areas: readonly SkillTools[] };
  /** The languages the site is built in: each needs a lexicon. */
  siteLangs: readonly string[];
  /** The scorer's model: a duty that marks a role must rank it first with it. */
  model: QuizModel;
}

export function checkLexicon(input: LexiconInput): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const { common, languages, skills, model } = input;
  const areaIds = new Set(skills.areas.map((s) => s.id));
  const known = [...areaIds].join(", ");
  const fileOf = (where: { file: "language" | "common" | "skills" }, language: string) =>
    where.file === "language" ? language : where.file === "common" ? common.file : skills.file;

  // Entries: real skill areas, and duties that rank the role they mark first.
  const checkEntries = (file: string, list: readonly LexiconEntry[], path: string) =>
    list.forEach((e, i) => {
      for (const area of Object.keys(e.areas))
        if (!areaIds.has(area)) issues.push({ file, path: `${path}.${i}.areas.${area}`, message: `"${area}" is not a skill area (known: ${known})` });
      if (!e.marks || Object.keys(e.areas).some((a) => !areaIds.has(a))) return;
      const vector = model.skills.map((s) => e.areas[s] ?? 0);
      const top = model.roles[topIndex(fitsOf(model, vector))]!.id;
      if (top !== e.marks)
        issues.push({
          file,
          path: `${path}.${i}.marks`,
          message: `marks ${e.marks}, but its areas alone rank ${top} first by the site's matching; weigh the areas that set ${e.marks} apart`,
        });
    });
  checkEntries(common.file, common.data.tools, "tools");

  for (const lang of input.siteLangs)
    if (!languages.some((l) => l.lang === lang))
      issues.push({ file: common.file.replace(/[^/]+$/, `${lang}.yaml`), path: "(file)", message: `missing; every language the site is built in needs its decoder lexicon` });

  for (const { file, data } of languages) {
    checkEntries(file, data.phrases, "phrases");
    // One meaning per phrase, across the language's cues and entries, the common tools and the skills.yaml tools.
    const seen = new Map<string, { code: number | "entry"; entry?: LexiconEntry; at: string }>();
    for (const item of lexiconItems({ common: common.data, language: data, skills: skills.areas })) {
      const at = `${fileOf(item.where, file)} ${item.where.path}`;
      if (item.key === "" || item.key === "=") {
        issues.push({ file: fileOf(item.where, file), path: item.where.path, message: "the phrase has no letters or digits to match" });
        continue;
      }
      const before = seen.get(item.key);
      if (!before) {
        seen.set(item.key, { code: item.code, ...(item.entry ? { entry: item.entry } : {}), at });
        continue;
      }
      // Written twice with one meaning (the same entry, or the same kind of cue, as "year" and "years" fold alike): harmless.
      if (before.entry ? before.entry === item.entry : before.code === item.code) continue;
      issues.push({
        file: fileOf(item.where, file),
        path: item.where.path,
        message: `"${item.key.replace(/^=/, "")}" is already listed (${before.at}); a phrase means one thing: give one entry with a weight for each skill area it speaks for`,
      });
    }
    // A skills.yaml tool restated by an entry keeps its skills.yaml area, with a weight.
    const entryOf = new Map<string, { entry: LexiconEntry; file: string; path: string }>();
    for (const item of lexiconItems({ common: common.data, language: data, skills: [] }))
      if (item.entry && !entryOf.has(item.key)) entryOf.set(item.key, { entry: item.entry, file: fileOf(item.where, file), path: item.where.path });
    skills.areas.forEach((s) =>
      s.tools.forEach((tool) => {
        const listed = entryOf.get(phraseKey(tool)) ?? entryOf.get(phraseKey(tool, true));
        if (listed && !(s.id in listed.entry.areas))
          issues.push({
            file: listed.file,
            path: listed.path,
            message: `"${tool}" is a tool of ${s.id} in ${skills.file}, and this entry claims it for ${Object.keys(listed.entry.areas).join(", ")} only: give ${s.id} a weight too`,
          });
      }),
    );
    // A title names one role.
    const titleOf = new Map<string, string>();
    for (const role of ROLE_IDS)
      data.titles[role].forEach((t, i) => {
        const key = phraseKey(t);
        const other = titleOf.get(key);
        if (other && other !== role) issues.push({ file, path: `titles.${role}.${i}`, message: `"${t}" is also a title of ${other}; a title names one role` });
        titleOf.set(key, role);
      });
  }
  return issues;
}
