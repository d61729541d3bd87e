// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { optionsFromAttributes, parseParts } from '../../src/embed/attributes';
import { ConfigError } from '../../src/config/schema';

function el(attrs: Record<string, string>): Element {
  const e = document.createElement('div');
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

describe('parseParts', () => {
  it('"-controls -legend" hides those and keeps the rest', () => {
    expect(parseParts('-controls -legend')).toEqual({ controls: false, legend: false });
    expect(parseParts('!data, -features')).toEqual({ data: false, features: false });
  });

  it('"heatmap playButton" shows only those and the views that hold them', () => {
    const parts = parseParts('heatmap playButton');
    expect(parts.heatmap).toBeUndefined();
    expect(parts.playButton).toBeUndefined();
    expect(parts.output).toBeUndefined();
    expect(parts.controls).toBeUndefined();
    for (const off of ['data', 'network', 'features', 'lossChart', 'legend', 'stepButton', 'learningRate', 'losses', 'showTestData']) {
      expect(parts[off as keyof typeof parts]).toBe(false);
    }
  });

  it('naming a view keeps all of its controls', () => {
    const parts = parseParts('controls');
    expect(parts.learningRate).toBeUndefined();
    expect(parts.playButton).toBeUndefined();
    expect(parts.output).toBe(false);
    expect(parts.heatmap).toBe(false);
  });

  it('containers nest: "drawData" keeps the tools and the output column that hold it; "output" keeps every tool', () => {
    const parts = parseParts('drawData');
    expect([parts.drawData, parts.tools, parts.output]).toEqual([undefined, undefined, undefined]);
    expect([parts.csv, parts.export, parts.copyLink, parts.heatmap, parts.controls]).toEqual([false, false, false, false, false]);
    const output = parseParts('output');
    expect([output.tools, output.drawData, output.copyLink, output.heatmap]).toEqual([undefined, undefined, undefined, undefined]);
    expect(parseParts('heatmap').tools).toBe(false);
    expect(parseParts('optimizer init').controls).toBeUndefined();
  });

  it('an unknown name throws ConfigError naming the attribute and listing the parts', () => {
    expect(() => parseParts('heatmapp', 'data-parts')).toThrow(ConfigError);
    expect(() => parseParts('heatmapp', 'data-parts')).toThrow(/data-parts.*heatmapp.*lossChart/s);
  });
});

describe('optionsFromAttributes', () => {
  it('reads the config and every data-* option', () => {
    const o = optionsFromAttributes(
      el({ 'data-parts': '-data', 'data-autoplay': '', 'data-theme': 'dark', 'data-epochs-per-frame': '5', 'data-max-layers': '3', 'data-max-neurons': '4', 'data-sync-url': 'false', 'data-labels': '{"play":"Go"}' }),
      'data-',
      ' dataset=xor&networkShape=4,4 ',
    );
    expect(o).toEqual({ config: 'dataset=xor&networkShape=4,4', parts: { data: false }, autoplay: true, theme: 'dark', epochsPerFrame: 5, maxLayers: 3, maxNeurons: 4, syncUrl: false, labels: { play: 'Go' } });
  });

  it('an empty config attribute means the defaults', () => {
    expect(optionsFromAttributes(el({}), 'data-', '')).toEqual({});
  });

  it('custom element attributes have no prefix', () => {
    expect(optionsFromAttributes(el({ theme: 'auto', 'epochs-per-frame': '2' }), '', null)).toEqual({ theme: 'auto', epochsPerFrame: 2 });
  });

  it('bad values name the attribute', () => {
    expect(() => optionsFromAttributes(el({ 'data-theme': 'purple' }), 'data-', null)).toThrow(/data-theme/);
    expect(() => optionsFromAttributes(el({ 'data-autoplay': 'yes' }), 'data-', null)).toThrow(/data-autoplay/);
    expect(() => optionsFromAttributes(el({ 'data-epochs-per-frame': '1.5' }), 'data-', null)).toThrow(/data-epochs-per-frame/);
    expect(() => optionsFromAttributes(el({ 'data-labels': '{oops' }), 'data-', null)).toThrow(/data-labels/);
  });
});
