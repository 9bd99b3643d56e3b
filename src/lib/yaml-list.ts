// Parses a YAML list of entries for Astro's file() loader and refuses duplicate ids, naming the
// file and both positions (Astro alone would only warn and keep the last one).
import { parse } from "yaml";

export function parseEntryList(text: string, file: string): Record<string, unknown>[] {
  const data: unknown = parse(text);
  if (!Array.isArray(data)) throw new Error(`${file}: expected a YAML list of entries`);
  const seen = new Map<string, number>();
  data.forEach((entry, i) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== "string" || !id) throw new Error(`${file}: ${i}.id: every entry needs an id`);
    if (seen.has(id)) throw new Error(`${file}: ${i}.id: duplicate id "${id}" (also entry ${seen.get(id)})`);
    seen.set(id, i);
  });
  // getCollection() does not keep file order, so each entry records its position.
  return (data as Record<string, unknown>[]).map((entry, order) => ({ ...entry, order }));
}

/** A file that is one document (the quiz bank, the decoder's lexicon): the collection holds it as a single entry, by default with id "bank". */
export function parseSingleEntry(text: string, file: string, id = "bank"): Record<string, unknown>[] {
  const data: unknown = parse(text);
  if (!data || typeof data !== "object" || Array.isArray(data)) throw new Error(`${file}: expected a YAML mapping`);
  return [{ ...(data as Record<string, unknown>), id }];
}
