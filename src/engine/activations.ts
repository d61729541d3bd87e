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

/**
 * Numeric codes used on the hot path (a switch beats a call per node): an
 * activation's code is its index in ACTIVATION_NAMES. Plain constants, not
 * an enum: under isolatedModules a const enum stays an object whose members
 * are looked up at run time; constants are inlined by the minifier.
 */
export type ActivationCode = number;
export const RELU = 0, TANH = 1, SIGMOID = 2, LINEAR = 3, LEAKY_RELU = 4, ELU = 5, SWISH = 6, SIN = 7;

export const ACTIVATION_CODE = Object.fromEntries(ACTIVATION_NAMES.map((name, code) => [name, code])) as Readonly<Record<ActivationName, ActivationCode>>;

export function activate(code: ActivationCode, z: number): number {
  switch (code) {
    case RELU: return Math.max(0, z);
    case TANH: return Math.tanh(z);
    case SIGMOID: return 1 / (1 + Math.exp(-z));
    case LEAKY_RELU: return z > 0 ? z : LEAKY_SLOPE * z;
    case ELU: return z > 0 ? z : Math.expm1(z);
    case SWISH: return z / (1 + Math.exp(-z));
    case SIN: return Math.sin(z);
    default: return z;
  }
}

/** f'(z) from z and f(z); tanh and sigmoid reuse the output as the original does. */
export function derivative(code: ActivationCode, z: number, out: number): number {
  switch (code) {
    case RELU: return z <= 0 ? 0 : 1;
    case TANH: return 1 - out * out;
    case SIGMOID: return out * (1 - out);
    case LEAKY_RELU: return z > 0 ? 1 : LEAKY_SLOPE;
    case ELU: return z > 0 ? 1 : out + 1;
    case SWISH: {
      // swish' = s + z s (1 - s) = f + s (1 - f), with s the sigmoid of z
      const sig = 1 / (1 + Math.exp(-z));
      return out + sig * (1 - out);
    }
    case SIN: return Math.cos(z);
    default: return 1;
  }
}

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
    case RELU: return z > 0 ? z : 0;
    case TANH: return fastTanh(z);
    case SIGMOID: return 0.5 + 0.5 * fastTanh(0.5 * z); // sigmoid(z) = (1 + tanh(z/2)) / 2
    case LINEAR: return z;
    default: return activate(code, z); // the newer ones are cheap enough exact
  }
}
