import { describe, expect, it } from 'vitest';
import { Network, type Regularization } from '../../src/engine/network';
import { ACTIVATION_NAMES, type ActivationName } from '../../src/engine/activations';
import { seededRandom } from '../../src/engine/random';

function makeNet(activation: ActivationName, regularization: Regularization = 'none', output: ActivationName = 'tanh') {
  return new Network({ sizes: [3, 4, 3, 1], activation, outputActivation: output, regularization, initZero: false }, seededRandom('fd-' + activation));
}

const input = Float64Array.from([0.7, -1.3, 0.4]);
const target = 0.35;

/** Half squared error plus the penalty the update rule descends. */
function objective(net: Network, reg: Regularization, rate: number): number {
  const e = 0.5 * (net.forward(input) - target) ** 2;
  let penalty = 0;
  for (const w of net.weight) penalty += reg === 'L1' ? Math.abs(w) : reg === 'L2' ? 0.5 * w * w : 0;
  return e + rate * penalty;
}

function relErr(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1e-8, Math.abs(a), Math.abs(b));
}

describe('Network', () => {
  it('draws one weight per link in layer, node, source order and starts biases at 0.1', () => {
    const r = seededRandom('order');
    const expected = Array.from({ length: 2 * 3 + 3 * 1 }, () => r() - 0.5);
    const net = new Network({ sizes: [2, 3, 1], activation: 'tanh', outputActivation: 'tanh', regularization: 'none', initZero: false }, seededRandom('order'));
    expect(Array.from(net.weight)).toEqual(expected);
    expect(Array.from(net.bias)).toEqual([0, 0, 0.1, 0.1, 0.1, 0.1]);
  });

  it('initZero zeroes weights and biases but still consumes one draw per link', () => {
    const r = seededRandom('z');
    new Network({ sizes: [2, 3, 1], activation: 'tanh', outputActivation: 'tanh', regularization: 'none', initZero: true }, r);
    const ref = seededRandom('z');
    for (let i = 0; i < 9; i++) ref();
    expect(r()).toBe(ref());
  });

  it('forward computes bias + sum of weighted inputs through each activation', () => {
    const net = new Network({ sizes: [2, 1, 1], activation: 'relu', outputActivation: 'linear', regularization: 'none', initZero: false }, seededRandom('f'));
    net.weight.set([0.5, -0.25, 2]);
    net.bias.set([0, 0, 0.1, -1]);
    // hidden: relu(0.1 + 0.5*2 - 0.25*4) = relu(0.1) = 0.1; output: -1 + 2*0.1
    expect(net.forward([2, 4])).toBeCloseTo(-0.8, 15);
  });

  for (const activation of ACTIVATION_NAMES) {
    it(`backprop gradients match central finite differences (${activation})`, () => {
      const net = makeNet(activation, 'none', activation === 'relu' ? 'linear' : 'tanh');
      net.forward(input);
      net.backward(target);
      const h = 1e-6;
      for (let k = 0; k < net.weightCount; k++) {
        const w = net.weight[k];
        net.weight[k] = w + h;
        const up = objective(net, 'none', 0);
        net.weight[k] = w - h;
        const down = objective(net, 'none', 0);
        net.weight[k] = w;
        const numeric = (up - down) / (2 * h);
        expect(relErr(net.weightAcc[k], numeric) < 1e-6 || Math.abs(net.weightAcc[k] - numeric) < 1e-10).toBe(true);
      }
      for (let n = net.inputCount; n < net.nodeCount; n++) {
        const b = net.bias[n];
        net.bias[n] = b + h;
        const up = objective(net, 'none', 0);
        net.bias[n] = b - h;
        const down = objective(net, 'none', 0);
        net.bias[n] = b;
        const numeric = (up - down) / (2 * h);
        expect(relErr(net.biasAcc[n], numeric) < 1e-6 || Math.abs(net.biasAcc[n] - numeric) < 1e-10).toBe(true);
      }
    });

    for (const reg of ['L1', 'L2'] as const) {
      it(`an update with ${reg} steps down the regularised objective's gradient (${activation})`, () => {
        const net = makeNet(activation, reg, 'linear');
        const rate = 0.01;
        const lr = 1e-3;
        const h = 1e-6;
        const numeric: number[] = [];
        for (let k = 0; k < net.weightCount; k++) {
          const w = net.weight[k];
          net.weight[k] = w + h;
          const up = objective(net, reg, rate);
          net.weight[k] = w - h;
          const down = objective(net, reg, rate);
          net.weight[k] = w;
          numeric.push((up - down) / (2 * h));
        }
        const before = Float64Array.from(net.weight);
        net.forward(input);
        net.backward(target);
        net.update(lr, rate);
        for (let k = 0; k < net.weightCount; k++) {
          if (Math.abs(before[k]) < 1e-3) continue; // |w| kink: the step may legitimately stop at 0
          const implied = (before[k] - net.weight[k]) / lr;
          expect(relErr(implied, numeric[k]) < 1e-6 || Math.abs(implied - numeric[k]) < 1e-9).toBe(true);
        }
      });
    }
  }

  it('averages gradients over the points of a batch', () => {
    const a = makeNet('tanh');
    const b = makeNet('tanh');
    const x2 = [-0.2, 0.9, 1.1];
    a.forward(input); a.backward(target);
    a.forward(x2); a.backward(-0.5);
    const expected = Array.from(a.weightAcc, (g, k) => a.weight[k] - (0.1 / 2) * g);
    a.update(0.1, 0);
    expect(Array.from(a.weight)).toEqual(expected);
    expect(a.pending).toBe(0);
    b.update(0.1, 0); // nothing accumulated: no change
    expect(Array.from(b.weight)).toEqual(Array.from(makeNet('tanh').weight));
  });

  it('L1 kills a link whose weight would cross zero and never trains it again', () => {
    const net = new Network({ sizes: [1, 1], activation: 'linear', outputActivation: 'linear', regularization: 'L1', initZero: false }, seededRandom('l1'));
    net.weight[0] = 0.001;
    net.bias[1] = 0;
    net.forward([0]); // input 0: no gradient on the weight, only the penalty acts
    net.backward(0);
    net.update(0.1, 1); // penalty step 0.1 would take 0.001 to -0.099
    expect(net.weight[0]).toBe(0);
    expect(net.dead[0]).toBe(1);
    net.forward([1]); net.backward(5); net.update(0.1, 1);
    expect(net.weight[0]).toBe(0);
  });

  it('forwardMany matches forward within 1e-6 for every node', () => {
    for (const activation of ACTIVATION_NAMES) {
      const net = new Network({ sizes: [5, 8, 7, 6, 1], activation, outputActivation: 'tanh', regularization: 'none', initZero: false }, seededRandom('many'));
      const count = 37;
      const r = seededRandom('pts');
      const columns: Float64Array[] = [];
      for (let n = 0; n < net.nodeCount; n++) columns.push(new Float64Array(count));
      for (let j = 0; j < 5; j++) for (let p = 0; p < count; p++) columns[j][p] = 12 * r() - 6;
      net.forwardMany(columns, count);
      let worst = 0;
      for (let p = 0; p < count; p++) {
        net.forward(columns.slice(0, 5).map((c) => c[p]));
        for (let n = 5; n < net.nodeCount; n++) worst = Math.max(worst, Math.abs(net.out[n] - columns[n][p]));
      }
      expect(worst).toBeLessThan(1e-5);
    }
  });
});
