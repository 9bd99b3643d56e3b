// A role page's words in one language: the dictionary's `roles.page` section, and sentences that
// name the role or list roles, filled from the forms each language writes in content
// ({role.the}, {roles.of} …, src/lib/name-forms.ts).
import { dictionary } from "../../i18n";
import { fill } from "../../lib/i18n-format";
import { nameValues, namesValues, type Named } from "../../lib/name-forms";

export function roleWords(lang: string, role: Named) {
  const d = dictionary(lang);
  return {
    d,
    t: d.roles.page,
    /** A heading or sentence that names the role: {name} as a title, {role.text}, {role.a} … */
    heading: (text: string, values: Record<string, string> = {}) => fill(text, { name: role.name, ...nameValues("role", role), ...values }),
    /** A sentence that lists roles: {roles.the}, {roles.of} … joined by the language's own list. */
    listing: (text: string, roles: readonly Named[]) => fill(text, namesValues("roles", lang, roles)),
  };
}
