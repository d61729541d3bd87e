/**
 * A seeded random stream that reproduces the one the original page uses
 * (seedrandom 2.4.x: ARC4 keyed by the seed string, 256 bytes discarded,
 * 52-bit doubles). Same seed, same draws, so a link reproduces a run.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

const WIDTH = 256;
const MASK = 255;
const START_DENOM = 2 ** 48; // six bytes of ARC4 output
const SIGNIFICANCE = 2 ** 52;
const OVERFLOW = 2 ** 53;

/** Key bytes from the seed text, mixed the way seedrandom mixes them. */
function keyFromSeed(seed: string): number[] {
  const key: number[] = [];
  let smear = 0;
  for (let j = 0; j < seed.length; j++) {
    const slot = MASK & j;
    // A slot not yet written counts as 0 (undefined * 19 is NaN, and NaN ^ s is s).
    smear ^= (key[slot] ?? 0) * 19;
    key[slot] = MASK & (smear + seed.charCodeAt(j));
  }
  return key;
}

/** Returns a stream of draws in [0, 1) seeded by `seed`. */
export function seededRandom(seed: string): Random {
  let key = keyFromSeed(seed);
  if (key.length === 0) key = [0];
  const s = new Uint8Array(WIDTH);
  for (let i = 0; i < WIDTH; i++) s[i] = i;
  let j = 0;
  for (let i = 0; i < WIDTH; i++) {
    const t = s[i];
    j = MASK & (j + key[i % key.length] + t);
    s[i] = s[j];
    s[j] = t;
  }
  let si = 0;
  let sj = 0;
  /** The next `count` ARC4 bytes as one big-endian integer. */
  const bytes = (count: number): number => {
    let r = 0;
    while (count-- > 0) {
      si = MASK & (si + 1);
      const t = s[si];
      sj = MASK & (sj + t);
      s[si] = s[sj];
      s[sj] = t;
      r = r * WIDTH + s[MASK & (s[si] + t)];
    }
    return r;
  };
  bytes(WIDTH); // RC4-drop[256]: the first bytes are weak

  return () => {
    let n = bytes(6);
    let d = START_DENOM;
    let x = 0;
    while (n < SIGNIFICANCE) {
      n = (n + x) * WIDTH;
      d *= WIDTH;
      x = bytes(1);
    }
    while (n >= OVERFLOW) {
      n /= 2;
      d /= 2;
      x >>>= 1;
    }
    return (n + x) / d;
  };
}

/** A new seed the way the original makes one: a draw printed with 5 decimals. */
export function drawSeed(random: Random): string {
  return random().toFixed(5);
}
