// A role's or a stage's name as the placeholders of a sentence: templates pick the form their
// grammar needs ("{role.the}", "{a.to}", "{roles.of}") from the forms each language writes in its
// content (nameFormsSchema in ./schemas.ts), so no template lowers, pluralises or declines a name.
// Pure, so the build and the quiz element fill the same placeholders.
import { formatList } from "./i18n-format";
import type { NameForms } from "./schemas";

/** A name with its forms: a role's or a stage's data, or what the quiz page hands its element. */
export interface Named {
  /** The form for headings, labels and the start of a sentence. */
  name: string;
  forms: NameForms;
}

/** The forms a template may ask for after the placeholder's key: {role.text}, {role.the} … */
export const FORM_KEYS = ["text", "plural", "the", "thePlural", "a", "of", "to"] as const satisfies readonly (keyof NameForms)[];

/** "El científico de datos" from "el científico de datos": for a form that starts a sentence. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The placeholders of one name under `key`: {key} the name as a title, {key.text}, {key.plural},
 * {key.the}, {key.thePlural}, {key.a}, {key.of}, {key.to}, and {key.The}, the definite form
 * starting a sentence.
 */
export function nameValues(key: string, named: Named): Record<string, string> {
  const values: Record<string, string> = { [key]: named.name, [`${key}.The`]: upperFirst(named.forms.the) };
  for (const form of FORM_KEYS) values[`${key}.${form}`] = named.forms[form];
  return values;
}

/**
 * The same placeholders for a list of names, each form joined by the language's own list
 * (Intl.ListFormat: "the Data Analyst and the Data Scientist", "el analista de datos y el
 * científico de datos"). {key} starts with the first name as a title and goes on in running text,
 * as a list that opens a sentence or a label is written ("Analista de datos, científico de datos e
 * ingeniero de IA").
 */
export function namesValues(key: string, lang: string, list: readonly Named[], type: Intl.ListFormatType = "conjunction"): Record<string, string> {
  const join = (items: string[]) => formatList(lang, items, type);
  const values: Record<string, string> = {
    [key]: join(list.map((n, i) => (i === 0 ? n.name : n.forms.text))),
    [`${key}.The`]: upperFirst(join(list.map((n) => n.forms.the))),
  };
  for (const form of FORM_KEYS) values[`${key}.${form}`] = join(list.map((n) => n.forms[form]));
  return values;
}
