// The decoder's view of text: words with their places in the ad (so a match can be highlighted
// exactly where it was found), the sentence and line each belongs to, and the folded form phrases
// are compared by. The build compiles the lexicon's phrases with the same functions the browser
// reads an ad with, so the two can never fold a word differently.

export interface Token {
  /** The word as written. */
  text: string;
  /** The word as phrases are compared: lower case, no accents, a final "s" dropped on words of four letters or more. */
  key: string;
  /** Where it is in the text: [start, end) in UTF-16 code units. */
  start: number;
  end: number;
  /** The line it is on, 0-based. */
  line: number;
  /** Its sentence, 0-based: a new line, or ". ", "; ", "! ", "? ", starts a new one. */
  sentence: number;
}

/**
 * A word: letters and digits, joined by "&" (R&D, W&B) and ending in any "+" or "#" (C++, C#, 5+).
 * Everything else (spaces, hyphens, slashes, apostrophes, dots) separates words, so "scikit-learn"
 * is two words and the phrase "scikit-learn" is the same two words.
 */
const WORD = /[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+)*[+#]*/gu;
const COMBINING = /\p{M}/gu;

/** The form phrases are compared in: "Estadísticas" -> "estadistica", "Dashboards" -> "dashboard". */
export function fold(word: string): string {
  const plain = word.normalize("NFD").replace(COMBINING, "").toLowerCase();
  return plain.length >= 4 && plain.endsWith("s") && !plain.endsWith("ss") ? plain.slice(0, -1) : plain;
}

/** Sentence ends inside a line: a full stop, semicolon, exclamation or question mark before a space. */
const SENTENCE_END = /[.;!?](?=\s)/g;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Where each line and each sentence starts, walked in step with the words.
  const breaks: { at: number; line: boolean }[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) breaks.push({ at: i, line: true });
  for (const m of text.matchAll(SENTENCE_END)) breaks.push({ at: m.index, line: false });
  breaks.sort((a, b) => a.at - b.at);
  let line = 0;
  let sentence = 0;
  let b = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    let crossed = false;
    while (b < breaks.length && breaks[b]!.at < start) {
      if (breaks[b]!.line) line++;
      crossed = true;
      b++;
    }
    if (crossed && tokens.length) sentence++;
    tokens.push({ text: m[0], key: fold(m[0]), start, end: start + m[0].length, line, sentence });
  }
  return tokens;
}

/** A phrase as the matcher looks it up: its folded words joined by spaces, or with `exact`, its words as written after "=". */
export function phraseKey(phrase: string, exact = false): string {
  const words = [...phrase.matchAll(WORD)].map((m) => (exact ? m[0] : fold(m[0])));
  return exact ? `=${words.join(" ")}` : words.join(" ");
}

/** How many words a text has. */
export function wordCount(text: string): number {
  return [...text.matchAll(WORD)].length;
}
