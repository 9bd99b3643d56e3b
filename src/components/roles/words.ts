// A role page's words in one language: the dictionary's `roles.page` section, how a role's name is
// written inside a sentence, and the headings that name the role.
import { dictionary } from "../../i18n";
import { fill, formatList } from "../../lib/i18n-format";
import { nameInText, withArticle } from "../../lib/role-page";

export function roleWords(lang: string, name: string) {
  const d = dictionary(lang);
  const inText = (n: string) => nameInText(n, d.roles.lowerNamesInText);
  // What a heading may name the role by: {name} as a title, {an} with its English article, {role} in running text.
  const named = { name, an: withArticle(name), role: inText(name) };
  return {
    d,
    t: d.roles.page,
    inText,
    /** Role names as a list inside a sentence ("the Data Analyst, Data Scientist, and ML Engineer"). */
    namesInText: (names: string[]) => formatList(lang, names.map(inText)),
    heading: (text: string) => fill(text, named),
  };
}
