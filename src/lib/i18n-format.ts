// Filling in dictionary strings: placeholders, plurals, lists, numbers and dates, all through Intl
// for the page's language. Pure, so the quiz element and the build share it.

// Intl objects are costly to make and cheap to use: one per language and options, kept. A build
// formats the dates and reading times of every article on every listing page (over 40,000 calls
// with 1,000 articles), and making a new formatter each time was 2.6 s of a 28 s render.
const formatters = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat>();
function kept<T extends Intl.PluralRules | Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

/** Plural forms keyed by Intl.PluralRules categories; `other` is required, as CLDR's fallback. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** Replaces each {name} (or {name.form}, see name-forms.ts) with its value; a placeholder without a value is left as it is. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{([\w.]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The form of `forms` the language uses for `n`, with {n} filled in (formatted for the language). */
export function plural(lang: string, forms: PluralForms, n: number, values: Record<string, string | number> = {}): string {
  const form = forms[kept(`plural ${lang}`, () => new Intl.PluralRules(lang)).select(n)] ?? forms.other;
  return fill(form, { n: formatNumber(lang, n), ...values });
}

export function formatNumber(lang: string, n: number, options?: Intl.NumberFormatOptions): string {
  return kept(`number ${lang} ${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(lang, options)).format(n);
}

/** "a, b and c" / "a, b y c". */
export function formatList(lang: string, items: readonly string[], type: Intl.ListFormatType = "conjunction"): string {
  return kept(`list ${lang} ${type}`, () => new Intl.ListFormat(lang, { style: "long", type })).format(items);
}

/** A calendar date, read in UTC so a date written in content never shifts a day. */
export function formatDate(lang: string, date: Date): string {
  return kept(`date ${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" })).format(date);
}
