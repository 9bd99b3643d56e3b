// The job-ad decoder's lexicons compiled once per build from the checked content (src/data/site.ts):
// the decoder page ships its own language's, and /decoder/<lang>.json serves each for pages in other
// languages, which fetch one only when an ad is in that language.
import { compileLexicon, languageWords, type CompiledLexicon, type LanguageWords } from "../lib/decoder/lexicon";
import { DEFAULT_LANG, LANGS } from "../i18n";
import { getSite } from "./site";

/** Where a language's compiled lexicon is served (src/pages/decoder/[lang].json.ts); the offline precache keeps every one. */
export const lexiconPath = (lang: string) => `/decoder/${lang}.json`;

const compiled = new Map<string, Promise<CompiledLexicon>>();

export function lexiconOf(lang: string): Promise<CompiledLexicon> {
  let lexicon = compiled.get(lang);
  if (!lexicon) {
    lexicon = getSite(DEFAULT_LANG).then((site) => {
      const language = site.decoder.languages[lang];
      if (!language) throw new Error(`content/decoder/${lang}.yaml: missing; every language the site is built in needs its decoder lexicon`);
      return compileLexicon({ lang, common: site.decoder.common, language, skills: site.skills });
    });
    compiled.set(lang, lexicon);
  }
  return lexicon;
}

/** Every language's frequent words, for telling an ad's language. */
export async function decoderWords(): Promise<LanguageWords> {
  const site = await getSite(DEFAULT_LANG);
  return languageWords(site.decoder.common, LANGS.map((lang) => ({ lang, data: site.decoder.languages[lang]! })));
}
