/**
 * A seeded pseudo-random generator for the inspection sample: mulberry32 (32-bit state, fast, good
 * enough to shuffle a few thousand stations; not for secrets). A seed is any text — a number, a
 * date, words drawn in the review meeting — hashed to 32 bits with FNV-1a, so that anyone given the
 * same seed text re-draws the same list in the CLI, the pane or a browser.
 */
import { fnv1a32 } from "./hash";

export type Random = () => number;

/** mulberry32: a function returning floats in [0, 1). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generator for one named stream of a seed text ("视频", "现场"): independent draws per stream. */
export function seededRandom(seed: string, stream: string): Random {
  return mulberry32(parseInt(fnv1a32(`${seed}\u001f${stream}`), 16));
}

/** `k` distinct items of `items`, chosen uniformly (a partial Fisher–Yates shuffle); order as drawn. */
export function drawDistinct<T>(items: readonly T[], k: number, random: Random): T[] {
  const pool = items.slice();
  const n = Math.min(k, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}

/** A fresh seed for a draw nobody seeded: six digits, easy to read out and type again. */
export function freshSeed(random: () => number = Math.random): string {
  return String(100000 + Math.floor(random() * 900000));
}
