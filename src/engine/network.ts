/**
 * The multi-layer perceptron on flat typed arrays. Layer 0 holds the inputs,
 * the last layer the single output node. Per-node values live in arrays
 * indexed by a global node index; the weights of the links into node i of
 * layer l are a contiguous row, [node][source], so loops read like the maths.
 *
 * Summation and update order follow the original exactly, so a run with the
 * same seed gives the same numbers bit for bit.
 */
import { ACTIVATION_CODE, LINEAR, TANH, activate, activateFast, derivative, fastTanh, type ActivationCode, type ActivationName } from './activations.js';
import type { Random } from './random.js';

export type Regularization = 'none' | 'L1' | 'L2';
/** sgd is the original's plain mini-batch descent; momentum and adam are ours. */
export type OptimizerName = 'sgd' | 'momentum' | 'adam';
/** uniform is the original's r - 0.5; xavier and he scale by fan-in/fan-out. */
export type InitName = 'uniform' | 'xavier' | 'he';

export const OPTIMIZER_NAMES: readonly OptimizerName[] = ['sgd', 'momentum', 'adam'];
export const INIT_NAMES: readonly InitName[] = ['uniform', 'xavier', 'he'];

/** Slope of the weight penalty at w: sign(w) for L1 (0 at 0), w for L2. */
function penaltySlope(reg: Regularization, w: number): number {
  return reg === 'L1' ? (w < 0 ? -1 : w > 0 ? 1 : 0) : reg === 'L2' ? w : 0;
}

/** The usual defaults: momentum 0.9; Adam 0.9, 0.999, 1e-8. */
export const MOMENTUM = 0.9;
export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPSILON = 1e-8;

/** Points per chunk of the grid pass (columns of 512 doubles: 4 KiB each). */
const GRID_CHUNK = 512;

export interface NetworkSpec {
  /** Layer sizes: [inputs, ...hidden, 1]. */
  sizes: readonly number[];
  activation: ActivationName;
  outputActivation: ActivationName;
  regularization: Regularization;
  initZero: boolean;
  /** @defaultValue 'uniform' */
  init?: InitName;
  /** @defaultValue 'sgd' */
  optimizer?: OptimizerName;
}

export class Network {
  readonly sizes: Int32Array;
  /** nodeStart[l]: global index of layer l's first node. */
  readonly nodeStart: Int32Array;
  /** weightStart[l]: index of the first weight into layer l (l >= 1). */
  readonly weightStart: Int32Array;
  readonly nodeCount: number;
  readonly weightCount: number;

  /** Biases by node (input nodes keep an unused 0). */
  readonly bias: Float64Array;
  readonly weight: Float64Array;
  /** 1 where L1 drove a link to zero: it never trains again until rebuilt. */
  readonly dead: Uint8Array;

  // Per-point scratch of the last forward/backward pass.
  readonly z: Float64Array;
  readonly out: Float64Array;
  readonly outDer: Float64Array;
  readonly inDer: Float64Array;

  // Gradient sums since the last update.
  readonly biasAcc: Float64Array;
  readonly weightAcc: Float64Array;
  /** Points back-propagated since the last update (leftovers carry over epochs). */
  pending = 0;
  /** Links L1 has killed; while 0 the hot loop skips the check. */
  deadCount = 0;

  hiddenCode: ActivationCode;
  outputCode: ActivationCode;
  regularization: Regularization;

