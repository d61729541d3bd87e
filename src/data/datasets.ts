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

/**
 * The shape most generators share: each point is drawn by `at` (given its
 * index), then a noise offset from [-spread, spread]² is drawn, and `label`
 * is read at the moved point. Noise decides the label only; the stored
 * point stays clean.
 */
function noisyLabels(spread: number, at: (random: Random, i: number) => readonly [number, number], label: (x: number, y: number) => number): Generator {
  return (numSamples, noise, random) => {
    const points: Point[] = [];
    for (let i = 0; i < numSamples; i++) {
      const [x, y] = at(random, i);
      const nx = uniform(random, -spread, spread) * noise;
      const ny = uniform(random, -spread, spread) * noise;
      points.push({ x, y, label: label(x + nx, y + ny) });
    }
    return points;
  };
}

/** A uniform radius in [r0, r1), then a uniform angle. */
function polar(random: Random, r0: number, r1: number): [number, number] {
  const r = uniform(random, r0, r1);
  const angle = uniform(random, 0, 2 * Math.PI);
  return [r * Math.sin(angle), r * Math.cos(angle)];
}

/** A uniform point of [-half, half]², x drawn first. */
const square = (random: Random, half: number): [number, number] => [uniform(random, -half, half), uniform(random, -half, half)];

const CIRCLE_RADIUS = 5;
/** Half the points in one ring of the circle set; +1 inside half the radius. */
const circleRing = (rMin: number, rMax: number) =>
  noisyLabels(CIRCLE_RADIUS, (random) => polar(random, rMin, rMax), (x, y) => (distance(x, y, 0, 0) < CIRCLE_RADIUS * 0.5 ? 1 : -1));
const innerRing = circleRing(0, CIRCLE_RADIUS * 0.5);
const outerRing = circleRing(CIRCLE_RADIUS * 0.7, CIRCLE_RADIUS);
const circle: Generator = (numSamples, noise, random) => [...innerRing(numSamples / 2, noise, random), ...outerRing(numSamples / 2, noise, random)];

/** xor moves points 0.3 away from the axes. */
const pad = (v: number) => v + (v > 0 ? 0.3 : -0.3);
const xor = noisyLabels(5, (random) => {
  const [x, y] = square(random, 5);
  return [pad(x), pad(y)];
}, (x, y) => (x * y >= 0 ? 1 : -1));

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
const cell = (v: number) => Math.floor((v + 6) / 3);
const checkerboard = noisyLabels(3, (random) => square(random, 6), (x, y) => ((cell(x) + cell(y)) % 2 === 0 ? 1 : -1));

/** Three rings: +1 inside radius 1.5, -1 from 2.5 to 3.5, +1 from 4.5 to 5.5; noise flips labels (like circle). */
const RINGS: readonly (readonly [number, number])[] = [[0, 1.5], [2.5, 3.5], [4.5, 5.5]];
const rings = noisyLabels(2, (random, i) => polar(random, ...RINGS[i % 3]), (x, y) => {
  const r = distance(x, y, 0, 0);
  return r >= 2 && r < 4 ? -1 : 1; // -1 in the middle ring's band
});

/** Shared by both regression sets: clean points over [-6, 6]², labels from the noisy point. */
const regression = (label: (x: number, y: number) => number): Generator => noisyLabels(6, (random) => square(random, 6), label);

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
