/**
 * The metric beside the losses: accuracy for classification ("98.4 %"),
 * R² for regression ("0.97"). Pure: StepResult in, label and text out.
 */
import type { StepResult } from '../trainer.js';
import type { Labels } from './labels.js';

export interface MetricRow {
  label: string;
  value: string;
}

/** Shows a value that may be missing or not finite as "–". */
const orDash = (v: number | undefined, show: (v: number) => string) => (v !== undefined && Number.isFinite(v) ? show(v) : '–');

/** A share as a percentage with one decimal ("98.4 %"); no value shows as "–". */
export function formatAccuracy(v: number | undefined): string {
  return orDash(v, (x) => `${(100 * x).toFixed(1)} %`);
}

/** R² with two decimals ("0.97"); no value (an empty set, constant labels) shows as "–". */
export function formatR2(v: number | undefined): string {
  return orDash(v, (x) => x.toFixed(2));
}

/** The test and training rows for a result: accuracy when it has one, else R². */
export function metricRows(result: Readonly<StepResult> | undefined, labels: Labels): { test: MetricRow; train: MetricRow } {
  const r: Partial<StepResult> = result ?? {};
  if (r.testR2 !== undefined || r.trainR2 !== undefined) {
    return { test: { label: labels.testR2, value: formatR2(r.testR2) }, train: { label: labels.trainingR2, value: formatR2(r.trainR2) } };
  }
  return { test: { label: labels.testAccuracy, value: formatAccuracy(r.testAccuracy) }, train: { label: labels.trainingAccuracy, value: formatAccuracy(r.trainAccuracy) } };
}