  constructor(spec: NetworkSpec, random: Random) {
    const L = spec.sizes.length;
    this.sizes = Int32Array.from(spec.sizes);
    this.nodeStart = new Int32Array(L);
    this.weightStart = new Int32Array(L);
    let nodes = 0;
    let weights = 0;
    for (let l = 0; l < L; l++) {
      this.nodeStart[l] = nodes;
      this.weightStart[l] = weights;
      if (l > 0) weights += this.sizes[l] * this.sizes[l - 1];
      nodes += this.sizes[l];
    }
    this.nodeCount = nodes;
    this.weightCount = weights;
    this.bias = new Float64Array(nodes);
    this.weight = new Float64Array(weights);
    this.dead = new Uint8Array(weights);
    this.z = new Float64Array(nodes);
    this.out = new Float64Array(nodes);
    this.outDer = new Float64Array(nodes);
    this.inDer = new Float64Array(nodes);
    this.biasAcc = new Float64Array(nodes);
    this.weightAcc = new Float64Array(weights);
    this.hiddenCode = ACTIVATION_CODE[spec.activation];
    this.outputCode = ACTIVATION_CODE[spec.outputActivation];
    this.regularization = spec.regularization;

    // One draw per link, layer by layer, node by node, source by source;
    // initZero still consumes the draws so the stream stays aligned.
    // Input nodes keep a bias of 0 (never read); the first hidden node follows the inputs.
    this.bias.fill(spec.initZero ? 0 : 0.1, this.sizes[0]);
    const init = spec.init ?? 'uniform';
    for (let l = 1, k = 0; l < L; l++) {
      // Half-width of the uniform range: 0.5 in the original; Glorot or He otherwise.
      const fanIn = this.sizes[l - 1];
      const half = init === 'xavier' ? Math.sqrt(6 / (fanIn + this.sizes[l])) : init === 'he' ? Math.sqrt(6 / Math.max(1, fanIn)) : 0.5;
      for (let end = k + this.sizes[l] * fanIn; k < end; k++) {
        const r = random();
        this.weight[k] = spec.initZero ? 0 : init === 'uniform' ? r - 0.5 : (2 * r - 1) * half;
      }
    }
    this.optimizer = spec.optimizer ?? 'sgd';
  }

  readonly optimizer: OptimizerName;
  /** Optimizer state (first and second moments), made on first use. */
  private moments: { step: number; biasM: Float64Array; biasV: Float64Array; weightM: Float64Array; weightV: Float64Array } | null = null;

  get layerCount(): number {
    return this.sizes.length;
  }

  get inputCount(): number {
    return this.sizes[0];
  }

  /** Index of the output node. */
  get outputIndex(): number {
    return this.nodeCount - 1;
  }

  /** Runs one point through the net; `input` holds the features from `offset`. */
  forward(input: ArrayLike<number>, offset = 0): number {
    const { sizes, nodeStart, weightStart, bias, weight, z, out } = this;
    const nIn = sizes[0];
    for (let j = 0; j < nIn; j++) out[j] = input[offset + j];
    const L = sizes.length;
    for (let l = 1; l < L; l++) {
      const code = l === L - 1 ? this.outputCode : this.hiddenCode;
      const start = nodeStart[l];
      const prev = nodeStart[l - 1];
      const nPrev = sizes[l - 1];
      const size = sizes[l];
      let row = weightStart[l];
      for (let i = 0; i < size; i++, row += nPrev) {
        let total = bias[start + i];
        for (let j = 0; j < nPrev; j++) total += weight[row + j] * out[prev + j];
        z[start + i] = total;
      }
      // One activation sweep per layer: the common tanh case calls Math.tanh directly.
      if (code === TANH) for (let n = start; n < start + size; n++) out[n] = Math.tanh(z[n]);
      else for (let n = start; n < start + size; n++) out[n] = activate(code, z[n]);
    }
    return out[this.nodeCount - 1];
  }

