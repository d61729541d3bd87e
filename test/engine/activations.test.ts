import { describe, expect, it } from 'vitest';
import { ACTIVATION_CODE, ACTIVATION_NAMES, ELU, LEAKY_RELU, LINEAR, RELU, SIGMOID, SIN, SWISH, TANH, activate, activateFast, derivative, fastTanh, type ActivationName } from '../../src/engine/activations';

/** Value and derivative of one activation, by name. */
const fn = (name: ActivationName) => {
  const code = ACTIVATION_CODE[name];
  return { output: (z: number) => activate(code, z), derivative: (z: number, out: number) => derivative(code, z, out) };
};

describe('activations', () => {
  it('codes follow the order of the names', () => {
    expect(ACTIVATION_CODE).toEqual({ relu: RELU, tanh: TANH, sigmoid: SIGMOID, linear: LINEAR, leakyRelu: LEAKY_RELU, elu: ELU, swish: SWISH, sin: SIN });
  });

  it('each derivative matches a central finite difference', () => {
    for (const name of ACTIVATION_NAMES) {
      const f = fn(name);
      for (const z of [-3.1, -0.7, -0.01, 0.2, 1.3, 2.9]) {
        const h = 1e-6;
        const numeric = (f.output(z + h) - f.output(z - h)) / (2 * h);
        expect(f.derivative(z, f.output(z))).toBeCloseTo(numeric, 7);
      }
    }
  });

  it('relu has slope 0 at exactly 0, as the original', () => {
    expect(fn('relu').derivative(0, 0)).toBe(0);
    expect(fn('relu').output(-2)).toBe(0);
  });

  it('fastTanh stays within 1e-6 of Math.tanh everywhere', () => {
    let worst = 0;
    for (let z = -25; z <= 25; z += 0.000713) worst = Math.max(worst, Math.abs(fastTanh(z) - Math.tanh(z)));
    expect(worst).toBeLessThan(1e-6);
    expect(fastTanh(1e9)).toBe(1);
    expect(fastTanh(-1e9)).toBe(-1);
    expect(fastTanh(NaN)).toBeNaN();
  });

  it('the fast sigmoid stays within 1e-6 and relu/linear are exact', () => {
    let worst = 0;
    for (let z = -40; z <= 40; z += 0.00091) {
      worst = Math.max(worst, Math.abs(activateFast(ACTIVATION_CODE.sigmoid, z) - fn('sigmoid').output(z)));
      expect(activateFast(ACTIVATION_CODE.relu, z)).toBe(fn('relu').output(z));
      expect(activateFast(ACTIVATION_CODE.linear, z)).toBe(z);
    }
    expect(worst).toBeLessThan(1e-6);
  });
});
