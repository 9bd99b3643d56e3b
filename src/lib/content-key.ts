// A page's cache key for Astro's incremental build (experimental.incrementalBuild): a hash of the
// content it may show. Astro renders a page again when this key or the code it imports changed,
// and copies the previous output otherwise; so the key must change with every datum and body a page
// reads and, to be worth having, with nothing else.
import { createHash } from "node:crypto";

/**
 * The same text for the same data, whatever order an object's keys were written in: keys sorted,
 * dates as ISO strings, Maps and Sets as their entries, undefined fields left out (as JSON does).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalize(value));
}

function normalize(value: unknown): unknown {
  if (value instanceof Date) return { $date: Number.isNaN(value.getTime()) ? "invalid" : value.toISOString() };
  if (value instanceof Map) return { $map: [...value.entries()].map(([k, v]) => [normalize(k), normalize(v)]) };
  if (value instanceof Set) return { $set: [...value].map(normalize) };
  if (value instanceof URL) return { $url: value.href };
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined && typeof v !== "function") out[key] = normalize(v);
    }
    return out;
  }
  if (typeof value === "bigint") return { $bigint: String(value) };
  return value;
}

/** A short hex hash of the canonical form of `value`. */
export function contentKey(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex").slice(0, 32);
}
