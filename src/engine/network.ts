/**
 * The multi-layer perceptron on flat typed arrays. Layer 0 holds the inputs,
 * the last layer the single output node. Per-node values live in arrays
 * indexed by a global node index; the weights of the links into node i of
 * layer l are a contiguous row, [node][source], so loops read like the maths.
 *
 * Summation and update order follow the original exactly, so a run with the
 * same seed gives the same numbers bit for bit.
 */
import { ACTIVATION_CODE, ActivationCode, activate, activateFast, derivative, fastTanh, type ActivationName } from './activations.js';
import type { Random } from './random.js';

export type Regularization = 'none' | 'L1' | 'L2';

/** Points per chunk of the grid pass (columns of 512 doubles: 4 KiB each). */
const GRID_CHUNK = 512;

export interface NetworkSpec {
  /** Layer sizes: [inputs, ...hidden, 1]. */
  sizes: readonly number[];
  activation: ActivationName;
  outputActivation: ActivationName;
  regularization: Regularization;
  initZero: boolean;
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
    const firstHidden = this.nodeStart[Math.min(1, L - 1)];
    for (let n = firstHidden; n < nodes; n++) this.bias[n] = spec.initZero ? 0 : 0.1;
    for (let k = 0; k < weights; k++) {
      const r = random();
      this.weight[k] = spec.initZero ? 0 : r - 0.5;
    }
  }

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
      if (code === ActivationCode.Tanh) for (let n = start; n < start + size; n++) out[n] = Math.tanh(z[n]);
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
      if (code === ActivationCode.Tanh) {
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
    const { bias, weight, dead, biasAcc, weightAcc } = this;
    const reg = this.regularization;
    const firstHidden = this.nodeStart[Math.min(1, this.sizes.length - 1)];
    for (let n = firstHidden; n < this.nodeCount; n++) {
      bias[n] -= (learningRate * biasAcc[n]) / count;
      biasAcc[n] = 0;
    }
    const step = learningRate / count;
    const decay = learningRate * regularizationRate;
    for (let k = 0; k < this.weightCount; k++) {
      if (dead[k] === 1) continue;
      const w = weight[k];
      // The penalty's slope is taken at the weight before this update.
      const penalty = reg === 'L1' ? (w < 0 ? -1 : w > 0 ? 1 : 0) : reg === 'L2' ? w : 0;
      const afterGradient = w - step * weightAcc[k];
      const afterPenalty = afterGradient - decay * penalty;
      if (reg === 'L1' && afterGradient * afterPenalty < 0) {
        weight[k] = 0;
        dead[k] = 1;
        this.deadCount++;
      } else {
        weight[k] = afterPenalty;
      }
      weightAcc[k] = 0;
    }
    this.pending = 0;
  }

  /** Mean of ½(output − label)² over `count` points of a row-major input matrix. */
  loss(inputs: Float64Array, labels: Float64Array): number {
    const n = labels.length;
    const nIn = this.sizes[0];
    let sum = 0;
    for (let p = 0; p < n; p++) sum += 0.5 * Math.pow(this.forward(inputs, p * nIn) - labels[p], 2);
    return sum / n;
  }

  /** Share of points whose output has the label's sign (classification). */
  accuracy(inputs: Float64Array, labels: Float64Array): number {
    const n = labels.length;
    const nIn = this.sizes[0];
    let right = 0;
    for (let p = 0; p < n; p++) if ((this.forward(inputs, p * nIn) >= 0 ? 1 : -1) === (labels[p] >= 0 ? 1 : -1)) right++;
    return right / n;
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
        // Eight or four sources per sweep: fewer passes over the destination column.
        let j = 0;
        for (; j + 7 < nPrev; j += 8) {
          const w0 = weight[row + j], w1 = weight[row + j + 1], w2 = weight[row + j + 2], w3 = weight[row + j + 3];
          const w4 = weight[row + j + 4], w5 = weight[row + j + 5], w6 = weight[row + j + 6], w7 = weight[row + j + 7];
          const s0 = columns[prev + j], s1 = columns[prev + j + 1], s2 = columns[prev + j + 2], s3 = columns[prev + j + 3];
          const s4 = columns[prev + j + 4], s5 = columns[prev + j + 5], s6 = columns[prev + j + 6], s7 = columns[prev + j + 7];
          for (let p = from; p < to; p++) {
            dst[p] += w0 * s0[p] + w1 * s1[p] + w2 * s2[p] + w3 * s3[p] + w4 * s4[p] + w5 * s5[p] + w6 * s6[p] + w7 * s7[p];
          }
        }
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
        if (code === ActivationCode.Tanh) for (let p = from; p < to; p++) dst[p] = fastTanh(dst[p]);
        else if (code !== ActivationCode.Linear) for (let p = from; p < to; p++) dst[p] = activateFast(code, dst[p]);
      }
    }
  }
}
