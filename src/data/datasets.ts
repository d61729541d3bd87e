/**
 * The original's six data generators. Each takes its draws from the given
 * stream in the original's order (noise offsets are drawn even at noise 0),
 * so a seed reproduces the same points bit for bit.
 */
import type { Random } from '../engine/random.js';

/** One example: a point in the plane and its label (+1/-1, or a real number). */
export interface Point {
  x: number;
  y: number;
  label: number;
}

export type ClassifyDatasetName = 'circle' | 'xor' | 'gauss' | 'spiral' | 'moons' | 'checkerboard' | 'rings';
export type RegressDatasetName = 'reg-plane' | 'reg-gauss';
export type DatasetName = ClassifyDatasetName | RegressDatasetName;

/** The original's four, then ours. */
export const CLASSIFY_DATASETS: readonly ClassifyDatasetName[] = ['circle', 'xor', 'gauss', 'spiral', 'moons', 'checkerboard', 'rings'];
export const REGRESS_DATASETS: readonly RegressDatasetName[] = ['reg-plane', 'reg-gauss'];

/** Points per data set, as in the original. */
export const NUM_SAMPLES_CLASSIFY = 500;
export const NUM_SAMPLES_REGRESS = 1200;

/** `noise` is the fraction 0..0.5 (the URL's percent / 100). */
export type Generator = (numSamples: number, noise: number, random: Random) => Point[];

/** d3 v3's linear scale, with its exact rounding: a*(1-t) + b*t. */
function linearScale(d0: number, d1: number, r0: number, r1: number, clamp = false): (v: number) => number {
  return (v) => {
    let t = (v - d0) / (d1 - d0);
    if (clamp) t = Math.max(0, Math.min(1, t));
    return r0 * (1 - t) + r1 * t;
  };
}

function uniform(random: Random, a: number, b: number): number {
  return random() * (b - a) + a;
}

function distance(ax: number, ay: number, bx: number, by: number): number {
  const dx = ax - bx;
  const dy = ay - by;
  return Math.sqrt(dx * dx + dy * dy);
}

/** Marsaglia's polar method; only the first of the pair is used. */
function normal(random: Random, mean: number, variance: number): number {
  let v1: number;
  let s: number;
  do {
    v1 = 2 * random() - 1;
    const v2 = 2 * random() - 1;
    s = v1 * v1 + v2 * v2;
  } while (s > 1);
  return mean + Math.sqrt(variance) * (Math.sqrt((-2 * Math.log(s)) / s) * v1);
}

const circle: Generator = (numSamples, noise, random) => {
  const radius = 5;
  const points: Point[] = [];
  const ring = (rMin: number, rMax: number) => {
    for (let i = 0; i < numSamples / 2; i++) {
      const r = uniform(random, rMin, rMax);
      const angle = uniform(random, 0, 2 * Math.PI);
      const x = r * Math.sin(angle);
      const y = r * Math.cos(angle);
      const nx = uniform(random, -radius, radius) * noise;
      const ny = uniform(random, -radius, radius) * noise;
      // Noise decides the label only; the stored point stays clean.
      const label = distance(x + nx, y + ny, 0, 0) < radius * 0.5 ? 1 : -1;
      points.push({ x, y, label });
    }
  };
  ring(0, radius * 0.5);
  ring(radius * 0.7, radius);
  return points;
};

const xor: Generator = (numSamples, noise, random) => {
  const padding = 0.3;
  const points: Point[] = [];
  for (let i = 0; i < numSamples; i++) {
    let x = uniform(random, -5, 5);
    x += x > 0 ? padding : -padding;
    let y = uniform(random, -5, 5);
    y += y > 0 ? padding : -padding;
    const nx = uniform(random, -5, 5) * noise;
    const ny = uniform(random, -5, 5) * noise;
    points.push({ x, y, label: (x + nx) * (y + ny) >= 0 ? 1 : -1 });
  }
  return points;
};

const gauss: Generator = (numSamples, noise, random) => {
  const variance = linearScale(0, 0.5, 0.5, 4)(noise);
  const points: Point[] = [];
  const cloud = (cx: number, cy: number, label: number) => {
    for (let i = 0; i < numSamples / 2; i++) {
      const x = normal(random, cx, variance);
      const y = normal(random, cy, variance);
      points.push({ x, y, label });
    }
  };
  cloud(2, 2, 1);
  cloud(-2, -2, -1);
  return points;
};

