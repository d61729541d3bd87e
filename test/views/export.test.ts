// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { networkSvg, heatmapPng } from '../../src/views/export';
import { createPalette } from '../../src/views/colors';
import { createTrainer } from '../../src/trainer';
import type { ViewState } from '../../src/views/parts/types';

function stateOf(config: Parameters<typeof createTrainer>[0]): ViewState {
  const t = createTrainer(config);
  t.step(5);
  return {
    config: t.config, epoch: t.epoch, trainLoss: t.trainLoss, testLoss: t.testLoss, playing: false, diverged: false,
    inputs: t.inputs, network: t.network, grid: t.gridOutputs(), trainPoints: t.trainPoints, testPoints: t.testPoints,
    history: { epochs: [], train: [], test: [], length: 0 }, hovered: null, networkWidth: 600, speed: 1, maxLayers: 6, maxNeurons: 8,
  };
}

describe('networkSvg', () => {
  it('is standalone SVG with one path per link, coloured and sized by weight, and a square per node', () => {
    const state = stateOf({ seed: 'e', networkShape: [3, 2], xSquared: true });
    const svg = networkSvg(document, state, createPalette());
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const paths = [...root.querySelectorAll('path')];
    expect(paths).toHaveLength(3 * 3 + 2 * 3 + 1 * 2);
    const w = state.network.weight[0];
    expect(paths[0].getAttribute('stroke')).toBe(createPalette().continuous(w));
    expect(Number(paths[0].getAttribute('stroke-width'))).toBeCloseTo(1 + (9 * Math.min(Math.abs(w), 5)) / 5, 10);
    // 3 inputs + 3 + 2 hidden + 1 output node squares, plus a bias square per non-input node
    expect([...root.querySelectorAll('rect[width="30"]')]).toHaveLength(9);
    expect([...root.querySelectorAll('rect[width="5"]')]).toHaveLength(6);
    expect([...root.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['X₁', 'X₂', 'X₁²']);
  });
});

describe('heatmapPng', () => {
  it('says plainly when there is no canvas (Node, happy-dom)', () => {
    expect(() => heatmapPng(document, stateOf({ seed: 'e' }), createPalette())).toThrow(/canvas/);
  });
});
