// The decoder's real lexicons and the scorer's model, loaded once for the decoder's unit tests, and a
// helper to read a small ad the tests write themselves (never one of the labelled fixtures).
import { loadDecoderContent, loadLexicons } from "../../scripts/lib/decoder-content";
import { loadModel } from "../../scripts/lib/quiz-content";
import { readAd, type AdEvidence, type Mention } from "../../src/lib/decoder/read";

export const content = loadDecoderContent();
export const { lexicons, words } = loadLexicons(content);
export const model = loadModel();

export const read = (text: string, lang = "en"): AdEvidence => readAd(text, lexicons[lang]!);

/** The mention of `phrase` (as written in the ad) and the text that set its level. */
export function mentionOf(text: string, e: AdEvidence, phrase: string): Mention & { cueText: string | null } {
  const m = e.mentions.find((x) => text.slice(x.start, x.end) === phrase);
  if (!m) throw new Error(`"${phrase}" was not read; read: ${e.mentions.map((x) => text.slice(x.start, x.end)).join(", ")}`);
  return { ...m, cueText: m.cue ? text.slice(...m.cue) : null };
}

/** An area's level in the evidence, by id. */
export const levelOf = (e: AdEvidence, area: string): number => e.levels[model.skills.indexOf(area)]!;
