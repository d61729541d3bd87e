// The public ESM surface: re-exports only, no logic, no side effects.
export { createTrainer, Trainer, DOMAIN } from './trainer';
export type { StepResult, NetworkWeights, TrainerState, ConfigChange, GridOutputs } from './trainer';
export { parseConfig, serializeConfig, readConfigUrl } from './config/url';
export type { ConfigUrlReading } from './config/url';
export { DEFAULT_CONFIG, ConfigError, PARAMS, HIDEABLE_IDS } from './config/schema';
export type { PlaygroundConfig, ParamSpec, HideableId, ChangeEffect } from './config/schema';
export type { ActivationName } from './engine/activations';
export type { DatasetName, ClassifyDatasetName, RegressDatasetName, Point } from './data/datasets';
export type { FeatureId } from './data/features';