const spiral: Generator = (numSamples, noise, random) => {
  const n = numSamples / 2;
  const points: Point[] = [];
  const arm = (deltaT: number, label: number) => {
    for (let i = 0; i < n; i++) {
      const r = (i / n) * 5;
      const t = ((((1.75 * i) / n) * 2) * Math.PI) + deltaT;
      const x = r * Math.sin(t) + uniform(random, -1, 1) * noise;
      const y = r * Math.cos(t) + uniform(random, -1, 1) * noise;
      points.push({ x, y, label });
    }
  };
  arm(0, 1);
  arm(Math.PI, -1);
  return points;
};

// ---- ours: noise works as in the originals of the same kind ----------------

/** Two interleaved half circles; noise moves points (like spiral), labels stay. */
const moons: Generator = (numSamples, noise, random) => {
  const points: Point[] = [];
  const half = numSamples / 2;
  for (let i = 0; i < numSamples; i++) {
    const upper = i < half;
    const t = Math.PI * random();
    // Unit moons centred on the origin, scaled by 3 to fill the plane.
    const ux = upper ? Math.cos(t) - 0.5 : 0.5 - Math.cos(t);
    const uy = upper ? Math.sin(t) - 0.25 : 0.25 - Math.sin(t);
    const x = 3 * ux + uniform(random, -1, 1) * noise * 2;
    const y = 3 * uy + uniform(random, -1, 1) * noise * 2;
    points.push({ x, y, label: upper ? 1 : -1 });
  }
  return points;
};

/** A 4x4 board of 3x3 squares over [-6, 6]²; noise flips labels near edges (like xor). */
const checkerboard: Generator = (numSamples, noise, random) => {
  const points: Point[] = [];
  const cell = (v: number) => Math.floor((v + 6) / 3);
  for (let i = 0; i < numSamples; i++) {
    const x = uniform(random, -6, 6);
    const y = uniform(random, -6, 6);
    const nx = uniform(random, -3, 3) * noise;
    const ny = uniform(random, -3, 3) * noise;
    points.push({ x, y, label: (cell(x + nx) + cell(y + ny)) % 2 === 0 ? 1 : -1 });
  }
  return points;
};

/** Three rings: +1 inside radius 1.5, -1 from 2.5 to 3.5, +1 from 4.5 to 5.5; noise flips labels (like circle). */
const RINGS: readonly (readonly [number, number])[] = [[0, 1.5], [2.5, 3.5], [4.5, 5.5]];
const rings: Generator = (numSamples, noise, random) => {
  const points: Point[] = [];
  const ringOf = (r: number) => (r < 2 ? 0 : r < 4 ? 1 : 2);
  for (let i = 0; i < numSamples; i++) {
    const [r0, r1] = RINGS[i % 3];
    const r = uniform(random, r0, r1);
    const angle = uniform(random, 0, 2 * Math.PI);
    const x = r * Math.sin(angle);
    const y = r * Math.cos(angle);
    const nx = uniform(random, -2, 2) * noise;
    const ny = uniform(random, -2, 2) * noise;
    points.push({ x, y, label: ringOf(distance(x + nx, y + ny, 0, 0)) === 1 ? -1 : 1 });
  }
  return points;
};

/** Shared by both regression sets: clean points, labels from the noisy point. */
function regression(label: (x: number, y: number) => number): Generator {
  return (numSamples, noise, random) => {
    const radius = 6;
    const points: Point[] = [];
    for (let i = 0; i < numSamples; i++) {
      const x = uniform(random, -radius, radius);
      const y = uniform(random, -radius, radius);
      const nx = uniform(random, -radius, radius) * noise;
      const ny = uniform(random, -radius, radius) * noise;
      points.push({ x, y, label: label(x + nx, y + ny) });
    }
    return points;
  };
}

const planeScale = linearScale(-10, 10, -1, 1);
const regPlane = regression((x, y) => planeScale(x + y));

const BUMPS: readonly (readonly [number, number, number])[] = [
  [-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1],
  [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1],
];
const bumpScale = linearScale(0, 2, 1, 0, true);
const regGauss = regression((x, y) => {
  // The bump with the largest absolute value wins; ties keep the earlier one.
  let label = 0;
  for (const [cx, cy, sign] of BUMPS) {
    const v = sign * bumpScale(distance(x, y, cx, cy));
    if (Math.abs(v) > Math.abs(label)) label = v;
  }
  return label;
});

export const GENERATORS: Readonly<Record<DatasetName, Generator>> = {
  circle,
  xor,
  gauss,
  spiral,
  moons,
  checkerboard,
  rings,
  'reg-plane': regPlane,
  'reg-gauss': regGauss,
};

/** Fisher-Yates from the end, one draw per item, as the original shuffles. */
export function shuffle<T>(items: T[], random: Random): void {
  for (let counter = items.length; counter > 0; ) {
    const index = Math.floor(random() * counter);
    counter--;
    const temp = items[counter];
    items[counter] = items[index];
    items[index] = temp;
  }
}
