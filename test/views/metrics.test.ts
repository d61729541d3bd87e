import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS } from '../../src/views/labels';
import { formatAccuracy, formatR2, metricRows } from '../../src/views/metrics';

describe('metrics', () => {
  it('accuracy reads as a percentage with one decimal, R² with two; no value as "–"', () => {
    expect(formatAccuracy(0.984)).toBe('98.4 %');
    expect(formatAccuracy(1)).toBe('100.0 %');
    expect(formatAccuracy(NaN)).toBe('–');
    expect(formatAccuracy(undefined)).toBe('–');
    expect(formatR2(0.9712)).toBe('0.97');
    expect(formatR2(-0.5)).toBe('-0.50');
    expect(formatR2(NaN)).toBe('–');
  });

  it('classification results give accuracy rows, regression results R² rows', () => {
    const labels = { ...DEFAULT_LABELS };
    expect(metricRows({ epoch: 1, trainLoss: 0.1, testLoss: 0.2, trainAccuracy: 0.95, testAccuracy: 0.9 }, labels)).toEqual({
      test: { label: 'Test accuracy', value: '90.0 %' },
      train: { label: 'Training accuracy', value: '95.0 %' },
    });
    expect(metricRows({ epoch: 1, trainLoss: 0.1, testLoss: 0.2, trainR2: 0.8, testR2: 0.75 }, labels)).toEqual({
      test: { label: 'Test R²', value: '0.75' },
      train: { label: 'Training R²', value: '0.80' },
    });
    expect(metricRows(undefined, labels).test.value).toBe('–');
  });
});
