/**
 * The seven input features, in the original's fixed order (drawing order
 * and input-vector order). Disabled features do not feed the network.
 */

export type FeatureId = 'x' | 'y' | 'xSquared' | 'ySquared' | 'xTimesY' | 'sinX' | 'sinY';

export interface Feature {
  readonly id: FeatureId;
  /** Plain-text label, e.g. "X1^2"; views render sub/superscripts themselves. */
  readonly label: string;
  readonly fn: (x: number, y: number) => number;
}

export const FEATURES: readonly Feature[] = Object.freeze([
  { id: 'x', label: 'X1', fn: (x: number) => x },
  { id: 'y', label: 'X2', fn: (_x: number, y: number) => y },
  { id: 'xSquared', label: 'X1^2', fn: (x: number) => x * x },
  { id: 'ySquared', label: 'X2^2', fn: (_x: number, y: number) => y * y },
  { id: 'xTimesY', label: 'X1X2', fn: (x: number, y: number) => x * y },
  { id: 'sinX', label: 'sin(X1)', fn: (x: number) => Math.sin(x) },
  { id: 'sinY', label: 'sin(X2)', fn: (_x: number, y: number) => Math.sin(y) },
] as Feature[]);

export const FEATURE_IDS: readonly FeatureId[] = FEATURES.map((f) => f.id);

export function featureById(id: FeatureId): Feature {
  return FEATURES[FEATURE_IDS.indexOf(id)];
}
