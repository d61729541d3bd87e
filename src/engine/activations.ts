/**
 * The activation functions the original offers, as value and derivative.
 * The derivative takes the node's input z and its already computed output,
 * so no function is evaluated twice on the training path.
 */

/** Activation names, as they appear in the URL: the original's four, then ours. */
export type ActivationName = 'relu' | 'tanh' | 'sigmoid' | 'linear' | 'leakyRelu' | 'elu' | 'swish' | 'sin';

export const ACTIVATION_NAMES: readonly ActivationName[] = ['relu', 'tanh', 'sigmoid', 'linear', 'leakyRelu', 'elu', 'swish', 'sin'];

/** Slope of leaky ReLU below 0. */
export const LEAKY_SLOPE = 0.01;

export interface Activation {
  readonly name: ActivationName;
  /** f(z) */
  output(z: number): number;
  /** f'(z), given z and f(z) */
  derivative(z: number, out: number): number;
}

/** Numeric codes used on the hot path (a switch beats a call per node). */
export const enum ActivationCode { Relu = 0, Tanh = 1, Sigmoid = 2, Linear = 3, LeakyRelu = 4, Elu = 5, Swish = 6, Sin = 7 }

export const ACTIVATION_CODE: Readonly<Record<ActivationName, ActivationCode>> = {
  relu: ActivationCode.Relu,
  tanh: ActivationCode.Tanh,
  sigmoid: ActivationCode.Sigmoid,
  linear: ActivationCode.Linear,
  leakyRelu: ActivationCode.LeakyRelu,
  elu: ActivationCode.Elu,
  swish: ActivationCode.Swish,
  sin: ActivationCode.Sin,
};

export function activate(code: ActivationCode, z: number): number {
  switch (code) {
    case ActivationCode.Relu: return Math.max(0, z);
    case ActivationCode.Tanh: return Math.tanh(z);
    case ActivationCode.Sigmoid: return 1 / (1 + Math.exp(-z));
    case ActivationCode.LeakyRelu: return z > 0 ? z : LEAKY_SLOPE * z;
    case ActivationCode.Elu: return z > 0 ? z : Math.expm1(z);
    case ActivationCode.Swish: return z / (1 + Math.exp(-z));
    case ActivationCode.Sin: return Math.sin(z);
    default: return z;
  }
}

/** f'(z) from z and f(z); tanh and sigmoid reuse the output as the original does. */
export function derivative(code: ActivationCode, z: number, out: number): number {
  switch (code) {
    case ActivationCode.Relu: return z <= 0 ? 0 : 1;
    case ActivationCode.Tanh: return 1 - out * out;
    case ActivationCode.Sigmoid: return out * (1 - out);
    case ActivationCode.LeakyRelu: return z > 0 ? 1 : LEAKY_SLOPE;
    case ActivationCode.Elu: return z > 0 ? 1 : out + 1;
    case ActivationCode.Swish: {
      // swish' = s + z s (1 - s) = f + s (1 - f), with s the sigmoid of z
      const sig = 1 / (1 + Math.exp(-z));
      return out + sig * (1 - out);
    }
    case ActivationCode.Sin: return Math.cos(z);
    default: return 1;
  }
}

export const ACTIVATIONS: Readonly<Record<ActivationName, Activation>> = Object.freeze(
  Object.fromEntries(
    ACTIVATION_NAMES.map((name) => {
      const code = ACTIVATION_CODE[name];
      return [name, { name, output: (z: number) => activate(code, z), derivative: (z: number, out: number) => derivative(code, z, out) }];
    }),
  ) as Record<ActivationName, Activation>,
);

// ---------------------------------------------------------------------------
// Fast tanh for pictures. The grid pass feeds heatmaps quantised to 31
// colours, so it may trade exactness for speed: a table of tanh with linear
// interpolation, absolute error below 1e-6 everywhere. Training and losses
// never use it.

const TANH_RANGE = 10; // tanh(10) = 1 - 4e-9: beyond it the answer is +-1
const TANH_STEPS_PER_UNIT = 512; // interpolation error <= h^2/8 * max|tanh''| ~ 3.7e-7
const TANH_TABLE: Float64Array = (() => {
  const n = 2 * TANH_RANGE * TANH_STEPS_PER_UNIT + 2;
  const table = new Float64Array(n);
  for (let i = 0; i < n; i++) table[i] = Math.tanh(i / TANH_STEPS_PER_UNIT - TANH_RANGE);
  return table;
})();
const TANH_LAST = 2 * TANH_RANGE * TANH_STEPS_PER_UNIT;

/** tanh(z) within 1e-6, several times cheaper than Math.tanh. */
export function fastTanh(z: number): number {
  const pos = (z + TANH_RANGE) * TANH_STEPS_PER_UNIT;
  if (!(pos > 0)) return pos <= 0 ? -1 : NaN;
  if (pos >= TANH_LAST) return 1;
  const i = pos | 0;
  const a = TANH_TABLE[i];
  return a + (pos - i) * (TANH_TABLE[i + 1] - a);
}

/** f(z) for the grid pass: tabled tanh and sigmoid (within 1e-6), exact for the rest. */
export function activateFast(code: ActivationCode, z: number): number {
  switch (code) {
    case ActivationCode.Relu: return z > 0 ? z : 0;
    case ActivationCode.Tanh: return fastTanh(z);
    case ActivationCode.Sigmoid: return 0.5 + 0.5 * fastTanh(0.5 * z); // sigmoid(z) = (1 + tanh(z/2)) / 2
    case ActivationCode.Linear: return z;
    default: return activate(code, z); // the newer ones are cheap enough exact
  }
}
