// A small seeded random number generator: the quiz audit's simulated takers and the benchmarks'
// generated articles and answers come out the same on every run, so two runs compare like with like.

export type Random = () => number;

/** mulberry32: a 32-bit generator, plenty for simulations and test data. Numbers in [0, 1). */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