  /**
   * Back-propagates the error ½(output − target)² of the last forward pass
   * and adds the gradients to the accumulators.
   */
  backward(target: number): void {
    const { sizes, nodeStart, weightStart, weight, dead, z, out, outDer, inDer, biasAcc, weightAcc } = this;
    const L = sizes.length;
    const anyDead = this.deadCount > 0;
    outDer[this.nodeCount - 1] = out[this.nodeCount - 1] - target;
    for (let l = L - 1; l >= 1; l--) {
      const code = l === L - 1 ? this.outputCode : this.hiddenCode;
      const start = nodeStart[l];
      const size = sizes[l];
      const prev = nodeStart[l - 1];
      const nPrev = sizes[l - 1];
      const propagate = l > 1;
      if (code === TANH) {
        for (let n = start; n < start + size; n++) {
          const o = out[n];
          const d = outDer[n] * (1 - o * o);
          inDer[n] = d;
          biasAcc[n] += d;
        }
      } else {
        for (let n = start; n < start + size; n++) {
          const d = outDer[n] * derivative(code, z[n], out[n]);
          inDer[n] = d;
          biasAcc[n] += d;
        }
      }
      // dE/d(output) of the previous layer sums every outgoing link, dead or
      // not, in node order; accumulating row by row keeps that order.
      if (propagate) for (let j = 0; j < nPrev; j++) outDer[prev + j] = 0;
      for (let i = 0, row = weightStart[l]; i < size; i++, row += nPrev) {
        const d = inDer[start + i];
        if (anyDead) {
          for (let j = 0; j < nPrev; j++) if (dead[row + j] === 0) weightAcc[row + j] += d * out[prev + j];
        } else {
          for (let j = 0; j < nPrev; j++) weightAcc[row + j] += d * out[prev + j];
        }
        if (propagate) for (let j = 0; j < nPrev; j++) outDer[prev + j] += weight[row + j] * d;
      }
    }
    this.pending++;
  }

  /** One gradient-descent step on the mean of the accumulated gradients. */
  update(learningRate: number, regularizationRate: number): void {
    const count = this.pending;
    if (count === 0) return;
    if (this.optimizer !== 'sgd') {
      this.updateWithMoments(learningRate, regularizationRate);
      return;
    }
    const { bias, weight, dead, biasAcc, weightAcc } = this;
    const reg = this.regularization;
    for (let n = this.sizes[0]; n < this.nodeCount; n++) {
      bias[n] -= (learningRate * biasAcc[n]) / count;
      biasAcc[n] = 0;
    }
    const step = learningRate / count;
    const decay = learningRate * regularizationRate;
    for (let k = 0; k < this.weightCount; k++) {
      if (dead[k] === 1) continue;
      // The penalty's slope is taken at the weight before this update.
      const afterGradient = weight[k] - step * weightAcc[k];
      const afterPenalty = afterGradient - decay * penaltySlope(reg, weight[k]);
      this.settle(k, afterPenalty, reg === 'L1' && afterGradient * afterPenalty < 0);
    }
    this.pending = 0;
  }

  /** Momentum or Adam on the batch-mean gradient plus the penalty's slope. */
  private updateWithMoments(learningRate: number, regularizationRate: number): void {
    const count = this.pending;
    const { bias, weight, dead, biasAcc, weightAcc } = this;
    const reg = this.regularization;
    const m = (this.moments ??= {
      step: 0,
      biasM: new Float64Array(this.nodeCount),
      biasV: new Float64Array(this.nodeCount),
      weightM: new Float64Array(this.weightCount),
      weightV: new Float64Array(this.weightCount),
    });
    m.step++;
    const adam = this.optimizer === 'adam';
    const c1 = 1 - Math.pow(ADAM_BETA1, m.step);
    const c2 = 1 - Math.pow(ADAM_BETA2, m.step);
    /** The step for gradient g of parameter i, updating its moments. */
    const stepFor = (g: number, first: Float64Array, second: Float64Array, i: number): number => {
      if (!adam) return learningRate * (first[i] = MOMENTUM * first[i] + g);
      first[i] = ADAM_BETA1 * first[i] + (1 - ADAM_BETA1) * g;
      second[i] = ADAM_BETA2 * second[i] + (1 - ADAM_BETA2) * g * g;
      return (learningRate * (first[i] / c1)) / (Math.sqrt(second[i] / c2) + ADAM_EPSILON);
    };
    for (let n = this.sizes[0]; n < this.nodeCount; n++) {
      bias[n] -= stepFor(biasAcc[n] / count, m.biasM, m.biasV, n);
      biasAcc[n] = 0;
    }
    for (let k = 0; k < this.weightCount; k++) {
      if (dead[k] === 1) continue;
      const w = weight[k];
      const next = w - stepFor(weightAcc[k] / count + regularizationRate * penaltySlope(reg, w), m.weightM, m.weightV, k);
      this.settle(k, next, reg === 'L1' && w * next < 0);
    }
    this.pending = 0;
  }

