// Reads colours out of src/styles/tokens.css, so images drawn outside the browser (share cards)
// use the very values the pages use and a colour is only ever written in that one file.
import { ROLE_IDS, type RoleId } from "./roles";

/** Every `--name: light-dark(<light>, <dark>)` colour token, by name (without the dashes). */
export function colourTokens(css: string): Map<string, { light: string; dark: string }> {
  const tokens = new Map<string, { light: string; dark: string }>();
  for (const m of css.matchAll(/--([a-z0-9-]+)\s*:\s*light-dark\(\s*([^,()]+?)\s*,\s*([^,()]+?)\s*\)\s*;/g))
    tokens.set(m[1]!, { light: m[2]!, dark: m[3]!.trim() });
  return tokens;
}

/** The light-theme value of each named token; a missing one is an error, never a silent default. */
export function lightColours<const N extends string>(css: string, names: readonly N[]): Record<N, string> {
  const tokens = colourTokens(css);
  const out = {} as Record<N, string>;
  for (const name of names) {
    const token = tokens.get(name);
    if (!token) throw new Error(`tokens.css: no light-dark() colour --${name}`);
    out[name] = token.light;
  }
  return out;
}

/** Each role's light-theme accent, --role-<id>. */
export function lightRoleColours(css: string): Record<RoleId, string> {
  const byToken = lightColours(css, ROLE_IDS.map((id) => `role-${id}`));
  return Object.fromEntries(ROLE_IDS.map((id) => [id, byToken[`role-${id}`]])) as Record<RoleId, string>;
}
