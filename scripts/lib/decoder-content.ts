// Loads the decoder's lexicon (content/decoder/) and the skill areas the way the build does, without
// Astro, so the decoder audit and the decoder's unit tests run on the lexicon the site ships.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { parseEntryList } from "../../src/lib/yaml-list";
import { decoderCommonSchema, decoderLanguageSchema, skillSchema, type DecoderCommon, type DecoderLanguage } from "../../src/lib/schemas";
import { compileLexicon, languageWords, type CompiledLexicon, type LanguageWords, type SkillTools } from "../../src/lib/decoder/lexicon";
import { checkLexicon } from "../../src/lib/decoder/lexicon-rules";
import { formatIssues } from "../../src/lib/content-rules";
import { loadModel } from "./quiz-content";

const CONTENT = join(process.cwd(), "content");
const DIR = join(CONTENT, "decoder");

export interface DecoderContent {
  common: DecoderCommon;
  languages: { lang: string; data: DecoderLanguage }[];
  skills: SkillTools[];
}

export function loadDecoderContent(): DecoderContent {
  const skillsFile = join(CONTENT, "skills.yaml");
  const skills = parseEntryList(readFileSync(skillsFile, "utf8"), skillsFile).map((s) => skillSchema.parse(s));
  const common = decoderCommonSchema.parse(parse(readFileSync(join(DIR, "lexicon.yaml"), "utf8")));
  const languages = readdirSync(DIR)
    .filter((f) => f.endsWith(".yaml") && f !== "lexicon.yaml")
    .sort()
    .map((f) => ({ lang: f.replace(/\.yaml$/, ""), data: decoderLanguageSchema.parse(parse(readFileSync(join(DIR, f), "utf8"))) }));
  return { common, languages, skills: skills.sort((a, b) => a.order - b.order).map((s) => ({ id: s.id, tools: s.tools })) };
}

/** Every language's compiled lexicon, after the build's cross-checks (which throw, naming the file and field). */
export function loadLexicons(content = loadDecoderContent()): { lexicons: Record<string, CompiledLexicon>; words: LanguageWords } {
  const issues = checkLexicon({
    common: { file: "content/decoder/lexicon.yaml", data: content.common },
    languages: content.languages.map((l) => ({ ...l, file: `content/decoder/${l.lang}.yaml` })),
    skills: { file: "content/skills.yaml", areas: content.skills },
    siteLangs: content.languages.map((l) => l.lang),
    model: loadModel(),
  });
  if (issues.length) throw new Error(formatIssues(issues));
  return {
    lexicons: Object.fromEntries(content.languages.map((l) => [l.lang, compileLexicon({ lang: l.lang, common: content.common, language: l.data, skills: content.skills })])),
    words: languageWords(content.common, content.languages),
  };
}