  /** Stores weight k's new value and clears its gradient; under L1 a weight that crossed zero stops there, dead. */
  private settle(k: number, value: number, crossedZero: boolean): void {
    if (crossedZero) {
      this.weight[k] = 0;
      this.dead[k] = 1;
      this.deadCount++;
    } else {
      this.weight[k] = value;
    }
    this.weightAcc[k] = 0;
  }

  /** Mean of ½(output − label)² over the points of a row-major input matrix. */
  loss(inputs: Float64Array, labels: Float64Array): number {
    return this.score(inputs, labels).loss;
  }

  /**
   * One pass over a set: the loss as the original computes it (same order,
   * same numbers), the share of outputs with the label's sign, and R².
   */
  score(inputs: Float64Array, labels: Float64Array): { loss: number; accuracy: number; r2: number } {
    const n = labels.length;
    const nIn = this.sizes[0];
    let sum = 0;
    let right = 0;
    let mean = 0;
    for (let p = 0; p < n; p++) mean += labels[p];
    mean /= n;
    let spread = 0;
    for (let p = 0; p < n; p++) {
      const out = this.forward(inputs, p * nIn);
      sum += 0.5 * Math.pow(out - labels[p], 2);
      if ((out >= 0) === (labels[p] >= 0)) right++;
      spread += (labels[p] - mean) * (labels[p] - mean);
    }
    // sum holds half the squared residuals.
    return { loss: sum / n, accuracy: right / n, r2: spread > 0 ? 1 - (2 * sum) / spread : NaN };
  }

  /**
   * Forward pass over many points at once, layer by layer, keeping every
   * node's output: `columns[n]` receives node n's values for all points.
   * Input columns are read, hidden and output columns written. Uses the fast
   * activations (error < 1e-6): this feeds pictures, never training.
   */
  forwardMany(columns: Float64Array[], count: number): void {
    // Points go in chunks small enough that every column slice stays in cache
    // while all layers are computed.
    for (let from = 0; from < count; from += GRID_CHUNK) this.forwardChunk(columns, from, Math.min(count, from + GRID_CHUNK));
  }

  private forwardChunk(columns: Float64Array[], from: number, to: number): void {
    const { sizes, nodeStart, weightStart, bias, weight } = this;
    const L = sizes.length;
    for (let l = 1; l < L; l++) {
      const code = l === L - 1 ? this.outputCode : this.hiddenCode;
      const start = nodeStart[l];
      const prev = nodeStart[l - 1];
      const nPrev = sizes[l - 1];
      for (let i = 0, row = weightStart[l]; i < sizes[l]; i++, row += nPrev) {
        const dst = columns[start + i];
        dst.fill(bias[start + i], from, to);
        // Four sources per sweep: fewer passes over the destination column.
        let j = 0;
        for (; j + 3 < nPrev; j += 4) {
          const w0 = weight[row + j], w1 = weight[row + j + 1], w2 = weight[row + j + 2], w3 = weight[row + j + 3];
          const s0 = columns[prev + j], s1 = columns[prev + j + 1], s2 = columns[prev + j + 2], s3 = columns[prev + j + 3];
          for (let p = from; p < to; p++) dst[p] += w0 * s0[p] + w1 * s1[p] + w2 * s2[p] + w3 * s3[p];
        }
        for (; j < nPrev; j++) {
          const w = weight[row + j];
          const src = columns[prev + j];
          for (let p = from; p < to; p++) dst[p] += w * src[p];
        }
        if (code === TANH) for (let p = from; p < to; p++) dst[p] = fastTanh(dst[p]);
        else if (code !== LINEAR) for (let p = from; p < to; p++) dst[p] = activateFast(code, dst[p]);
      }
    }
  }
}
