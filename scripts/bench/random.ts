// Helpers over the project's seeded generator (src/lib/random.ts), so a benchmark run generates
// the same articles and the same answer sets every time.
import type { Random } from "../../src/lib/random";

export { seeded, type Random } from "../../src/lib/random";

/** A whole number from lo to hi, both included. */
export function between(rng: Random, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

export function pick<T>(rng: Random, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** `count` different items, in the order drawn. */
export function sample<T>(rng: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
  return out;
}
